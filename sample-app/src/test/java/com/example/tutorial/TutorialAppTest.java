package com.example.tutorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.SchemaMismatchException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TutorialAppTest {
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
    try (Database db = PostgresTestSchema.named("sample").recreate()) {
      assertTheTutorialRunsTwice(db);
    }
  }

  @Test
  void aDriftedDatabaseStopsTheAppWithTheReport() throws SQLException {
    try (Database db = Database.connect("jdbc:h2:mem:tutorial_drift")) {
      tutorial(db);
      PostgresTestSchema.execute(db, "ALTER TABLE users DROP CONSTRAINT uq_users_email");

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
          "Migrated the schema to version 2 (2 migration(s) applied now)",
          "The schema matches the entities",
          "Users stored: 1");
    }
  }

  @Test
  void aSchemaWithOtherTablesButNoHistoryGetsTheTutorialsTable() throws SQLException {
    try (Database db = Database.connect("jdbc:h2:mem:tutorial_other_tables")) {
      PostgresTestSchema.execute(db, "CREATE TABLE audit_log (id INTEGER)");

      assertThat(tutorial(db)).containsSubsequence(
          "Migrated the schema to version 2 (2 migration(s) applied now)",
          "The schema matches the entities",
          "Users stored: 1");
    }
  }

  /** Runs the tutorial on a new schema, then again: the second run finds it migrated. */
  private static void assertTheTutorialRunsTwice(Database db) {
    assertThat(tutorial(db)).containsSubsequence(
        "Migrated the schema to version 2 (2 migration(s) applied now)",
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
        "Migrated the schema to version 2 (0 migration(s) applied now)",
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
}
