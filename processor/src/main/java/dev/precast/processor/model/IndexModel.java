package dev.precast.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A non-unique index: of one field, or declared on the type over SQL column names.
 *
 * @param element the field or type that declares it
 * @param annotation the {@code @Index} annotation
 * @param columns the SQL column names it covers, as written
 * @param name the declared name, or an empty string for the generated one
 * @param onType whether it was declared on the type
 */
public record IndexModel(
    Element element, AnnotationMirror annotation, List<String> columns, String name,
    boolean onType) {
  /** Copies {@code columns}. */
  public IndexModel {
    columns = List.copyOf(columns);
  }
}
