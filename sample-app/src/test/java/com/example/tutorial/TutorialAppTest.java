package com.example.tutorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.PrecastException;
import dev.precast.SchemaMismatchException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TutorialAppTest {
  private static final Pattern CURRENT_SCHEMA = Pattern.compile("([?&]currentSchema=)([^&]+)");

  @Test
  void replaysTheTutorialOnEmbeddedH2() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:h2:mem:tutorial_test");
    try (Database db = connect(url)) {
      assertTheTutorialRunsTwice(db, url);
    }
  }

  /**
   * The same runs on PostgreSQL, as {@code DATABASE_URL=postgresql://...} would do them, in a
   * schema of their own, new for each test run: Flyway migrates only an empty schema or its own.
   */
  @Test
  void replaysTheTutorialOnPostgresql() throws SQLException {
    String base = System.getenv().getOrDefault(
        "PRECAST_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    Matcher current = CURRENT_SCHEMA.matcher(base);
    String schema = (current.find() ? current.group(2) : "precast") + "_sample";
    String jdbcUrl = current.find(0)
        ? current.replaceFirst("$1" + schema)
        : base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    DatabaseUrl url = DatabaseUrl.parse(
        jdbcUrl.replace("jdbc:postgresql://", "postgresql://postgres@"));
    Database db;
    try {
      db = connect(url);
    } catch (PrecastException e) {
      boolean required = "true".equals(System.getenv("PRECAST_REQUIRE_POSTGRES"))
          || "true".equals(System.getenv("CI"));
      if (required) {
        throw e;
      }
      String reason = "PostgreSQL not reachable, tutorial test skipped: " + e.getMessage();
      System.err.println("SKIPPED " + reason);
      Assumptions.abort(reason);
      return;
    }
    try (db) {
      execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      execute(url, "CREATE SCHEMA " + schema);
      assertTheTutorialRunsTwice(db, url);
    }
  }

  @Test
  void aDriftedDatabaseStopsTheAppWithTheReport() throws SQLException {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:h2:mem:tutorial_drift");
    try (Database db = connect(url)) {
      tutorial(db, url);
      execute(url, "ALTER TABLE users DROP CONSTRAINT uq_users_email");

      PrintStream ignored =
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      assertThatThrownBy(() -> TutorialApp.migrate(db, url, ignored))
          .isInstanceOf(SchemaMismatchException.class)
          .hasMessageContaining("ERROR MISSING_UNIQUE users.email (User.email)")
          .hasMessageContaining(
              "fix: ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)");
    }
  }

  @Test
  void aDatabaseThatCreateAllMadeIsAdoptedAsItIs() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:h2:mem:tutorial_create_all");
    try (Database db = connect(url)) {
      db.createAll(PrecastSchema.INSTANCE);

      assertThat(tutorial(db, url)).containsSubsequence(
          "Migrated the schema to version 1 (1 migration(s) applied now)",
          "The schema matches the entities",
          "Users stored: 1");
    }
  }

  @Test
  void aSchemaWithOtherTablesButNoHistoryGetsTheTutorialsTable() throws SQLException {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:h2:mem:tutorial_other_tables");
    try (Database db = connect(url)) {
      execute(url, "CREATE TABLE audit_log (id INTEGER)");

      assertThat(tutorial(db, url)).containsSubsequence(
          "Migrated the schema to version 1 (1 migration(s) applied now)",
          "The schema matches the entities",
          "Users stored: 1");
    }
  }

  @Test
  void databaseUrlTakesAJdbcUrlAsItIs() {
    assertThat(DatabaseUrl.parse("jdbc:h2:mem:app"))
        .isEqualTo(new DatabaseUrl("jdbc:h2:mem:app", null, null));
  }

  @Test
  void databaseUrlSplitsAPostgresqlUrlForJdbc() {
    String url = "postgresql://app:p%40ss:word@db.example:6543/shop?sslmode=require";
    assertThat(DatabaseUrl.parse(url)).isEqualTo(new DatabaseUrl(
            "jdbc:postgresql://db.example:6543/shop?sslmode=require", "app", "p@ss:word"));
    assertThat(DatabaseUrl.parse("postgres://postgres@127.0.0.1/test"))
        .isEqualTo(new DatabaseUrl("jdbc:postgresql://127.0.0.1/test", "postgres", null));
    assertThat(DatabaseUrl.parse("postgresql://app:secret@db/shop"))
        .hasToString("jdbc:postgresql://db/shop as app");
  }

  @Test
  void aMalformedDatabaseUrlSaysWhatIsExpectedWithoutShowingIt() {
    for (String bad : List.of("mysql://app:secret@db/shop", "postgresql://app:secret@db",
        "postgresql:///shop", "postgresql://app:secret@db/shop^")) {
      assertThatThrownBy(() -> DatabaseUrl.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("DATABASE_URL is malformed: expected a JDBC URL or"
              + " postgresql://user:password@host:port/database");
    }
  }

  /** Runs the tutorial on a new schema, then again: the second run finds it migrated. */
  private static void assertTheTutorialRunsTwice(Database db, DatabaseUrl url) {
    assertThat(tutorial(db, url)).containsSubsequence(
        "Migrated the schema to version 1 (1 migration(s) applied now)",
        "The schema matches the entities",
        "Inserted John Doe <johndoe@example.com> with id 1",
        "Found by name:",
        "John Doe",
        "Rejected a duplicate e-mail: column email, constraint uq_users_email",
        "Rejected before any SQL, 2 problems:",
        "  name: must not be blank",
        "  email: must be a well-formed email address",
        "Users stored: 1");

    assertThat(tutorial(db, url)).containsSubsequence(
        "Migrated the schema to version 1 (0 migration(s) applied now)",
        "The schema matches the entities",
        "Removed the 1 users an earlier run stored",
        "Rejected a duplicate e-mail: column email, constraint uq_users_email",
        "Users stored: 1");
  }

  /** What {@code main} does once connected; returns the lines it printed. */
  private static List<String> tutorial(Database db, DatabaseUrl url) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      TutorialApp.migrate(db, url, out);
      TutorialApp.run(db, out);
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static Database connect(DatabaseUrl url) {
    return Database.connect(url.jdbcUrl(), url.user(), url.password());
  }

  /** Runs SQL with plain JDBC, as an operator would. */
  private static void execute(DatabaseUrl url, String sql) throws SQLException {
    Properties properties = new Properties();
    if (url.user() != null) {
      properties.setProperty("user", url.user());
    }
    try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), properties);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
