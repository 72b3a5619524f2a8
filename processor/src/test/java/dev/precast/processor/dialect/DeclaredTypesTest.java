package dev.precast.processor.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.internal.ColumnType;
import org.junit.jupiter.api.Test;

/**
 * What the schema check expects the catalog to report for a type declared with {@code
 * @Column(type)}: exactly, for the spellings of types a dialect knows; else an approximate
 * guess, whose mismatch is a note.
 */
class DeclaredTypesTest {
  @Test
  void theCatalogTypeOfADeclaredTypeIsExactForTypesTheDialectKnows() {
    assertThat(catalog(SqlDialect.POSTGRESQL, "int8"))
        .isEqualTo(new ColumnType("int8", "bigint", 0, 0, 0, ""));
    assertThat(catalog(SqlDialect.POSTGRESQL, "Character  Varying (40)"))
        .isEqualTo(new ColumnType("Character  Varying (40)", "character varying", 40, 0, 0, ""));
    assertThat(catalog(SqlDialect.POSTGRESQL, "NUMERIC(12, 2)"))
        .isEqualTo(new ColumnType("NUMERIC(12, 2)", "numeric", 0, 12, 2, ""));
    assertThat(catalog(SqlDialect.POSTGRESQL, "TIMESTAMP(3) WITH TIME ZONE").catalogType())
        .isEqualTo("timestamp with time zone");
    assertThat(catalog(SqlDialect.POSTGRESQL, "varchar[]").catalogType()).isEqualTo("_varchar");
    assertThat(catalog(SqlDialect.H2, "TEXT"))
        .isEqualTo(new ColumnType("TEXT", "character varying", 1_000_000_000, 0, 0, ""));
    assertThat(catalog(SqlDialect.H2, "JSONB").catalogType()).isEqualTo("json");
  }

  @Test
  void theCatalogTypeOfAnUnknownDeclaredTypeIsAnApproximateGuess() {
    assertThat(catalog(SqlDialect.POSTGRESQL, "CITEXT"))
        .isEqualTo(new ColumnType("CITEXT", "citext", 0, 0, 0, "", true));
    assertThat(catalog(SqlDialect.POSTGRESQL, "geometry(Point, 4326)"))
        .isEqualTo(new ColumnType("geometry(Point, 4326)", "geometry(point, 4326)", 0, 0, 0,
            "", true));
    assertThat(catalog(SqlDialect.H2, "CHAR(3)").approximate()).isTrue();
  }

  private static ColumnType catalog(SqlDialect dialect, String declared) {
    return dialect.declaredCatalogType(declared, "");
  }

}
