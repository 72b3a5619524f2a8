package dev.precast.annotations;

import dev.precast.Dialect;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column's SQL type in one dialect, written into that dialect's DDL as given; it wins over
 * {@link Column#type()} there, and the other dialects keep theirs. Values are still bound and
 * read as the field's Java type.
 *
 * <pre>{@code
 * @ColumnType(dialect = Dialect.POSTGRESQL, value = "CITEXT")   // VARCHAR on H2, CITEXT here
 * @Unique String email;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Repeatable(ColumnType.List.class)
public @interface ColumnType {
  /** The dialect whose DDL uses this type. */
  Dialect dialect();

  /** The SQL type, e.g. {@code CITEXT} or {@code VARCHAR(40)}: the type alone, no constraint. */
  String value();

  /** Holds repeated {@link ColumnType} annotations, one per dialect. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
  @interface List {
    /** The repeated annotations. */
    ColumnType[] value();
  }
}
