package dev.precast.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * An {@code @Embedded} field of an entity: a value object stored in columns of the entity's
 * table. Its components are ordinary {@link PropertyModel}s of the entity (named {@code
 * addressCity}, column {@code address_city}) that point back here through {@link
 * PropertyModel#embedded()}, so that everything that iterates columns handles them as it
 * does any other; only what builds or reads the value as a whole looks at this model.
 *
 * @param field the entity's field, where diagnostics are reported
 * @param annotation the {@code @Embedded} annotation
 * @param name the field's Java name, e.g. {@code address}
 * @param typeName the declared type as javac prints it
 * @param typeElement the declared class, or null when the type is no class (a primitive, an
 *     array)
 * @param type {@code typeElement} by name, or null with it
 * @param style how instances are built: a record's canonical constructor, or a no-argument
 *     constructor and setters
 * @param shapeProblem why the type cannot be embedded, in the words of the message, or null
 *     when it can
 * @param prefix the prefix of its column names, e.g. {@code address_}
 * @param read how generated code reads the value from the entity, or null when it cannot
 * @param write how generated code sets it on the entity, or null when it cannot
 * @param required whether the field is {@code @NotNull}: then a null value is a violation and
 *     the columns of components that reject null are NOT NULL
 * @param fieldAnnotations the annotations on the field that do not apply to an embedded value
 *     ({@code @Id}, {@code @Column}, {@code @Unique}, ...), reported as errors
 * @param fieldRules the constraint annotations on the field other than {@code @NotNull},
 *     reported as errors
 * @param unmappable the annotations on components that Precast does not support there
 *     ({@code @Id}, {@code @Version}, {@code @Unique}, {@code @References}, a nested {@code
 *     @Embedded}, ...), with the component they are on
 */
public record EmbeddedModel(
    VariableElement field,
    AnnotationMirror annotation,
    String name,
    String typeName,
    TypeElement typeElement,
    TypeRef type,
    Style style,
    String shapeProblem,
    String prefix,
    Access read,
    Access write,
    boolean required,
    List<AnnotationMirror> fieldAnnotations,
    List<AnnotationMirror> fieldRules,
    List<Misplaced> unmappable) {

  /** Copies the lists. */
  public EmbeddedModel {
    fieldAnnotations = List.copyOf(fieldAnnotations);
    fieldRules = List.copyOf(fieldRules);
    unmappable = List.copyOf(unmappable);
  }

  /**
   * An annotation on a component that an embedded value does not support.
   *
   * @param component the component's field
   * @param annotation the annotation
   */
  public record Misplaced(VariableElement component, AnnotationMirror annotation) {}
}
