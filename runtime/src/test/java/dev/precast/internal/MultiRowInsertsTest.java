package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class MultiRowInsertsTest {
  private static final String INSERT = "INSERT INTO person (name, email, age) VALUES (?, ?, ?)";

  @Test
  void aOneRowInsertBecomesOneTuplePerRow() {
    MultiRowInserts.Shape shape = MultiRowInserts.of(INSERT);

    assertThat(shape.columns).isEqualTo(3);
    assertThat(shape.sql(1)).isEqualTo(INSERT);
    assertThat(shape.sql(3)).isEqualTo("INSERT INTO person (name, email, age) VALUES"
        + " (?, ?, ?), (?, ?, ?), (?, ?, ?)");
  }

  @Test
  void quotedNamesAndOneColumnAreKept() {
    MultiRowInserts.Shape shape = MultiRowInserts.of("INSERT INTO \"order\" (\"group\") VALUES (?)");

    assertThat(shape.columns).isEqualTo(1);
    assertThat(shape.sql(2)).isEqualTo("INSERT INTO \"order\" (\"group\") VALUES (?), (?)");
  }

  @Test
  void statementsThatAreNoOneTupleOfParametersAreLeftAlone() {
    assertThat(MultiRowInserts.of("INSERT INTO counter DEFAULT VALUES")).isNull();
    assertThat(MultiRowInserts.of("INSERT INTO t (a, b) VALUES (?, DEFAULT)")).isNull();
    assertThat(MultiRowInserts.of("INSERT INTO t (a) SELECT a FROM u WHERE b IN (?)")).isNull();
    assertThat(MultiRowInserts.of("UPDATE t SET a = ? WHERE b IN (?)")).isNull();
  }

  @Test
  void chunksStayUnderPostgresqlsBindParameterLimitAndAThousandRows() {
    assertThat(MultiRowInserts.of(INSERT).rowsPerStatement()).isEqualTo(1000);
    String forty = "INSERT INTO wide (" + String.join(", ", Collections.nCopies(40, "c"))
        + ") VALUES (" + String.join(", ", Collections.nCopies(40, "?")) + ")";
    MultiRowInserts.Shape wide = MultiRowInserts.of(forty);

    assertThat(wide.columns).isEqualTo(40);
    assertThat(wide.rowsPerStatement()).isEqualTo(819);
    assertThat(wide.rowsPerStatement() * wide.columns)
        .isLessThanOrEqualTo(MultiRowInserts.MAX_PARAMETERS);
  }

  @Test
  void aRowBinderCountingFromOneFillsTheRowItIsPlacedAt() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:multi_row_test");
        PreparedStatement statement = connection.prepareStatement(
            "SELECT CAST(? AS VARCHAR), CAST(? AS INT), CAST(? AS VARCHAR), CAST(? AS INT)")) {
      Parameters parameters = new Parameters(statement, true);
      for (int row = 0; row < 2; row++) {
        parameters.startRowAt(row * 2);
        parameters.setString(1, "row " + row);
        parameters.setInt(2, row);
        parameters.nextRow();
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        assertThat(result.getString(1)).isEqualTo("row 0");
        assertThat(result.getInt(2)).isZero();
        assertThat(result.getString(3)).isEqualTo("row 1");
        assertThat(result.getInt(4)).isEqualTo(1);
      }
      assertThat(parameters.traced()).isEqualTo("[1='row 0', 2=0 | 3='row 1', 4=1 | ]");
    }
  }
}
