package dev.precast.processor.model;

import javax.lang.model.element.AnnotationMirror;

/**
 * A column's SQL type as the user declared it, with {@code @Column(type)} for every dialect or
 * {@code @ColumnType} for one.
 *
 * @param annotation the {@code @Column} or {@code @ColumnType} that declares it, for diagnostics
 * @param attribute the attribute holding the type: {@code type} or {@code value}
 * @param dialect the runtime name of the dialect ({@code POSTGRESQL}), or null for every dialect
 * @param sql the type as written
 */
public record DeclaredSqlType(
    AnnotationMirror annotation, String attribute, String dialect, String sql) {

  /** Whether this declaration applies to every dialect. */
  public boolean everyDialect() {
    return dialect == null;
  }
}
