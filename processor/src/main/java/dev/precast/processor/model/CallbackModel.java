package dev.precast.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * A lifecycle callback method of an entity, as declared; judged by the validator.
 *
 * @param method the method, where diagnostics are reported
 * @param annotation its callback annotation
 * @param kind when it is called
 * @param name the method's name
 * @param callable whether generated code in the entity's package can call it: not private,
 *     not static, no parameters, {@code void}, no checked exception
 */
public record CallbackModel(
    ExecutableElement method, AnnotationMirror annotation, Kind kind, String name,
    boolean callable) {

  /** When a callback is called. */
  public enum Kind {
    BEFORE_INSERT("BeforeInsert", true),
    AFTER_INSERT("AfterInsert", false),
    BEFORE_UPDATE("BeforeUpdate", true),
    AFTER_UPDATE("AfterUpdate", false),
    BEFORE_DELETE("BeforeDelete", false),
    AFTER_DELETE("AfterDelete", false),
    AFTER_LOAD("AfterLoad", false);

    private final String annotation;
    private final boolean mutating;

    Kind(String annotation, boolean mutating) {
      this.annotation = annotation;
      this.mutating = mutating;
    }

    /** The annotation's qualified name. */
    public String annotationName() {
      return "dev.precast.annotations." + annotation;
    }

    /** The annotation's simple name, e.g. {@code BeforeInsert}. */
    public String simpleName() {
      return annotation;
    }

    /** Whether it exists to change the entity before it is written, which records cannot. */
    public boolean isMutating() {
      return mutating;
    }
  }
}
