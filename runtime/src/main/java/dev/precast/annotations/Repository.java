package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose methods Precast implements at compile time, in {@code XImpl} beside
 * it ({@code new UserQueriesImpl(db)}). A method is either a derived query, read from its
 * name ({@code findByNameAndEmail}, {@code countByActiveTrue}, {@code
 * findTop10ByNameStartingWithOrderByIdDesc}), or carries {@link Query}. The entity of the
 * derived queries is {@code T} of {@link dev.precast.CrudRepository CrudRepository&lt;T,
 * ID&gt;} when the interface extends it, otherwise {@link #value()}.
 *
 * <pre>{@code
 * @Repository
 * public interface UserQueries extends CrudRepository<User, Long> {
 *   List<User> findByNameIgnoreCaseOrderByIdAsc(String name);
 *   @Query("SELECT * FROM users WHERE email LIKE :domain")
 *   List<User> withEmailIn(String domain);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Repository {
  /**
   * The {@link Table} class the derived queries read, for an interface that does not extend
   * {@code CrudRepository}; {@code void.class} means none is named.
   */
  Class<?> value() default void.class;
}
