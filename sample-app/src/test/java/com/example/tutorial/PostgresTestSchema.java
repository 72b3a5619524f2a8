package com.example.tutorial;

import dev.precast.Database;
import dev.precast.PrecastException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own on the test PostgreSQL server, new for each test run, following the rule
 * of the integration tests' {@code PostgresServer}: {@code PRECAST_TEST_POSTGRES_URL} overrides
 * the server ({@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}); a server
 * that does not answer skips the test with a message, unless {@code PRECAST_REQUIRE_POSTGRES=true}
 * or {@code CI=true}: then the test fails.
 *
 * <pre>{@code
 * Database db = PostgresTestSchema.named("sample").recreate();   // schema precast_sample
 * }</pre>
 *
 * @param jdbcUrl the server's URL, with the schema as {@code currentSchema}
 * @param schema the schema's name: the URL's {@code currentSchema} (else {@code precast}) and a
 *     suffix of the test's
 */
public record PostgresTestSchema(String jdbcUrl, String schema) {
  static final String USER = "postgres";
  private static final Pattern CURRENT_SCHEMA = Pattern.compile("([?&]currentSchema=)([^&]+)");

  /** The schema {@code <base>_<suffix>} on the configured server. */
  public static PostgresTestSchema named(String suffix) {
    String base = System.getenv().getOrDefault(
        "PRECAST_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    Matcher current = CURRENT_SCHEMA.matcher(base);
    String schema = (current.find() ? current.group(2) : "precast") + "_" + suffix;
    String jdbcUrl = current.find(0)
        ? current.replaceFirst("$1" + schema)
        : base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new PostgresTestSchema(jdbcUrl, schema);
  }

  /**
   * A pool on the schema, dropped and created again empty; skips or fails the test as said
   * above when the server does not answer.
   */
  public Database recreate() throws SQLException {
    Database db = connect();
    try {
      execute(db, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      execute(db, "CREATE SCHEMA " + schema);
      return db;
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Drops the schema and everything in it, with a pool of its own. */
  public void drop() throws SQLException {
    try (Database db = connect()) {
      execute(db, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  /** A pool on the schema, as {@code DATABASE_URL=postgresql://...} would open it. */
  public Database connect() {
    try {
      return Database.connect(jdbcUrl, USER, null);
    } catch (PrecastException e) {
      boolean required = "true".equals(System.getenv("PRECAST_REQUIRE_POSTGRES"))
          || "true".equals(System.getenv("CI"));
      if (required) {
        throw new AssertionError("PostgreSQL not reachable, and PRECAST_REQUIRE_POSTGRES=true"
            + " or CI=true requires it: " + e.getMessage(), e);
      }
      String reason = "PostgreSQL not reachable, test skipped (set PRECAST_REQUIRE_POSTGRES=true"
          + " to fail instead): " + e.getMessage();
      System.err.println("SKIPPED " + reason);
      Assumptions.abort(reason);
      throw e;
    }
  }

  /** Runs SQL with plain JDBC, as an operator would. */
  public static void execute(Database db, String sql) throws SQLException {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
