package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a class to a table. The processor generates, in the class's package, {@code X_} (the
 * metamodel and row mapper), {@code XRepository} and {@code XValidator}.
 *
 * <pre>{@code
 * @Table(name = "users")
 * public class User { @Id Long id; String name; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /** The SQL table name; empty means the snake_case of the class's simple name. */
  String name() default "";
}
