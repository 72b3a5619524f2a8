package dev.precast.processor.schemacheck;

import dev.precast.Dialect;
import dev.precast.internal.ColumnDefinition;
import dev.precast.internal.ColumnType;
import dev.precast.internal.TableDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the migrations check expects H2's catalog to show once the (PostgreSQL) migrations ran
 * in H2's PostgreSQL mode: the H2 dialect's catalog view of each column, but the PostgreSQL
 * dialect's SQL in every fix, since a fix goes into the next migration, which PostgreSQL runs.
 * H2 is only the stand-in that lets javac read what the scripts create.
 *
 * <p>One column type differs between the dialects' own DDL in what H2 then reports: a {@code
 * byte[]} with {@code @Column(length)} is {@code VARBINARY(n)} in the H2 script, but {@code
 * BYTEA} in the PostgreSQL one, since PostgreSQL has no bounded binary type. A column that
 * shows H2's maximum length is taken to be such a BYTEA and matches; the length is still held
 * by the table's {@code OCTET_LENGTH} check, which is compared like every check.
 */
final class MigrationExpectations {
  /** What H2 reports as the length of a binary or character column declared without one. */
  static final long H2_UNBOUNDED_LENGTH = 1_000_000_000L;

  private static final String UNBOUNDED_BINARIES = "SELECT table_name, column_name"
      + " FROM information_schema.columns WHERE table_schema = ?"
      + " AND LOWER(data_type) = 'binary varying' AND character_maximum_length >= ?";

  private MigrationExpectations() {}

  /** {@code tables} as the comparison with the migrated H2 database {@code h2} expects them. */
  static List<TableDefinition> of(List<TableDefinition> tables, Connection h2)
      throws SQLException {
    Set<String> unboundedBinaries = unboundedBinaries(h2);
    List<TableDefinition> expected = new ArrayList<>();
    for (TableDefinition table : tables) {
      List<ColumnDefinition> columns = new ArrayList<>();
      for (ColumnDefinition column : table.columns()) {
        boolean unbounded = unboundedBinaries.contains(key(table.name(), column.name()));
        columns.add(new ColumnDefinition(column.name(), column.sqlName(), column.property(),
            column.nullable(), withPostgresFix(column.types(), unbounded)));
      }
      expected.add(new TableDefinition(table.name(), table.sqlName(), table.entity(), columns,
          table.constraints(), table.indexes(),
          withPostgresFix(table.createStatements()),
          withPostgresFix(table.deferredStatements())));
    }
    return List.copyOf(expected);
  }

  private static Map<Dialect, ColumnType> withPostgresFix(
      Map<Dialect, ColumnType> types, boolean unboundedBinary) {
    ColumnType h2 = types.get(Dialect.H2);
    ColumnType postgres = types.get(Dialect.POSTGRESQL);
    int length = unboundedBinary && "binary varying".equalsIgnoreCase(h2.catalogType())
        ? (int) H2_UNBOUNDED_LENGTH : h2.length();
    Map<Dialect, ColumnType> result = new EnumMap<>(types);
    // A type declared for PostgreSQL alone is one H2's catalog cannot be expected to show.
    boolean approximate = h2.approximate() || postgres.approximate();
    result.put(Dialect.H2, new ColumnType(postgres.ddl(), h2.catalogType(), length,
        h2.precision(), h2.scale(), postgres.identity(), approximate));
    return result;
  }

  private static Map<Dialect, List<String>> withPostgresFix(Map<Dialect, List<String>> ddl) {
    Map<Dialect, List<String>> result = new EnumMap<>(ddl);
    result.put(Dialect.H2, ddl.get(Dialect.POSTGRESQL));
    return result;
  }

  /** {@code table.column} of every binary column H2 reports without a length, lower case. */
  private static Set<String> unboundedBinaries(Connection h2) throws SQLException {
    Set<String> columns = new HashSet<>();
    try (PreparedStatement query = h2.prepareStatement(UNBOUNDED_BINARIES)) {
      query.setString(1, h2.getSchema());
      query.setLong(2, H2_UNBOUNDED_LENGTH);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          columns.add(key(row.getString(1), row.getString(2)));
        }
      }
    }
    return columns;
  }

  private static String key(String table, String column) {
    return (table + "." + column).toLowerCase(Locale.ROOT);
  }
}
