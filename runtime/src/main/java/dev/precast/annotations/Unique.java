package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint. On a field it covers that column, named {@code uq_<table>_<column>},
 * and gives the repository a {@code findBy<Field>} finder. On the type it names SQL columns
 * and may be repeated:
 *
 * <pre>{@code
 * @Table @Unique(columns = {"post_id", "tag_id"})
 * public class PostTag { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Unique.List.class)
public @interface Unique {
  /** On the type: the SQL column names the constraint covers. Must be empty on a field. */
  String[] columns() default {};

  /** Holds repeated {@link Unique} annotations of a type. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated annotations. */
    Unique[] value();
  }
}
