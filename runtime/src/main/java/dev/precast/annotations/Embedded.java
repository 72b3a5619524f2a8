package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a value object in columns of the entity's own table, one per component: a record,
 * or a class with a public no-argument constructor and getters/setters (or non-private
 * fields), whose components are simple columns. {@code @Column} on a component sets its
 * name (after the prefix) and length; Jakarta Validation constraints on a component are
 * checked when the value is present. A null value is stored as all its columns NULL, and a
 * row whose columns are all NULL reads as null, so components cannot be primitives.
 *
 * <pre>{@code
 * public record Address(@NotBlank String street, String city, @Column(length = 10) String zip) {}
 *
 * @Embedded Address address;                    // address_street, address_city, address_zip
 * @Embedded(prefix = "home_") Address home;     // home_street, home_city, home_zip
 * }</pre>
 *
 * <p>In queries the components are columns of the entity: {@code findByAddressCity(String)},
 * {@code User_.ADDRESS.CITY.eq("Paris")} (also {@code User_.ADDRESS_CITY}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Embedded {
  /**
   * What every column name of the value starts with, e.g. {@code "home_"}; empty (the
   * default) means the field's snake_case name and an underscore, {@code address_}.
   */
  String prefix() default "";
}
