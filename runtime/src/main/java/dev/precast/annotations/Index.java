package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A (non-unique) index, named {@code ix_<table>_<column>[_<column>...]} unless {@link #name()}
 * says otherwise. On a field it covers that column; on the type it names SQL columns and may
 * be repeated:
 *
 * <pre>{@code
 * @Table @Index(columns = {"author_id", "created_at"})
 * public class Post { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Index.List.class)
public @interface Index {
  /** On the type: the SQL column names the index covers, in order. Must be empty on a field. */
  String[] columns() default {};

  /** The index name; empty means the generated one. */
  String name() default "";

  /** Holds repeated {@link Index} annotations of a type. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The repeated annotations. */
    Index[] value();
  }
}
