package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optional column settings of a field or record component. Every field that is not
 * {@link Transient} is a column, whether or not it carries this annotation.
 *
 * <pre>{@code
 * @Column(name = "mail", length = 255, nullable = false) String email;
 * @Column(type = "VARCHAR(80)") String code;        // the SQL type, in every dialect
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
  /** The SQL column name; empty means the snake_case of the field name. */
  String name() default "";

  /**
   * The maximum length of a {@code String} (characters) or {@code byte[]} (bytes) column;
   * {@code 0} means unbounded. The generated validator rejects longer values.
   */
  int length() default 0;

  /** {@code false} makes the column NOT NULL and the validator reject null. */
  boolean nullable() default true;

  /** Total number of digits of a {@code BigDecimal} column; {@code 0} means unbounded. */
  int precision() default 0;

  /** Digits after the decimal point of a {@code BigDecimal} column with a precision. */
  int scale() default 0;

  /**
   * The column's SQL type in every dialect, written into the DDL as given (like JPA's {@code
   * columnDefinition}, but the type alone: nullability, defaults and constraints still come
   * from the field's annotations); empty means the type Precast maps the field's Java type to.
   * {@link ColumnType @ColumnType} gives one dialect its own type. Values are still bound and
   * read as the field's Java type, so the database must accept that type for the column (for
   * a {@code String}: {@code CITEXT}, {@code TEXT}, {@code VARCHAR(n)}, {@code CHAR(n)}, ...).
   * The length and precision given here then only feed the validator.
   */
  String type() default "";
}
