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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TutorialAppTest {
  private static final Pattern CURRENT_SCHEMA = Pattern.compile("([?&]currentSchema=)([^&]+)");

  @Test
  void replaysTheTutorialOnEmbeddedH2() {
    try (Database db = Database.connect("jdbc:h2:mem:tutorial_test")) {
      assertTheTutorialRunsTwice(db);
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
    Database db;
    try {
      db = Database.connect(jdbcUrl, "postgres", null);
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
      execute(db, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      execute(db, "CREATE SCHEMA " + schema);
      assertTheTutorialRunsTwice(db);
    }
  }

  @Test
  void aDriftedDatabaseStopsTheAppWithTheReport() throws SQLException {
    try (Database db = Database.connect("jdbc:h2:mem:tutorial_drift")) {
      tutorial(db);
      execute(db, "ALTER TABLE users DROP CONSTRAINT uq_users_email");

      PrintStream ignored =
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      assertThatThrownBy(() -> TutorialApp.migrate(db, ignored))
          .isInstanceOf(SchemaMismatchException.class)
          .hasMessageContaining("ERROR MISSING_UNIQUE users.email (User.email)")
          .hasMessageContaining(
              "fix: ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)");
    }
  }

  @Test
  void aDatabaseThatCreateAllMadeIsAdoptedAsItIs() {
    try (Database db = Database.connect("jdbc:h2:mem:tutorial_create_all")) {
      db.createAll(PrecastSchema.INSTANCE);

      assertThat(tutorial(db)).containsSubsequence(
          "Migrated the schema to version 1 (1 migration(s) applied now)",
          "The schema matches the entities",
          "Users stored: 1");
    }
  }

  @Test
  void aSchemaWithOtherTablesButNoHistoryGetsTheTutorialsTable() throws SQLException {
    try (Database db = Database.connect("jdbc:h2:mem:tutorial_other_tables")) {
      execute(db, "CREATE TABLE audit_log (id INTEGER)");

      assertThat(tutorial(db)).containsSubsequence(
          "Migrated the schema to version 1 (1 migration(s) applied now)",
          "The schema matches the entities",
          "Users stored: 1");
    }
  }

  /** Runs the tutorial on a new schema, then again: the second run finds it migrated. */
  private static void assertTheTutorialRunsTwice(Database db) {
    assertThat(tutorial(db)).containsSubsequence(
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

    assertThat(tutorial(db)).containsSubsequence(
        "Migrated the schema to version 1 (0 migration(s) applied now)",
        "The schema matches the entities",
        "Removed the 1 users an earlier run stored",
        "Rejected a duplicate e-mail: column email, constraint uq_users_email",
        "Users stored: 1");
  }

  /** What {@code main} does once connected; returns the lines it printed. */
  private static List<String> tutorial(Database db) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      TutorialApp.migrate(db, out);
      TutorialApp.run(db, out);
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /** Runs SQL with plain JDBC, as an operator would. */
  private static void execute(Database db, String sql) throws SQLException {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
