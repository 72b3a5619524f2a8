package com.example.tutorial.service;

import dev.precast.Database;
import dev.precast.PrecastException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar precast-sample-app.jar serve [--port N]}: reads the configuration (see
 * {@link ServiceConfig}), connects, migrates and checks the schema, starts the HTTP service and
 * stops it gracefully when the JVM is asked to end (Ctrl-C, SIGTERM): no new connections, the
 * requests in flight finish, then the pool closes.
 *
 * <p>No logger is a static field here: {@code PRECAST_SQL_LOG} must set the SQL logger's level
 * before SLF4J reads its configuration, which the first logger does.
 */
public final class ServiceMain {
  private ServiceMain() {}

  /** Runs the service; returns once it listens (Jetty's threads keep the JVM alive). */
  public static void main(String[] args) {
    ServiceConfig config;
    try {
      config = ServiceConfig.from(List.of(args), System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("serve: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (config.sqlLog() != null) {
      System.setProperty("org.slf4j.simpleLogger.log.dev.precast.sql", config.sqlLog());
    }
    Logger log = LoggerFactory.getLogger(ServiceMain.class);
    SampleService service;
    try {
      Database db = config.connect();
      try {
        service = SampleService.start(db, config.host(), config.port());
      } catch (RuntimeException e) {
        db.close();
        throw e;
      }
    } catch (PrecastException | FlywayException | ServiceStartException e) {
      // A bad DATABASE_URL, an unreachable server, a failed migration, a drifted schema or a
      // port in use: the message says which.
      log.error("the service did not start: {}", e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      log.info("shutting down: finishing the requests in flight, then closing the pool");
      service.close();
      log.info("stopped");
    }, "precast-shutdown"));
  }
}
