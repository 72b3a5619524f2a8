package com.example.tutorial.service;

import dev.precast.Database;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@code serve} is configured: the command line ({@code --port N}) and the environment.
 *
 * <ul>
 *   <li>{@code PORT}: the HTTP port, 8080 unless {@code --port} says otherwise; 0 picks a free
 *       one.
 *   <li>{@code HOST}: the address to listen on, every interface unless set (e.g. {@code
 *       127.0.0.1}).
 *   <li>{@code DATABASE_URL}: a JDBC URL or {@code postgresql://user:password@host:port/db};
 *       without it, embedded H2 in {@value #DEFAULT_DATABASE_URL}, under the working directory,
 *       so the data survives a restart.
 *   <li>{@code DATABASE_POOL_SIZE}: the most connections the pool opens (10 unless set).
 *   <li>{@code PRECAST_SQL_LOG}: {@code debug} logs every statement, {@code trace} also its
 *       values.
 * </ul>
 *
 * @param host the address to listen on, or null for every interface
 * @param port the HTTP port, 0 for any free one
 * @param databaseUrl {@code DATABASE_URL}, or null for the embedded default
 * @param poolSize {@code DATABASE_POOL_SIZE}, or null for the default
 * @param sqlLog the level of logger {@code dev.precast.sql}, or null to leave it at WARN
 */
public record ServiceConfig(
    String host, int port, String databaseUrl, Integer poolSize, String sqlLog) {
  /**
   * Embedded H2 in a file: {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing to the service's
   * shutdown, after the last request, instead of H2's own shutdown hook racing it.
   */
  public static final String DEFAULT_DATABASE_URL =
      "jdbc:h2:./data/precast-sample;DB_CLOSE_ON_EXIT=FALSE";

  static final int DEFAULT_PORT = 8080;
  static final String USAGE = "usage: java -jar precast-sample-app.jar serve [--port N]";
  private static final List<String> SQL_LOG_LEVELS = List.of("trace", "debug", "info", "warn");

  /**
   * Reads the arguments after {@code serve} and the environment.
   *
   * @throws IllegalArgumentException naming the argument or variable that is wrong
   */
  public static ServiceConfig from(List<String> args, Map<String, String> env) {
    String port = blankToNull(env.get("PORT"));
    String portSource = "PORT";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--port") && i + 1 < args.size()) {
        port = args.get(++i);
        portSource = "--port";
      } else if (arg.startsWith("--port=")) {
        port = arg.substring("--port=".length());
        portSource = "--port";
      } else {
        throw new IllegalArgumentException("unknown argument \"" + arg + "\"; " + USAGE);
      }
    }
    String sqlLog = blankToNull(env.get("PRECAST_SQL_LOG"));
    if (sqlLog != null && !SQL_LOG_LEVELS.contains(sqlLog.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("PRECAST_SQL_LOG must be one of " + SQL_LOG_LEVELS
          + ", got \"" + sqlLog + "\"");
    }
    return new ServiceConfig(
        blankToNull(env.get("HOST")),
        port == null ? DEFAULT_PORT : number(portSource, port, 0, 65_535),
        blankToNull(env.get("DATABASE_URL")),
        blankToNull(env.get("DATABASE_POOL_SIZE")) == null ? null
            : number("DATABASE_POOL_SIZE", env.get("DATABASE_POOL_SIZE"), 1, 1_000),
        sqlLog == null ? null : sqlLog.toLowerCase(Locale.ROOT));
  }

  /**
   * Opens the pool: {@link Database#fromEnv()} when {@code DATABASE_URL} is set (it reads the
   * pool size too), else the embedded default with the configured pool size.
   */
  public Database connect() {
    if (databaseUrl != null) {
      return Database.fromEnv();
    }
    Database.Builder builder = Database.builder(DEFAULT_DATABASE_URL);
    return poolSize == null ? builder.build() : builder.maximumPoolSize(poolSize).build();
  }

  private static int number(String name, String value, int min, int max) {
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw new IllegalArgumentException(
        name + " must be a whole number from " + min + " to " + max + ", got \"" + value + "\"");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
