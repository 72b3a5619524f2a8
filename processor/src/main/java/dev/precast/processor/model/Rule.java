package dev.precast.processor.model;

import javax.lang.model.element.AnnotationMirror;

/**
 * A validation rule of one property, read from a Jakarta Validation annotation or from
 * {@code @Column}.
 *
 * @param kind which rule
 * @param annotation where it was declared, for diagnostics; null for rules implied by {@code @Column}
 * @param annotationName the simple name of the annotation, e.g. {@code Size}
 * @param min the lower bound, for SIZE and MIN
 * @param max the upper bound, for SIZE and MAX
 * @param regexp the pattern, for PATTERN
 * @param flags the {@link java.util.regex.Pattern} flags, for PATTERN
 * @param message the annotation's own message, or null to use Precast's
 */
public record Rule(
    Kind kind,
    AnnotationMirror annotation,
    String annotationName,
    long min,
    long max,
    String regexp,
    int flags,
    String message) {

  /** The rules Precast can check. */
  public enum Kind {
    NOT_NULL,
    NOT_BLANK,
    NOT_EMPTY,
    SIZE,
    MIN,
    MAX,
    EMAIL,
    PATTERN,
    /** A Jakarta constraint Precast does not implement: a compile error, never ignored. */
    UNSUPPORTED
  }

  /** Whether this rule rejects null. */
  public boolean rejectsNull() {
    return kind == Kind.NOT_NULL || kind == Kind.NOT_BLANK || kind == Kind.NOT_EMPTY;
  }
}
