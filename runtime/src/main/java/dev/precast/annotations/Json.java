package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a field as a JSON document: {@code JSONB} on PostgreSQL, {@code JSON} on H2.
 *
 * <ul>
 *   <li>A {@code String} field holds the JSON text itself; no JSON library is involved.
 *   <li>A field of any other class, record, interface or enum, generic ones included ({@code
 *       Address}, {@code List<LineItem>}, {@code Map<String, Object>}), is written and read by
 *       Jackson through {@code dev.precast.jackson.JacksonJson}: add the {@code
 *       dev.precast:precast-jackson} dependency, which the runtime does not need otherwise.
 *   <li>With {@link Convert @Convert}, a {@code TypeConverter<T, String>} of your own turns the
 *       value into JSON text and back (another JSON library, or a configured Jackson mapper).
 * </ul>
 *
 * <pre>{@code
 * @Json Address address;                 // {"street": "...", "city": "..."}
 * @Json Map<String, Object> attributes;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Json {}
