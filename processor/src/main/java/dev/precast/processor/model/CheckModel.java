package dev.precast.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A hand-written CHECK condition, of a field ({@code ck_<table>_<column>}) or of the type
 * ({@code ck_<table>_<n>}).
 *
 * @param element the field or type that declares it
 * @param annotation the {@code @Check} annotation
 * @param sql the condition as written
 * @param columnName the column of a field's check; null for a type's check
 */
public record CheckModel(Element element, AnnotationMirror annotation, String sql, String columnName) {
  /** Whether the check was declared on the type rather than on a field. */
  public boolean onType() {
    return columnName == null;
  }
}
