package com.example.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.Database;
import dev.precast.PrecastException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TutorialAppTest {
  @Test
  void replaysTheTutorialOnEmbeddedH2() {
    try (Database db = Database.connect("jdbc:h2:mem:tutorial_test")) {
      assertTheTutorialRuns(db);
    }
  }

  /** The same run on PostgreSQL, as {@code DATABASE_URL=postgresql://...} would do it. */
  @Test
  void replaysTheTutorialOnPostgresql() {
    String url = System.getenv().getOrDefault(
        "PRECAST_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    Database db;
    try {
      db = Database.connect(url, "postgres", null);
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
      assertTheTutorialRuns(db);
    }
  }

  private static void assertTheTutorialRuns(Database db) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      TutorialApp.run(db, out);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsSubsequence(
        "Created the tables: users",
        "Inserted John Doe <johndoe@example.com> with id 1",
        "Found by name:",
        "John Doe",
        "Rejected a duplicate e-mail: column email, constraint uq_users_email",
        "Rejected before any SQL, 2 problems:",
        "  name: must not be blank",
        "  email: must be a well-formed email address",
        "Users stored: 1");
  }
}
