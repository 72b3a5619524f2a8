package dev.precast.processor.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The compile-time H2 database, and H2's messages as a compiler message shows them. */
class ScratchH2Test {

  private static String messageOf(String sql) throws SQLException {
    try (Connection h2 = ScratchH2.open("test"); Statement statement = h2.createStatement()) {
      statement.execute("CREATE TABLE users (id INT)");
      SQLException e = catchThrowableOfType(SQLException.class, () -> statement.execute(sql));
      return ScratchH2.message(e);
    }
  }

  @Test
  void theMessageLeavesOutTheStatementAndTheErrorCode() throws SQLException {
    assertThat(messageOf("SELECT * FROM userz")).isEqualTo("Table \"userz\" not found");
    assertThat(messageOf("SELECT nope FROM users")).isEqualTo("Column \"nope\" not found");
  }

  @Test
  void theErrorCodeGoesEvenWithoutAStatement() {
    assertThat(ScratchH2.message(new SQLException("Unknown data type: \"?\" [50004-252]")))
        .isEqualTo("Unknown data type: \"?\"");
  }

  @Test
  void aSyntaxErrorKeepsItsMarkerOnOneLine() throws SQLException {
    assertThat(messageOf("SELECT *\nFORM users"))
        .isEqualTo("Syntax error in SQL statement \"SELECT * [*]FORM users\"");
  }

  @Test
  void aLongSyntaxErrorIsCutAroundItsMarker() throws SQLException {
    String message = messageOf("SELECT " + "id, ".repeat(200) + "FROM FROM users");

    assertThat(message).startsWith("...").contains("[*]").hasSizeLessThan(320);
  }

  @Test
  void namesFoldToLowerCaseAsInPostgreSql() throws SQLException {
    try (Connection h2 = ScratchH2.open("test"); Statement statement = h2.createStatement()) {
      statement.execute("CREATE TABLE Users (Id INT)");
      assertThat(statement.executeQuery("SELECT \"id\" FROM \"users\"").getMetaData()
          .getColumnLabel(1)).isEqualTo("id");
    }
  }

  @Test
  void eachDatabaseIsNew() throws SQLException {
    try (Connection first = ScratchH2.open("test"); Connection second = ScratchH2.open("test");
        Statement statement = first.createStatement()) {
      statement.execute("CREATE TABLE t (x INT)");
      assertThat(second.getMetaData().getTables(null, null, "t", null).next()).isFalse();
    }
  }
}
