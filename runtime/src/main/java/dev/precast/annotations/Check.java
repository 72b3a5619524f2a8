package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A CHECK constraint in SQL. On a field it is named {@code ck_<table>_<column>} (together with
 * the checks Precast derives from the field's validation annotations); on the type, where it
 * may be repeated, {@code ck_<table>_<n>} from 1. Write column names unquoted and in lower case
 * (or quoted, for names the quoting rule quotes), so the same SQL works on H2 and PostgreSQL:
 *
 * <pre>{@code
 * @Check("likes >= 0") int likes;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Check.List.class)
public @interface Check {
  /** The condition, in SQL. */
  String value();

  /** Holds repeated {@link Check} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
  @interface List {
    /** The repeated annotations. */
    Check[] value();
  }
}
