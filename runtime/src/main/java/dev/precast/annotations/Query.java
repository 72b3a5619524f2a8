package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A hand-written SQL statement for a method of a {@link Repository} interface, with {@code
 * :name} parameters bound from the method's parameters of that name (a collection parameter
 * expands {@code IN (:ids)} to one parameter per element). Every value is bound, never
 * written into the SQL text.
 *
 * <p>At compile time the processor prepares the statement in an in-memory H2 database
 * (PostgreSQL mode) that holds the compilation's tables: a syntax error, an unknown table or
 * column, a {@code :name} without a parameter, a parameter the SQL never uses, or result
 * columns that do not fit the return type fail the build with the database's own message.
 *
 * <p>A method returning an entity, a record projection, a scalar or an {@code Optional},
 * {@code List} or {@code Stream} of one runs a query; one returning {@code int}, {@code long}
 * or {@code void} runs an update or delete and returns the number of rows changed.
 *
 * <pre>{@code
 * @Query("SELECT * FROM users WHERE email = :email")
 * Optional<User> byEmail(String email);
 *
 * @Query("UPDATE users SET name = :name WHERE id IN (:ids)")
 * int rename(String name, List<Long> ids);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /** The SQL statement, with {@code :name} parameters. */
  String value();

  /**
   * Whether the processor prepares the statement at compile time. Set {@code false} for SQL
   * only PostgreSQL accepts; the build then warns that nothing checked it.
   */
  boolean checked() default true;
}
