package dev.precast.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A foreign key: a property that holds another entity's id.
 *
 * @param field the referencing field
 * @param property the Java name of the referencing property
 * @param annotation the {@code @References} annotation
 * @param target the referenced class, or null when javac could not resolve it
 * @param onDelete the {@code ReferentialAction} constant's name, e.g. {@code CASCADE}
 */
public record ReferenceModel(
    VariableElement field,
    String property,
    AnnotationMirror annotation,
    TypeElement target,
    String onDelete) {

  /** The qualified name of the referenced class, or an empty string when unresolved. */
  public String targetName() {
    return target == null ? "" : target.getQualifiedName().toString();
  }
}
