package dev.precast.internal;

/**
 * A column's SQL type in one dialect, as the DDL writes it and as the database's {@code
 * information_schema.columns} reports it afterwards.
 *
 * @param ddl the type as DDL writes it, e.g. {@code VARCHAR(255)}
 * @param catalogType the catalog's {@code data_type}, compared ignoring case, e.g. {@code
 *     character varying}
 * @param length the catalog's {@code character_maximum_length}, 0 when it reports none
 * @param precision the catalog's {@code numeric_precision} for a decimal column; 0 when the
 *     precision is not compared
 * @param scale the catalog's {@code numeric_scale} for a decimal column
 * @param identity what follows {@code ALTER TABLE t ALTER COLUMN c} to make the column
 *     generate its values; empty when the database does not generate them
 * @param approximate whether the type was declared by hand ({@code @Column(type)}) as text
 *     Precast does not know the catalog's spelling of: {@code catalogType} is then only a guess
 *     (the declared name), so a catalog that reports another type is a note, not an error, and
 *     lengths and precisions are not compared
 */
public record ColumnType(String ddl, String catalogType, int length, int precision, int scale,
    String identity, boolean approximate) {

  /** A type Precast knows the catalog's spelling of. */
  public ColumnType(
      String ddl, String catalogType, int length, int precision, int scale, String identity) {
    this(ddl, catalogType, length, precision, scale, identity, false);
  }

  /** Whether the database generates this column's values. */
  public boolean isIdentity() {
    return !identity.isEmpty();
  }
}
