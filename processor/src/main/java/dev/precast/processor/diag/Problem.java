package dev.precast.processor.diag;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One error or warning, with the element (and, where known, the annotation and attribute) it
 * is reported on, so the IDE underlines the right token.
 *
 * @param diagnostic the catalogue entry, which gives the code and the severity
 * @param element where the problem is
 * @param annotation the annotation at fault, or null
 * @param value the annotation attribute at fault, or null
 * @param message the formatted message, with its code
 */
public record Problem(Diagnostic diagnostic, Element element, AnnotationMirror annotation,
    AnnotationValue value, String message) {

  /** A problem on an element. */
  public static Problem on(Element element, Diagnostic diagnostic, Object... arguments) {
    return new Problem(diagnostic, element, null, null, diagnostic.format(arguments));
  }

  /** A problem on an annotation of an element (the element alone when {@code annotation} is null). */
  public static Problem on(
      Element element, AnnotationMirror annotation, Diagnostic diagnostic, Object... arguments) {
    return new Problem(diagnostic, element, annotation, null, diagnostic.format(arguments));
  }

  /** A problem on one attribute of an annotation. */
  public static Problem on(Element element, AnnotationMirror annotation, AnnotationValue value,
      Diagnostic diagnostic, Object... arguments) {
    return new Problem(diagnostic, element, annotation, value, diagnostic.format(arguments));
  }

  /** The catalogue entry's severity. */
  public Severity severity() {
    return diagnostic.severity();
  }

  /** Whether this problem stops generation. */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }
}
