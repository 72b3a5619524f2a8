package dev.precast.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A unique constraint: of one field, or declared on the type over SQL column names.
 *
 * @param element the field or type that declares it
 * @param annotation the {@code @Unique} annotation
 * @param columns the SQL column names it covers, as written
 * @param onType whether it was declared on the type
 */
public record UniqueModel(
    Element element, AnnotationMirror annotation, List<String> columns, boolean onType) {
  /** Copies {@code columns}. */
  public UniqueModel {
    columns = List.copyOf(columns);
  }
}
