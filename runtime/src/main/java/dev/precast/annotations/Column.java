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
}
