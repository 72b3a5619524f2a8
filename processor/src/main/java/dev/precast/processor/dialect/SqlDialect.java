package dev.precast.processor.dialect;

import dev.precast.processor.model.PropertyModel;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything in which the supported databases differ at compile time: the SQL type of each
 * Java type, the DDL that adds constraints to existing tables, upserts, and the name of each
 * dialect's script. Other statements are the same on every dialect (both quote with double
 * quotes and accept {@code LIMIT ? OFFSET ?}).
 */
public enum SqlDialect {
  H2("H2", "H2", "schema-h2.sql") {
    @Override
    String unboundedText() {
      return "VARCHAR";
    }

    @Override
    String bytes(int length) {
      return length > 0 ? "VARBINARY(" + length + ")" : "VARBINARY";
    }

    @Override
    public boolean indexesForeignKeys() {
      return true;
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> key,
        List<String> updated) {
      // The standard MERGE, not H2's MERGE ... KEY, which would also overwrite the columns
      // left out of the update (the id of a row matched on another unique column).
      String matched = updated.isEmpty() ? "" : " WHEN MATCHED THEN UPDATE SET "
          + updated.stream().map(c -> c + " = s." + c).collect(Collectors.joining(", "));
      return "MERGE INTO " + table + " AS t USING (VALUES (" + placeholders(columns.size())
          + ")) AS s (" + String.join(", ", columns) + ") ON "
          + key.stream().map(c -> "t." + c + " = s." + c).collect(Collectors.joining(" AND "))
          + matched + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", columns)
          + ") VALUES (" + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", "))
          + ")";
    }

    @Override
    public String addConstraintIfAbsent(String table, String constraint, String definition) {
      return "ALTER TABLE " + table + " ADD CONSTRAINT IF NOT EXISTS " + constraint + " "
          + definition;
    }

    @Override
    String unboundedDecimal() {
      // H2's NUMERIC without precision has scale 0 and would round; DECFLOAT keeps every digit.
      return "DECFLOAT";
    }
  },

  POSTGRESQL("POSTGRESQL", "PostgreSQL", "schema-postgresql.sql") {
    @Override
    String unboundedText() {
      return "TEXT";
    }

    @Override
    String bytes(int length) {
      return "BYTEA";
    }

    @Override
    String unboundedDecimal() {
      return "NUMERIC";
    }

    @Override
    public boolean indexesForeignKeys() {
      return false;
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> key,
        List<String> updated) {
      String onConflict = updated.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updated.stream()
          .map(column -> column + " = EXCLUDED." + column)
          .collect(Collectors.joining(", "));
      return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
          + placeholders(columns.size()) + ") ON CONFLICT (" + String.join(", ", key) + ") "
          + onConflict;
    }

    @Override
    public String addConstraintIfAbsent(String table, String constraint, String definition) {
      // PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS; the catalog is asked first.
      return "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '"
          + constraint.replace("'", "''") + "' AND conrelid = '" + table.replace("'", "''")
          + "'::regclass) THEN\n    ALTER TABLE " + table + " ADD CONSTRAINT " + constraint + " "
          + definition + ";\n  END IF;\nEND\n$$";
    }
  };

  /** Enum columns hold constant names; this is their length unless {@code @Column} sets one. */
  public static final int DEFAULT_ENUM_LENGTH = 255;

  private final String runtimeName;
  private final String displayName;
  private final String scriptName;

  SqlDialect(String runtimeName, String displayName, String scriptName) {
    this.runtimeName = runtimeName;
    this.displayName = displayName;
    this.scriptName = scriptName;
  }

  /** The database's own name, e.g. {@code PostgreSQL}. */
  public String displayName() {
    return displayName;
  }

  /** The constant of {@code dev.precast.Dialect} for this dialect. */
  public String runtimeName() {
    return runtimeName;
  }

  /** The file name of this dialect's DDL script under {@code META-INF/precast/}. */
  public String scriptName() {
    return scriptName;
  }

  /** The SQL type of a property's column, without NOT NULL. */
  public String columnType(PropertyModel property) {
    return switch (property.valueType()) {
      case STRING -> property.length() > 0 ? "VARCHAR(" + property.length() + ")" : unboundedText();
      case ENUM -> "VARCHAR(" + (property.length() > 0 ? property.length() : DEFAULT_ENUM_LENGTH) + ")";
      case BOOLEAN -> "BOOLEAN";
      case INT -> "INTEGER";
      case LONG -> "BIGINT";
      case SHORT -> "SMALLINT";
      case DOUBLE -> "DOUBLE PRECISION";
      case FLOAT -> "REAL";
      case BIG_DECIMAL -> property.precision() > 0
          ? "NUMERIC(" + property.precision() + ", " + property.scale() + ")"
          : unboundedDecimal();
      case BYTES -> bytes(property.length());
      case UUID -> "UUID";
      case LOCAL_DATE -> "DATE";
      case LOCAL_TIME -> "TIME(6)";
      case LOCAL_DATE_TIME -> "TIMESTAMP(6)";
      case INSTANT, OFFSET_DATE_TIME -> "TIMESTAMP(6) WITH TIME ZONE";
    };
  }

  /** The clause that makes an integer key generated by the database. */
  public String identityClause() {
    return "GENERATED BY DEFAULT AS IDENTITY";
  }

  /** Whether the database indexes a foreign key's columns by itself, as H2 does. */
  public abstract boolean indexesForeignKeys();

  /**
   * An idempotent statement that adds a constraint to an existing table, for the foreign keys
   * of a reference cycle.
   *
   * @param table the table as written in SQL
   * @param constraint the constraint's name as written in SQL
   * @param definition e.g. {@code FOREIGN KEY (a_id) REFERENCES a (id)}
   */
  public abstract String addConstraintIfAbsent(String table, String constraint, String definition);

  /**
   * An INSERT that, where a row with the same {@code key} exists, updates that row's {@code
   * updated} columns instead; every name is as written in SQL, and the parameters are {@code
   * columns} in order.
   */
  public abstract String upsert(String table, List<String> columns, List<String> key,
      List<String> updated);

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  abstract String unboundedText();

  abstract String bytes(int length);

  abstract String unboundedDecimal();
}
