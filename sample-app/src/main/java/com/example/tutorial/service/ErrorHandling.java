package com.example.tutorial.service;

import dev.precast.ConnectionLostException;
import dev.precast.IntegrityViolationException;
import dev.precast.OptimisticLockException;
import dev.precast.PoolExhaustedException;
import dev.precast.QueryTimeoutException;
import dev.precast.UniqueViolationException;
import dev.precast.UnknownCommitOutcomeException;
import dev.precast.ValidationException;
import dev.precast.Violation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure of a request into an RFC 9457 problem ({@link Problem}): the client gets
 * the status, a summary and, for input it can fix, every field at fault; never a stack trace,
 * SQL or a constraint name. What the client cannot fix (the database down, a bug) is logged
 * with the request's id, which the response carries too.
 *
 * <table>
 *   <caption>What each failure becomes</caption>
 *   <tr><th>failure</th><th>status</th></tr>
 *   <tr><td>{@link ValidationException}, a bad id or query parameter</td><td>400 with {@code
 *       errors}</td></tr>
 *   <tr><td>a body that is no JSON, has an unknown field or a value of the wrong type</td>
 *       <td>400</td></tr>
 *   <tr><td>no such user or post, no such route</td><td>404</td></tr>
 *   <tr><td>a route without that method</td><td>405</td></tr>
 *   <tr><td>{@link UniqueViolationException}, {@link OptimisticLockException}, any other
 *       {@link IntegrityViolationException}</td><td>409</td></tr>
 *   <tr><td>a body over {@value SampleService#MAX_BODY_BYTES} bytes</td><td>413</td></tr>
 *   <tr><td>a body that is not declared {@code application/json}</td><td>415</td></tr>
 *   <tr><td>{@link PoolExhaustedException}, {@link ConnectionLostException}, {@link
 *       QueryTimeoutException}</td><td>503 with {@code Retry-After}</td></tr>
 *   <tr><td>anything else, {@link UnknownCommitOutcomeException} too</td><td>500</td></tr>
 * </table>
 */
final class ErrorHandling {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);
  /** The API's names for the tables, in messages. */
  private static final Map<String, String> NOUNS = Map.of("users", "user", "posts", "post");

  private ErrorHandling() {}

  /** Registers the handlers that answer every failure with a problem. */
  static void register(RoutesConfig routes) {
    routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, fromHttp(e, ctx)));
    routes.exception(Exception.class, (e, ctx) -> respond(ctx, translate(e, ctx)));
  }

  /** Writes {@code problem} as the response. */
  static void respond(Context ctx, ApiException problem) {
    ctx.status(problem.status());
    problem.headers().forEach(ctx::header);
    ctx.json(new Problem(problem.type(), problem.title(), problem.status(),
        problem.getMessage(), ctx.path(), Requests.id(ctx), problem.errors()));
    ctx.contentType(Problem.MEDIA_TYPE);
  }

  /** Javalin's own refusals: no route (404), no such method on it (405), a body too big. */
  private static ApiException fromHttp(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    String title = HttpStatus.forStatus(status).getMessage();
    if (status == 405) {
      // Javalin lists the route's methods as its only detail ("GET, PUT, DELETE").
      String allowed = e.getDetails().values().stream().findFirst().orElse("");
      return ApiException.http(status, title, ctx.method() + " is not allowed on " + ctx.path()
          + (allowed.isEmpty() ? "" : "; allowed: " + allowed),
          allowed.isEmpty() ? Map.of() : Map.of("Allow", allowed));
    }
    String detail = switch (status) {
      case 404 -> "nothing is at " + ctx.path();
      case 413 -> "the body is larger than " + SampleService.MAX_BODY_BYTES + " bytes";
      default -> title;
    };
    return ApiException.http(status, title, detail, Map.of());
  }

  /** The problem {@code e} means, logged when it is the service's, not the client's. */
  static ApiException translate(Exception e, Context ctx) {
    if (e instanceof ApiException problem) {
      return problem;
    }
    if (e instanceof ValidationException invalid) {
      return ApiException.invalidInput("the " + invalid.entity().toLowerCase(Locale.ROOT)
          + " is invalid", invalid.violations());
    }
    if (e instanceof UniqueViolationException duplicate) {
      String property = property(duplicate);
      return ApiException.conflict("duplicate", "Duplicate value",
          "another " + noun(duplicate.table()) + " has this " + property,
          List.of(new Violation(property, "is already taken")));
    }
    if (e instanceof OptimisticLockException stale) {
      return ApiException.conflict("stale-version", "Stale version",
          "the " + noun(stale.table()) + " was changed or deleted since version "
              + stale.expectedVersion() + " was read; read it again and retry",
          List.of(new Violation("version", "is not the current version")));
    }
    if (e instanceof IntegrityViolationException refused) {
      // The handlers map the refusals they expect; this one came as a surprise.
      LOG.warn("[{}] {} {}: the database refused the change: {}",
          Requests.id(ctx), ctx.method(), ctx.path(), e.getMessage());
      String property = property(refused);
      return ApiException.conflict("constraint-violated", "Constraint violated",
          "the change breaks a rule of the stored data",
          property == null ? null : List.of(new Violation(property, "breaks a stored rule")));
    }
    if (e instanceof PoolExhaustedException || e instanceof ConnectionLostException
        || e instanceof QueryTimeoutException) {
      LOG.warn("[{}] {} {}: database unavailable: {}",
          Requests.id(ctx), ctx.method(), ctx.path(), e.getMessage());
      return ApiException.unavailable("the database is busy or unreachable; retry shortly");
    }
    LOG.error("[{}] {} {} failed", Requests.id(ctx), ctx.method(), ctx.path(), e);
    if (e instanceof UnknownCommitOutcomeException) {
      return ApiException.internal("the connection to the database broke while saving: the"
          + " change may or may not be stored; read it back before you retry");
    }
    return ApiException.internal(
        "the service failed; the log has the details under request id " + Requests.id(ctx));
  }

  private static String property(IntegrityViolationException e) {
    return e.property() != null ? e.property() : e.column();
  }

  private static String noun(String table) {
    return table == null ? "row" : NOUNS.getOrDefault(table, "row");
  }
}
