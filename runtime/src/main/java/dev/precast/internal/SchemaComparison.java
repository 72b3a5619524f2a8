package dev.precast.internal;

import dev.precast.Dialect;
import dev.precast.SchemaProblem;
import dev.precast.SchemaProblem.Kind;
import dev.precast.SchemaProblem.Severity;
import dev.precast.SchemaReport;
import dev.precast.TableConstraint;
import dev.precast.annotations.ReferentialAction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares tables as the model defines them with what a database's catalog says about the
 * connection's current schema, and lists every difference with the SQL that fixes it. Used by
 * {@code Database.validateSchema}, the command-line check and the processor's build-time check.
 *
 * <p>The catalog is read through {@code information_schema} (columns, key and check
 * constraints), which H2 and PostgreSQL both keep, and through {@link DatabaseMetaData} for
 * foreign keys and indexes. Names are looked up as the database stores them (H2 folds unquoted
 * names to upper case, PostgreSQL to lower case), then ignoring case.
 */
public final class SchemaComparison {
  /** Flyway's own table, in every schema it migrates; never an entity's. */
  private static final String FLYWAY_HISTORY = "flyway_schema_history";
  private static final int CATALOG_READ_ATTEMPTS = 3;

  private final Dialect dialect;
  private final Catalog catalog;
  private final List<SchemaProblem> problems = new ArrayList<>();

  private SchemaComparison(Dialect dialect, Catalog catalog) {
    this.dialect = dialect;
    this.catalog = catalog;
  }

  /**
   * Compares {@code tables} with the current schema of {@code connection}.
   *
   * @param dialect the database's dialect, which picks the expected column types and fixes
   */
  public static SchemaReport compare(
      Connection connection, Dialect dialect, List<TableDefinition> tables) throws SQLException {
    SchemaComparison comparison =
        new SchemaComparison(dialect, readCatalog(connection, dialect));
    Set<String> mapped = new HashSet<>();
    for (TableDefinition table : tables) {
      comparison.compare(table).ifPresent(found -> mapped.add(found.name()));
    }
    comparison.noteUnmappedTables(mapped);
    return new SchemaReport(comparison.problems);
  }

  /**
   * Reads the catalog, again when PostgreSQL lost a relation another session dropped while
   * {@code information_schema} was being read (internal error XX000, "could not open
   * relation with OID"): the views look at every relation of the database, not only this
   * schema's. Only in auto-commit, where a failed query leaves nothing aborted.
   */
  private static Catalog readCatalog(Connection connection, Dialect dialect)
      throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return Catalog.read(connection, dialect);
      } catch (SQLException e) {
        if (!"XX000".equals(e.getSQLState()) || !connection.getAutoCommit()
            || attempt == CATALOG_READ_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private void noteUnmappedTables(Set<String> mapped) {
    for (String table : catalog.tableNames()) {
      if (!mapped.contains(table) && !table.equalsIgnoreCase(FLYWAY_HISTORY)) {
        String name = catalog.displayName(table);
        problems.add(new SchemaProblem(Kind.EXTRA_TABLE, Severity.NOTE, name, null, null, null,
            "", "table " + name + " is mapped by no entity"));
      }
    }
  }

  /** Compares one table; returns the catalog's table, if it exists. */
  private Optional<CatalogTable> compare(TableDefinition table) throws SQLException {
    Optional<CatalogTable> found = catalog.table(table.name(), isQuoted(table.sqlName()));
    if (found.isEmpty()) {
      List<String> statements = new ArrayList<>(table.createStatements().get(dialect));
      statements.addAll(table.deferredStatements().get(dialect));
      report(Kind.MISSING_TABLE, Severity.ERROR, table, null, null,
          String.join(";\n", statements), "table " + table.name() + " does not exist");
      return found;
    }
    CatalogTable actual = found.get();
    compareColumns(table, actual);
    List<TableConstraint> own = table.constraints().stream()
        .filter(c -> c.table().equals(table.name()))
        .toList();
    for (TableConstraint constraint : own) {
      switch (constraint.kind()) {
        case PRIMARY_KEY -> comparePrimaryKey(table, constraint, actual);
        case UNIQUE -> compareUnique(table, constraint, actual);
        case FOREIGN_KEY -> compareForeignKey(table, constraint, catalog.foreignKeys(actual));
        case CHECK -> compareCheck(table, constraint, actual);
      }
    }
    List<CatalogIndex> indexes = catalog.indexes(actual);
    for (IndexDefinition index : table.indexes()) {
      compareIndex(table, index, indexes);
    }
    return found;
  }

  private void compareColumns(TableDefinition table, CatalogTable actual) {
    Map<String, CatalogColumn> unmapped = new LinkedHashMap<>(actual.columns());
    for (ColumnDefinition column : table.columns()) {
      Optional<CatalogColumn> found =
          lookup(actual.columns(), column.name(), isQuoted(column.sqlName()));
      if (found.isEmpty()) {
        report(Kind.MISSING_COLUMN, Severity.ERROR, table, column.name(), column.property(),
            alter(table, "ADD COLUMN " + column.sqlName() + " " + type(column).ddl()
                + (column.nullable() ? "" : " NOT NULL")),
            "column " + column.name() + " does not exist");
        continue;
      }
      unmapped.remove(found.get().name());
      compareColumn(table, column, found.get());
    }
    for (CatalogColumn extra : unmapped.values()) {
      String name = catalog.displayName(extra.name());
      if (extra.nullable() || extra.hasDefault()) {
        report(Kind.EXTRA_COLUMN, Severity.NOTE, table, name, null, "",
            "column " + name + " is mapped by no field of "
                + table.entitySimpleName() + "; inserts leave it "
                + (extra.hasDefault() ? "to its default" : "NULL"));
      } else {
        report(Kind.EXTRA_NOT_NULL_COLUMN, Severity.ERROR, table, name, null,
            alterColumn(table, quoteExactly(extra.name()), "DROP NOT NULL"),
            "column " + name + " is NOT NULL without a default and mapped by no field"
                + " of " + table.entitySimpleName() + ", so every insert fails");
      }
    }
  }

  private void compareColumn(TableDefinition table, ColumnDefinition column, CatalogColumn actual) {
    ColumnType expected = type(column);
    String setType = alterColumn(table, column.sqlName(), "SET DATA TYPE " + expected.ddl());
    Kind typeProblem = !expected.catalogType().equalsIgnoreCase(actual.dataType())
        ? Kind.TYPE_MISMATCH
        : expected.approximate() ? null
        : expected.length() != actual.length()
            ? Kind.LENGTH_MISMATCH
            : expected.precision() > 0 && (expected.precision() != actual.precision()
                || expected.scale() != actual.scale()) ? Kind.PRECISION_MISMATCH : null;
    if (typeProblem != null && expected.approximate()) {
      // A declared type Precast cannot spell as the catalog does: it may be an alias or a
      // domain of what the catalog reports, so say so without failing the check.
      report(typeProblem, Severity.NOTE, table, column.name(), column.property(), setType,
          "column " + column.name() + " is " + actual.describeType() + ", and field "
              + column.property() + " declares " + expected.ddl() + ", which Precast cannot"
              + " compare with the catalog: check that they are the same type");
    } else if (typeProblem != null) {
      report(typeProblem, Severity.ERROR, table, column.name(), column.property(), setType,
          "column " + column.name() + " is " + actual.describeType() + ", but field "
              + column.property() + " maps to " + expected.ddl());
    }
    if (column.nullable() != actual.nullable()) {
      report(Kind.NULLABILITY_MISMATCH, Severity.ERROR, table, column.name(), column.property(),
          alterColumn(table, column.sqlName(), column.nullable() ? "DROP NOT NULL" : "SET NOT NULL"),
          column.nullable()
              ? "column " + column.name() + " is NOT NULL, but field " + column.property()
                  + " may be null: inserting null fails"
              : "column " + column.name() + " accepts NULL, but field " + column.property()
                  + " may not be null: rows written by others may not map");
    }
    if (expected.isIdentity() && !actual.generated()) {
      report(Kind.IDENTITY_MISMATCH, Severity.ERROR, table, column.name(), column.property(),
          alterColumn(table, column.sqlName(), expected.identity()),
          "column " + column.name() + " has no generated values, but " + table.entitySimpleName()
              + " leaves its id to the database: every insert fails");
    }
  }

  private void comparePrimaryKey(
      TableDefinition table, TableConstraint expected, CatalogTable actual) {
    Optional<CatalogConstraint> key = actual.primaryKey();
    String add = addConstraint(table, expected);
    if (key.isEmpty()) {
      report(Kind.PRIMARY_KEY_MISMATCH, Severity.ERROR, table, null, fieldOf(expected), add,
          "table " + table.name() + " has no primary key; " + table.entitySimpleName()
              + " expects " + expected.name() + " on (" + columns(expected) + ")");
    } else if (!sameColumns(expected.columns(), key.get().columns(), true)) {
      report(Kind.PRIMARY_KEY_MISMATCH, Severity.ERROR, table, null, fieldOf(expected),
          dropConstraint(table, key.get().name()) + ";\n" + add,
          "the primary key of " + table.name() + " is on (" + String.join(", ",
              key.get().columns()) + "), but " + table.entitySimpleName() + " expects ("
              + columns(expected) + ")");
    } else {
      noteName(table, expected, key.get().name());
    }
  }

  private void compareUnique(TableDefinition table, TableConstraint expected, CatalogTable actual)
      throws SQLException {
    Optional<String> match = actual.uniques().stream()
        .filter(u -> sameColumns(expected.columns(), u.columns(), false))
        .map(CatalogConstraint::name)
        .findFirst();
    if (match.isEmpty()) {
      match = catalog.indexes(actual).stream()
          .filter(i -> i.unique() && sameColumns(expected.columns(), i.columns(), false))
          .map(CatalogIndex::name)
          .findFirst();
    }
    if (match.isEmpty()) {
      report(Kind.MISSING_UNIQUE, Severity.ERROR, table, columnOf(expected), fieldOf(expected),
          addConstraint(table, expected), "unique constraint " + expected.name() + " on ("
              + columns(expected) + ") is missing, so duplicates are not rejected");
    } else {
      noteName(table, expected, match.get());
    }
  }

  private void compareForeignKey(
      TableDefinition table, TableConstraint expected, List<CatalogForeignKey> foreignKeys) {
    Optional<CatalogForeignKey> onColumns = foreignKeys.stream()
        .filter(f -> sameColumns(expected.columns(), f.columns(), true))
        .filter(f -> f.referencedTable().equalsIgnoreCase(expected.referencedTable()))
        .findFirst();
    if (onColumns.isEmpty()) {
      report(Kind.MISSING_FOREIGN_KEY, Severity.ERROR, table, columnOf(expected),
          fieldOf(expected), addConstraint(table, expected), "foreign key " + expected.name()
              + " from (" + columns(expected) + ") to " + expected.referencedTable()
              + " is missing, so references to missing rows are not rejected");
    } else if (onColumns.get().onDelete() != expected.onDelete()) {
      report(Kind.FOREIGN_KEY_MISMATCH, Severity.ERROR, table, columnOf(expected),
          fieldOf(expected),
          dropConstraint(table, onColumns.get().name()) + ";\n" + addConstraint(table, expected),
          "foreign key " + onColumns.get().name() + " from (" + columns(expected) + ") to "
              + expected.referencedTable() + " does " + onColumns.get().onDelete()
              + " on delete, but " + table.entitySimpleName() + " expects "
              + expected.onDelete());
    } else {
      noteName(table, expected, onColumns.get().name());
    }
  }

  private void compareCheck(TableDefinition table, TableConstraint expected, CatalogTable actual) {
    String condition = normalized(expected.definition());
    Optional<String> match = actual.checks().stream()
        .filter(c -> c.name().equalsIgnoreCase(expected.name()))
        .map(CatalogCheck::name)
        .findFirst()
        .or(() -> actual.checks().stream()
            .filter(c -> ("check" + normalized(c.clause())).equals(condition))
            .map(CatalogCheck::name)
            .findFirst());
    if (match.isEmpty()) {
      report(Kind.MISSING_CHECK, Severity.ERROR, table, columnOf(expected), fieldOf(expected),
          addConstraint(table, expected), "check constraint " + expected.name() + " ("
              + expected.definition() + ") is missing, so rows that break it are not rejected");
    } else {
      noteName(table, expected, match.get());
    }
  }

  private void compareIndex(
      TableDefinition table, IndexDefinition expected, List<CatalogIndex> indexes) {
    boolean covered = indexes.stream().anyMatch(i -> i.name().equalsIgnoreCase(expected.name())
        || sameColumns(expected.columns(), i.columns(), true));
    if (!covered) {
      String columns = expected.columns().stream()
          .map(name -> sqlNameOf(table, name))
          .collect(Collectors.joining(", "));
      report(Kind.MISSING_INDEX, Severity.ERROR, table,
          expected.columns().size() == 1 ? expected.columns().get(0) : null,
          expected.properties().size() == 1 ? expected.properties().get(0) : null,
          "CREATE INDEX " + quoteIfNeeded(expected.name()) + " ON " + table.sqlName() + " ("
              + columns + ")",
          "index " + expected.name() + " on (" + String.join(", ", expected.columns())
              + ") is missing, so queries on it scan the whole table");
    }
  }

  /**
   * Errors that name an unexpected constraint cannot be mapped back to a field; say so, with
   * the rename that fixes it.
   */
  private void noteName(TableDefinition table, TableConstraint expected, String actualName) {
    if (!actualName.equalsIgnoreCase(expected.name())) {
      report(Kind.CONSTRAINT_NAME_MISMATCH, Severity.NOTE, table, columnOf(expected),
          fieldOf(expected),
          alter(table, "RENAME CONSTRAINT " + quoteExactly(actualName) + " TO " + expected.name()),
          "constraint " + expected.name() + " exists as " + actualName
              + ", so the errors it raises do not name the field");
    }
  }

  private void report(Kind kind, Severity severity, TableDefinition table, String column,
      String field, String fixSql, String description) {
    problems.add(new SchemaProblem(kind, severity, table.name(), column, table.entity(), field,
        fixSql, description));
  }

  private ColumnType type(ColumnDefinition column) {
    ColumnType type = column.types().get(dialect);
    if (type == null) {
      throw new IllegalStateException("no " + dialect + " type was generated for " + column);
    }
    return type;
  }

  private static String alter(TableDefinition table, String change) {
    return "ALTER TABLE " + table.sqlName() + " " + change;
  }

  private static String alterColumn(TableDefinition table, String column, String change) {
    return alter(table, "ALTER COLUMN " + column + " " + change);
  }

  /** Generated constraint names are lower-case identifiers by construction, never quoted. */
  private static String addConstraint(TableDefinition table, TableConstraint constraint) {
    return alter(table, "ADD CONSTRAINT " + constraint.name() + " " + constraint.definition());
  }

  private static String dropConstraint(TableDefinition table, String catalogName) {
    return alter(table, "DROP CONSTRAINT " + quoteExactly(catalogName));
  }

  private static String sqlNameOf(TableDefinition table, String column) {
    return table.columns().stream()
        .filter(c -> c.name().equals(column))
        .map(ColumnDefinition::sqlName)
        .findFirst()
        .orElse(column);
  }

  private static String columns(TableConstraint constraint) {
    return String.join(", ", constraint.columns());
  }

  private static String columnOf(TableConstraint constraint) {
    return constraint.columns().size() == 1 ? constraint.columns().get(0) : null;
  }

  private static String fieldOf(TableConstraint constraint) {
    return constraint.properties().size() == 1 ? constraint.properties().get(0) : null;
  }

  private static boolean isQuoted(String sqlName) {
    return sqlName.startsWith("\"");
  }

  /** A name as the catalog spells it, quoted so the database reads exactly that spelling. */
  private static String quoteExactly(String catalogName) {
    return '"' + catalogName.replace("\"", "\"\"") + '"';
  }

  /** A declared index name: plain when it is a lower-case identifier, else quoted. */
  private static String quoteIfNeeded(String name) {
    return name.matches("[a-z_][a-z0-9_]*") ? name : quoteExactly(name);
  }

  /**
   * A condition reduced to what survives each database's rewriting of it: lower case, without
   * quotes, parentheses or spaces ({@code ((likes >= 0))} and {@code "LIKES" >= 0} are alike).
   */
  private static String normalized(String condition) {
    return condition.toLowerCase(Locale.ROOT).replaceAll("[\"()\\s]", "");
  }

  /** Compares column names ignoring case, in order or as sets. */
  private static boolean sameColumns(List<String> expected, List<String> actual, boolean ordered) {
    List<String> a = expected.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    List<String> b = actual.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    return ordered ? a.equals(b) : a.size() == b.size() && a.containsAll(b);
  }

  /** Finds a catalog entry by a declared name: as stored, then ignoring case if unambiguous. */
  private static <T> Optional<T> lookup(Map<String, T> byName, String name, boolean quoted) {
    if (quoted && byName.containsKey(name)) {
      return Optional.of(byName.get(name));
    }
    for (String stored : List.of(name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))) {
      if (byName.containsKey(stored)) {
        return Optional.of(byName.get(stored));
      }
    }
    List<T> ignoringCase = byName.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .toList();
    return ignoringCase.size() == 1 ? Optional.of(ignoringCase.get(0)) : Optional.empty();
  }

  private record CatalogColumn(String name, String dataType, int length, int precision,
      int scale, boolean nullable, boolean hasDefault, boolean identity) {
    boolean generated() {
      return identity || hasDefault;
    }

    String describeType() {
      String type = dataType.toLowerCase(Locale.ROOT);
      if (type.startsWith("_")) {
        return type.substring(1) + "[]";   // PostgreSQL's name of an array type, e.g. _text
      }
      if (length > 0) {
        return type + "(" + length + ")";
      }
      return precision > 0 && type.contains("numeric")
          ? type + "(" + precision + ", " + scale + ")"
          : type;
    }
  }

  private record CatalogConstraint(String name, List<String> columns) {}

  private record CatalogCheck(String name, String clause) {}

  private record CatalogForeignKey(String name, List<String> columns, String referencedTable,
      ReferentialAction onDelete) {}

  private record CatalogIndex(String name, boolean unique, List<String> columns) {}

  private record CatalogTable(
      String name,
      Map<String, CatalogColumn> columns,
      Optional<CatalogConstraint> primaryKey,
      List<CatalogConstraint> uniques,
      List<CatalogCheck> checks) {}

  /** What the catalog says about the tables of one schema, read once per comparison. */
  private static final class Catalog {
    /**
     * Columns of tables only: a view is no table an entity could map. The tenth column is
     * PostgreSQL's {@code udt_name}, which names what {@code data_type} calls {@code ARRAY}
     * ({@code _text}) or {@code USER-DEFINED} ({@code citext}); H2 has none.
     */
    private static final String COLUMNS = "SELECT c.table_name, c.column_name, c.data_type,"
        + " c.character_maximum_length, c.numeric_precision, c.numeric_scale, c.is_nullable,"
        + " c.column_default, c.is_identity, %s FROM information_schema.columns c"
        + " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
        + " AND t.table_name = c.table_name"
        + " WHERE c.table_schema = ? AND t.table_type = 'BASE TABLE'"
        + " ORDER BY c.table_name, c.ordinal_position";
    private static final String KEYS = "SELECT tc.table_name, tc.constraint_name,"
        + " tc.constraint_type, kcu.column_name FROM information_schema.table_constraints tc"
        + " JOIN information_schema.key_column_usage kcu"
        + " ON kcu.constraint_schema = tc.constraint_schema"
        + " AND kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name"
        + " WHERE tc.table_schema = ? AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE')"
        + " ORDER BY tc.table_name, tc.constraint_name, kcu.ordinal_position";
    private static final String CHECKS = "SELECT tc.table_name, tc.constraint_name,"
        + " cc.check_clause FROM information_schema.table_constraints tc"
        + " JOIN information_schema.check_constraints cc"
        + " ON cc.constraint_schema = tc.constraint_schema"
        + " AND cc.constraint_name = tc.constraint_name"
        + " WHERE tc.table_schema = ? AND tc.constraint_type = 'CHECK'";

    private final DatabaseMetaData metaData;
    private final String schema;
    private final Map<String, CatalogTable> tables;
    private final boolean foldsToUpperCase;

    private Catalog(DatabaseMetaData metaData, String schema, Map<String, CatalogTable> tables)
        throws SQLException {
      this.metaData = metaData;
      this.schema = schema;
      this.tables = tables;
      this.foldsToUpperCase = metaData.storesUpperCaseIdentifiers();
    }

    /**
     * A name the catalog stores as the user most likely wrote it: H2 keeps an unquoted
     * {@code nickname} as {@code NICKNAME}, which reads as lower case again.
     */
    String displayName(String catalogName) {
      return foldsToUpperCase && catalogName.equals(catalogName.toUpperCase(Locale.ROOT))
          ? catalogName.toLowerCase(Locale.ROOT)
          : catalogName;
    }

    static Catalog read(Connection connection, Dialect dialect) throws SQLException {
      String schema = connection.getSchema();
      Map<String, Map<String, CatalogColumn>> columns = new LinkedHashMap<>();
      String columnsQuery = String.format(COLUMNS,
          dialect == Dialect.POSTGRESQL ? "c.udt_name" : "CAST(NULL AS VARCHAR(1))");
      query(connection, columnsQuery, schema, row -> {
        String table = row.getString(1);
        String name = row.getString(2);
        String dataType = row.getString(3);
        String udtName = row.getString(10);
        if (udtName != null && ("ARRAY".equalsIgnoreCase(dataType)
            || "USER-DEFINED".equalsIgnoreCase(dataType))) {
          dataType = udtName;
        }
        columns.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(name, new CatalogColumn(
            name, dataType, intOrZero(row, 4), intOrZero(row, 5), intOrZero(row, 6),
            "YES".equalsIgnoreCase(row.getString(7)), row.getString(8) != null,
            "YES".equalsIgnoreCase(row.getString(9))));
      });
      Map<String, Map<String, List<String>>> primaryKeys = new LinkedHashMap<>();
      Map<String, Map<String, List<String>>> uniques = new LinkedHashMap<>();
      query(connection, KEYS, schema, row -> {
        var byKind = "PRIMARY KEY".equalsIgnoreCase(row.getString(3)) ? primaryKeys : uniques;
        byKind.computeIfAbsent(row.getString(1), t -> new LinkedHashMap<>())
            .computeIfAbsent(row.getString(2), c -> new ArrayList<>())
            .add(row.getString(4));
      });
      Map<String, List<CatalogCheck>> checks = new LinkedHashMap<>();
      query(connection, CHECKS, schema, row -> checks
          .computeIfAbsent(row.getString(1), t -> new ArrayList<>())
          .add(new CatalogCheck(row.getString(2), Objects.toString(row.getString(3), ""))));
      Map<String, CatalogTable> tables = new LinkedHashMap<>();
      for (var table : columns.entrySet()) {
        String name = table.getKey();
        tables.put(name, new CatalogTable(name, table.getValue(),
            constraints(primaryKeys, name).stream().findFirst(),
            constraints(uniques, name),
            checks.getOrDefault(name, List.of())));
      }
      return new Catalog(connection.getMetaData(), schema, tables);
    }

    Set<String> tableNames() {
      return tables.keySet();
    }

    Optional<CatalogTable> table(String name, boolean quoted) {
      return lookup(tables, name, quoted);
    }

    List<CatalogForeignKey> foreignKeys(CatalogTable table) throws SQLException {
      Map<String, List<String>> columns = new LinkedHashMap<>();
      Map<String, CatalogForeignKey> keys = new LinkedHashMap<>();
      try (ResultSet row = metaData.getImportedKeys(null, schema, table.name())) {
        while (row.next()) {
          String name = row.getString("FK_NAME");
          columns.computeIfAbsent(name, n -> new ArrayList<>()).add(row.getString("FKCOLUMN_NAME"));
          keys.putIfAbsent(name, new CatalogForeignKey(name, columns.get(name),
              row.getString("PKTABLE_NAME"), referentialAction(row.getShort("DELETE_RULE"))));
        }
      }
      return List.copyOf(keys.values());
    }

    List<CatalogIndex> indexes(CatalogTable table) throws SQLException {
      Map<String, List<String>> columns = new LinkedHashMap<>();
      Map<String, Boolean> unique = new LinkedHashMap<>();
      try (ResultSet row = metaData.getIndexInfo(null, schema, table.name(), false, true)) {
        while (row.next()) {
          String name = row.getString("INDEX_NAME");
          String column = row.getString("COLUMN_NAME");
          if (name != null && column != null) {
            columns.computeIfAbsent(name, n -> new ArrayList<>()).add(column);
            unique.put(name, !row.getBoolean("NON_UNIQUE"));
          }
        }
      }
      return columns.entrySet().stream()
          .map(e -> new CatalogIndex(e.getKey(), unique.get(e.getKey()), e.getValue()))
          .toList();
    }

    private static List<CatalogConstraint> constraints(
        Map<String, Map<String, List<String>>> byTable, String table) {
      return byTable.getOrDefault(table, Map.of()).entrySet().stream()
          .map(e -> new CatalogConstraint(e.getKey(), List.copyOf(e.getValue())))
          .toList();
    }

    private static ReferentialAction referentialAction(short rule) {
      return switch (rule) {
        case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
        case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
        case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
        default -> ReferentialAction.NO_ACTION;
      };
    }

    private static int intOrZero(ResultSet row, int column) throws SQLException {
      long value = row.getLong(column);
      return row.wasNull() ? 0 : (int) Math.min(value, Integer.MAX_VALUE);
    }

    private interface RowConsumer {
      void accept(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, String schema, RowConsumer rows)
        throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, schema);
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            rows.accept(row);
          }
        }
      }
    }
  }
}
