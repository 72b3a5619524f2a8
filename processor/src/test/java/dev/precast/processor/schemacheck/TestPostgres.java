package dev.precast.processor.schemacheck;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server for the live-database check, by the integration tests' rule ({@code
 * dev.precast.it.support.PostgresServer}): {@code PRECAST_TEST_POSTGRES_URL} overrides {@value
 * #DEFAULT_URL}, user {@code postgres} unless the URL names one; an unreachable server skips
 * with a message, or fails under {@code PRECAST_REQUIRE_POSTGRES=true} or {@code CI=true}.
 *
 * <p>Each instance works in a schema of its own, named after the URL's {@code currentSchema}
 * with a random suffix and dropped by {@link #close()}, so that test runs of several
 * worktrees on one server never share tables.
 */
final class TestPostgres implements AutoCloseable {
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final Pattern CURRENT_SCHEMA = Pattern.compile("([?&])currentSchema=([^&]*)");

  private final String url;
  private final String schema;

  private TestPostgres(String url, String schema) {
    this.url = url;
    this.schema = schema;
  }

  /** A new schema on the configured server; skips, or fails when required, if it is down. */
  static TestPostgres connect() {
    Map<String, String> environment = System.getenv();
    String configured = environment.getOrDefault("PRECAST_TEST_POSTGRES_URL", "");
    String base = configured.isBlank() ? DEFAULT_URL : configured.strip();
    if (!base.contains("user=")) {
      base += (base.contains("?") ? "&" : "?") + "user=postgres";
    }
    Matcher named = CURRENT_SCHEMA.matcher(base);
    String prefix = named.find() ? named.group(2) : "precast_processor";
    String schema = prefix + "_check_" + UUID.randomUUID().toString().substring(0, 8);
    String url = named.find(0)
        ? named.replaceFirst("$1currentSchema=" + schema)
        : base + "&currentSchema=" + schema;
    try (Connection connection = DriverManager.getConnection(url + "&connectTimeout=3");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA \"" + schema + "\"");
    } catch (SQLException e) {
      boolean required = "true".equalsIgnoreCase(environment.get("PRECAST_REQUIRE_POSTGRES"))
          || "true".equalsIgnoreCase(environment.get("CI"));
      String where = url.replaceAll("password=[^&]*", "password=***");
      if (required) {
        throw new AssertionError("PostgreSQL not reachable at " + where + " (" + e.getMessage()
            + "), and PRECAST_REQUIRE_POSTGRES=true or CI=true requires it", e);
      }
      System.err.println("[precast-processor] PostgreSQL not reachable at " + where + ": "
          + e.getMessage() + " - skipped; set PRECAST_REQUIRE_POSTGRES=true to fail instead");
      Assumptions.abort("PostgreSQL not reachable at " + where
          + " - skipped; set PRECAST_REQUIRE_POSTGRES=true to fail instead (" + e.getMessage()
          + ")");
    }
    return new TestPostgres(url, schema);
  }

  /** The JDBC URL, user and {@code currentSchema} included. */
  String url() {
    return url;
  }

  /** Runs statements in the schema, each as given. */
  void execute(String... statements) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** Drops the schema and everything in it. */
  @Override
  public void close() throws SQLException {
    execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
  }
}
