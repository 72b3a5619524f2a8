package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key to another entity's primary key, named {@code fk_<table>_<column>}. The field
 * holds the id, with the same type as the target's {@code @Id}; the repository gets a
 * {@code findBy<Field>(id)} finder returning every referencing row.
 *
 * <pre>{@code
 * @References(value = User.class, onDelete = ReferentialAction.CASCADE) Long authorId;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface References {
  /** The referenced entity. */
  Class<?> value();

  /** What happens to this row when the referenced row is deleted. */
  ReferentialAction onDelete() default ReferentialAction.NO_ACTION;
}
