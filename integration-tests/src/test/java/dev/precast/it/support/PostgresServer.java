package dev.precast.it.support;

import dev.precast.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the integration tests use, and what happens when it does not answer.
 *
 * <ul>
 *   <li>{@code PRECAST_TEST_POSTGRES_URL} overrides the JDBC URL (default {@value #DEFAULT_URL});
 *       the user is {@code postgres} unless the URL names one ({@code ?user=...&password=...}).
 *   <li>The tests work in the URL's {@code currentSchema} ({@value #DEFAULT_SCHEMA} when it names
 *       none), created if missing, so they never touch {@code public}.
 *   <li>An unreachable server skips the PostgreSQL cases with a message, unless
 *       {@code PRECAST_REQUIRE_POSTGRES=true} or {@code CI=true}: then they fail.
 * </ul>
 */
public final class PostgresServer {
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String DEFAULT_SCHEMA = "precast_it";
  static final String DEFAULT_USER = "postgres";
  private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([^&]+)");
  private static final Pattern HOST_AND_PORT = Pattern.compile("jdbc:postgresql://([^/?]*)");

  private static PostgresServer fromEnvironment;

  private final String url;
  private final String schema;
  private final boolean required;
  private String unreachable;
  private boolean prepared;

  PostgresServer(Map<String, String> environment) {
    String configured = environment.getOrDefault("PRECAST_TEST_POSTGRES_URL", "");
    String base = configured.isBlank() ? DEFAULT_URL : configured.strip();
    Matcher schemaParameter = CURRENT_SCHEMA.matcher(base);
    if (schemaParameter.find()) {
      this.url = base;
      this.schema = schemaParameter.group(1);
    } else {
      this.url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + DEFAULT_SCHEMA;
      this.schema = DEFAULT_SCHEMA;
    }
    this.required = "true".equalsIgnoreCase(environment.get("PRECAST_REQUIRE_POSTGRES"))
        || "true".equalsIgnoreCase(environment.get("CI"));
  }

  /** The server configured by this process's environment; checked once per test run. */
  static synchronized PostgresServer fromEnvironment() {
    if (fromEnvironment == null) {
      fromEnvironment = new PostgresServer(System.getenv());
    }
    return fromEnvironment;
  }

  /** The JDBC URL, with the schema as {@code currentSchema}. */
  String url() {
    return url;
  }

  /** The schema the tests work in. */
  String schema() {
    return schema;
  }

  /** Whether an unreachable server fails the tests instead of skipping them. */
  boolean required() {
    return required;
  }

  /**
   * A pooled database on the test schema.
   *
   * @throws org.opentest4j.TestAbortedException when the server does not answer and is not
   *     required
   * @throws AssertionError when the server does not answer and is required
   */
  Database connect() {
    ensureReachable();
    return Database.connect(url, DEFAULT_USER, null);
  }

  /** The JDBC URL; skips or fails like {@link #connect} when the server does not answer. */
  String reachableUrl() {
    ensureReachable();
    return url;
  }

  /** A data source without a pool on the test schema; skips or fails like {@link #connect}. */
  DataSource unpooled() {
    ensureReachable();
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    if (dataSource.getUser() == null) {
      dataSource.setUser(DEFAULT_USER);
    }
    return dataSource;
  }

  /** Skips, or fails when required, with a message that says which and how to change it. */
  void onUnreachable(String cause) {
    String where = where();
    if (required) {
      throw new AssertionError("PostgreSQL not reachable at " + where + " (" + cause
          + "), and PRECAST_REQUIRE_POSTGRES=true or CI=true requires it");
    }
    Assumptions.abort("PostgreSQL not reachable at " + where
        + " - skipped; set PRECAST_REQUIRE_POSTGRES=true to fail instead (" + cause + ")");
  }

  /** {@code host:port} of the URL, for messages. */
  String where() {
    Matcher matcher = HOST_AND_PORT.matcher(url);
    return matcher.find() ? matcher.group(1) : url;
  }

  private synchronized void ensureReachable() {
    if (!prepared && unreachable == null) {
      prepare();
    }
    if (unreachable != null) {
      onUnreachable(unreachable);
    }
  }

  /** Connects once with plain JDBC and creates the schema; records why when it cannot. */
  private void prepare() {
    Properties properties = new Properties();
    properties.setProperty("user", DEFAULT_USER);
    properties.setProperty("connectTimeout", "3");
    try (Connection connection = DriverManager.getConnection(url, properties);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.replace("\"", "\"\"") + "\"");
      prepared = true;
    } catch (SQLException e) {
      unreachable = e.getMessage();
      System.err.println("[precast-it] PostgreSQL not reachable at " + where() + ": " + unreachable
          + (required ? "" : " - PostgreSQL tests are skipped;"
              + " set PRECAST_REQUIRE_POSTGRES=true to fail instead"));
    }
  }
}
