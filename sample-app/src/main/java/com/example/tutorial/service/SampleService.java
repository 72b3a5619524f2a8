package com.example.tutorial.service;

import com.example.tutorial.Migrations;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precast.Database;
import dev.precast.PrecastException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample app as an HTTP service: a JSON API over the tutorial's users and their posts, on
 * Javalin (Jetty), with Jackson for JSON and Precast for the database.
 *
 * <pre>{@code
 * try (SampleService service = SampleService.start(Database.fromEnv(), null, 8080)) {
 *   ... // serves until closed
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><td>{@code GET /health}</td><td>200 {@code {"status":"up"}}, or 503 when the database
 *       does not answer</td></tr>
 *   <tr><td>{@code POST /users}</td><td>201, {@code Location: /users/{id}}</td></tr>
 *   <tr><td>{@code GET /users?name=&limit=&offset=}</td><td>a page, in id order</td></tr>
 *   <tr><td>{@code GET|PUT|DELETE /users/{id}}</td><td>PUT takes the {@code version} read</td></tr>
 *   <tr><td>{@code POST|GET /users/{id}/posts}</td><td>create (201), or list a page</td></tr>
 *   <tr><td>{@code GET /posts/{id}}</td><td>one post</td></tr>
 *   <tr><td>{@code POST|DELETE /posts/{id}/like}</td><td>add or take back one like</td></tr>
 * </table>
 *
 * <p>Every error is {@code application/problem+json} ({@link ErrorHandling}). Each request is
 * logged (logger {@value #REQUEST_LOG}) with its method, path, status, duration and id. {@link
 * #close()} stops gracefully: no new connections, the requests in flight finish (up to {@link
 * #STOP_TIMEOUT}), then the database closes.
 */
public final class SampleService implements AutoCloseable {
  /** The largest request body accepted; a larger one is refused with 413. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  /** How long {@link #close()} lets the requests in flight run before it cuts them off. */
  public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  /** The logger of the request log. */
  public static final String REQUEST_LOG = "com.example.tutorial.service.requests";

  private static final Logger LOG = LoggerFactory.getLogger(SampleService.class);
  private static final Logger REQUESTS = LoggerFactory.getLogger(REQUEST_LOG);

  private final Database db;
  private final Javalin app;
  private final GracefulHandler graceful;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SampleService(Database db, Javalin app, GracefulHandler graceful) {
    this.db = db;
    this.app = app;
    this.graceful = graceful;
  }

  /**
   * Migrates and checks the schema of {@code db}, then serves on {@code host} (every interface
   * when null) and {@code port} (any free one when 0). The service owns {@code db} from here:
   * {@link #close()} closes it.
   *
   * @throws org.flywaydb.core.api.FlywayException when a migration fails
   * @throws dev.precast.SchemaMismatchException when the schema does not match the entities
   * @throws ServiceStartException when the server cannot listen there
   */
  public static SampleService start(Database db, String host, int port) {
    Migrations.Result schema = Migrations.apply(db);
    LOG.info("schema at version {} ({} migration(s) applied now), matching the entities",
        schema.version(), schema.applied());

    ObjectMapper mapper = JsonBodies.strictMapper();
    JsonBodies bodies = new JsonBodies(mapper);
    UserResource users = new UserResource(db, bodies);
    PostResource posts = new PostResource(db, bodies);
    GracefulHandler graceful = new GracefulHandler();
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = host;
      config.jetty.port = port;
      config.jetty.modifyServer(server -> {
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        server.insertHandler(graceful);   // counts the requests in flight, for a graceful stop
      });
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.http.prefer405over404 = true;
      config.requestLogger.http((ctx, millis) -> REQUESTS.info("[{}] {} {} {} {} ms",
          Requests.id(ctx), ctx.method(), ctx.path(), ctx.statusCode(),
          String.format(Locale.ROOT, "%.1f", millis)));

      config.routes.before(Requests::assignId);
      config.routes.get("/health", ctx -> health(db, ctx));
      config.routes.post("/users", users::create);
      config.routes.get("/users", users::list);
      config.routes.get("/users/{id}", users::get);
      config.routes.put("/users/{id}", users::update);
      config.routes.delete("/users/{id}", users::delete);
      config.routes.post("/users/{id}/posts", posts::create);
      config.routes.get("/users/{id}/posts", posts::listByAuthor);
      config.routes.get("/posts/{id}", posts::get);
      config.routes.post("/posts/{id}/like", posts::like);
      config.routes.delete("/posts/{id}/like", posts::unlike);
      ErrorHandling.register(config.routes);
    });
    try {
      app.start();
    } catch (JavalinException e) {
      app.stop();
      throw new ServiceStartException("cannot listen on " + (host == null ? "*" : host) + ":"
          + port + ": " + e.getMessage(), e);
    }
    LOG.info("listening on port {} of {}, with {}", app.port(),
        host == null ? "every interface" : host, db);
    return new SampleService(db, app, graceful);
  }

  /** The port the service listens on. */
  public int port() {
    return app.port();
  }

  /** How many requests the server is handling now. */
  public long requestsInFlight() {
    return graceful.getCurrentRequestCount();
  }

  /**
   * Stops gracefully: refuses new connections, lets the requests in flight finish (up to
   * {@link #STOP_TIMEOUT}), then closes the database. Closing again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      app.stop();
    } finally {
      db.close();
    }
  }

  /** {@code GET /health}: whether the database answers within 2 s. */
  private static void health(Database db, Context ctx) {
    boolean up;
    try {
      up = db.withConnection(connection -> connection.isValid(2));
    } catch (PrecastException e) {
      LOG.warn("[{}] health check: the database does not answer: {}",
          Requests.id(ctx), e.getMessage());
      up = false;
    }
    ctx.status(up ? 200 : 503).json(Map.of("status", up ? "up" : "down"));
  }
}
