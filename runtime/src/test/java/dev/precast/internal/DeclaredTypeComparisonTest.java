package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.Dialect;
import dev.precast.SchemaProblem;
import dev.precast.SchemaReport;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A type declared with {@code @Column(type)} that Precast cannot spell as the catalog does is
 * compared by name only, and a different name is a note: the declared text may be an alias of
 * what the catalog reports.
 */
class DeclaredTypeComparisonTest {
  private static SchemaReport compare(ColumnType code) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:declared-types")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE doc (id BIGINT, code CHAR(3))");
      }
      ColumnType bigint = new ColumnType("BIGINT", "bigint", 0, 0, 0, "");
      TableDefinition table = new TableDefinition("doc", "doc", "com.example.Doc", List.of(
          new ColumnDefinition("id", "id", "id", true, Map.of(Dialect.H2, bigint)),
          new ColumnDefinition("code", "code", "code", true, Map.of(Dialect.H2, code))),
          List.of(), List.of(), Map.of(Dialect.H2, List.of()), Map.of(Dialect.H2, List.of()));
      return SchemaComparison.compare(connection, Dialect.H2, List.of(table));
    }
  }

  @Test
  void anApproximateTypeOfAnotherNameIsANote() throws Exception {
    SchemaReport report = compare(new ColumnType("CHAR(3)", "char", 0, 0, 0, "", true));

    assertThat(report.isConsistent()).isTrue();
    assertThat(report.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(SchemaProblem.Kind.TYPE_MISMATCH);
      assertThat(problem.severity()).isEqualTo(SchemaProblem.Severity.NOTE);
      assertThat(problem.description()).isEqualTo("column code is character(3), and field code"
          + " declares CHAR(3), which Precast cannot compare with the catalog: check that they"
          + " are the same type");
      assertThat(problem.fixSql()).isEqualTo("ALTER TABLE doc ALTER COLUMN code SET DATA TYPE"
          + " CHAR(3)");
    });
  }

  @Test
  void anApproximateTypeOfTheCatalogsNameMatchesWhateverItsLength() throws Exception {
    assertThat(compare(new ColumnType("CHARACTER(3)", "character", 0, 0, 0, "", true))
        .problems()).isEmpty();
  }

  @Test
  void anExactTypeOfAnotherNameIsAnError() throws Exception {
    SchemaReport report = compare(new ColumnType("TEXT", "character varying", 0, 0, 0, ""));

    assertThat(report.isConsistent()).isFalse();
    assertThat(report.problems()).singleElement()
        .extracting(SchemaProblem::kind).isEqualTo(SchemaProblem.Kind.TYPE_MISMATCH);
  }
}
