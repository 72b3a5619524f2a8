package dev.precast.processor.model;

import javax.lang.model.element.AnnotationMirror;

/**
 * A {@code @Json} field: its column holds JSON ({@code JSONB} on PostgreSQL, {@code JSON} on H2).
 *
 * @param annotation the {@code @Json} annotation
 * @param type the field's type with its arguments; null when it is no declared type whose
 *     arguments are declared types too (a primitive, an array, a wildcard, a type variable)
 * @param jackson whether Precast writes and reads the value with {@code JacksonJson}: the field
 *     is no {@code String} and has no {@code @Convert}
 * @param jacksonAvailable whether {@code dev.precast.jackson.JacksonJson} is on the class path
 */
public record JsonModel(
    AnnotationMirror annotation, GenericType type, boolean jackson, boolean jacksonAvailable) {

  /** The class of the precast-jackson module that generated code creates for a field. */
  public static final TypeRef JACKSON_JSON =
      new TypeRef("dev.precast.jackson", java.util.List.of("JacksonJson"));
}
