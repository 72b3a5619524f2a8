package dev.precast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.SchemaProblem.Kind;
import dev.precast.SchemaProblem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaReportTest {
  private static final SchemaProblem EXTRA = new SchemaProblem(Kind.EXTRA_COLUMN, Severity.NOTE,
      "users", "nickname", "com.example.User", null, "", "column nickname is mapped by no field");
  private static final SchemaProblem UNIQUE = new SchemaProblem(Kind.MISSING_UNIQUE,
      Severity.ERROR, "users", "email", "com.example.User", "email",
      "ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)",
      "unique constraint uq_users_email on (email) is missing");
  private static final SchemaProblem TABLE = new SchemaProblem(Kind.MISSING_TABLE,
      Severity.ERROR, "posts", null, "com.example.Post", null,
      "CREATE TABLE posts (id BIGINT);\nCREATE INDEX ix_posts_id ON posts (id)",
      "table posts does not exist");

  @Test
  void errorsComeFirstInTheOrderFound() {
    SchemaReport report = new SchemaReport(List.of(EXTRA, UNIQUE, TABLE));

    assertThat(report.problems()).containsExactly(UNIQUE, TABLE, EXTRA);
    assertThat(report.errors()).containsExactly(UNIQUE, TABLE);
    assertThat(report.isConsistent()).isFalse();
  }

  @Test
  void notesAloneAreConsistentAndDoNotThrow() {
    SchemaReport report = new SchemaReport(List.of(EXTRA));

    assertThat(report.isConsistent()).isTrue();
    assertThat(report.orThrow()).isSameAs(report);
    assertThat(report.fixScript()).isEmpty();
  }

  @Test
  void aProblemReadsAsOneLineWithItsFixIndented() {
    assertThat(UNIQUE).hasToString("ERROR MISSING_UNIQUE users.email (User.email): unique"
        + " constraint uq_users_email on (email) is missing\n"
        + "  fix: ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)");
    assertThat(TABLE).hasToString("ERROR MISSING_TABLE posts (Post): table posts does not exist\n"
        + "  fix: CREATE TABLE posts (id BIGINT);\n"
        + "       CREATE INDEX ix_posts_id ON posts (id)");
    assertThat(EXTRA).hasToString(
        "NOTE EXTRA_COLUMN users.nickname (User): column nickname is mapped by no field");
  }

  @Test
  void theFixScriptEndsEveryStatement() {
    assertThat(new SchemaReport(List.of(EXTRA, UNIQUE, TABLE)).fixScript()).isEqualTo(
        "ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email);\n"
            + "CREATE TABLE posts (id BIGINT);\nCREATE INDEX ix_posts_id ON posts (id);\n");
  }

  @Test
  void orThrowListsEveryErrorButNoNote() {
    SchemaReport report = new SchemaReport(List.of(EXTRA, UNIQUE));

    assertThatThrownBy(report::orThrow)
        .isInstanceOfSatisfying(SchemaMismatchException.class, e -> {
          assertThat(e.problems()).containsExactly(UNIQUE);
          assertThat(e.report()).isSameAs(report);
        })
        .hasMessage("the database schema does not match the entities (1 error):\n" + UNIQUE);
  }

  @Test
  void aConsistentReportSaysSo() {
    assertThat(new SchemaReport(List.of())).hasToString("schema is consistent with the entities");
    assertThat(new SchemaReport(List.of(UNIQUE, EXTRA)).toString())
        .startsWith("1 error, 1 note\nERROR MISSING_UNIQUE");
  }
}
