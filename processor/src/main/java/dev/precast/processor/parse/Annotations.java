package dev.precast.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations as mirrors, by qualified name, so that no annotation class (Precast's or
 * Jakarta Validation's) needs to be loaded by the processor.
 */
public final class Annotations {
  /** Qualified names of Precast's annotations. */
  public static final String TABLE = "dev.precast.annotations.Table";
  public static final String COLUMN = "dev.precast.annotations.Column";
  public static final String ID = "dev.precast.annotations.Id";
  public static final String UNIQUE = "dev.precast.annotations.Unique";
  public static final String UNIQUE_LIST = "dev.precast.annotations.Unique.List";
  public static final String TRANSIENT = "dev.precast.annotations.Transient";
  public static final String REFERENCES = "dev.precast.annotations.References";
  public static final String INDEX = "dev.precast.annotations.Index";
  public static final String INDEX_LIST = "dev.precast.annotations.Index.List";
  public static final String CHECK = "dev.precast.annotations.Check";
  public static final String CHECK_LIST = "dev.precast.annotations.Check.List";
  public static final String VERSION = "dev.precast.annotations.Version";
  public static final String REPOSITORY = "dev.precast.annotations.Repository";
  public static final String CONVERT = "dev.precast.annotations.Convert";
  public static final String CREATED_AT = "dev.precast.annotations.CreatedAt";
  public static final String UPDATED_AT = "dev.precast.annotations.UpdatedAt";
  public static final String SOFT_DELETE = "dev.precast.annotations.SoftDelete";
  public static final String CONVERT_LIST = "dev.precast.annotations.Convert.List";
  public static final String EMBEDDED = "dev.precast.annotations.Embedded";
  public static final String QUERY = "dev.precast.annotations.Query";
  public static final String COLUMN_TYPE = "dev.precast.annotations.ColumnType";
  public static final String COLUMN_TYPE_LIST = "dev.precast.annotations.ColumnType.List";
  public static final String JSON = "dev.precast.annotations.Json";

  private final Elements elements;

  public Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of type {@code qualifiedName} on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The qualified name of an annotation's type. */
  public static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The simple name of an annotation's type. */
  public static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** An attribute's value, its default when not written. */
  public AnnotationValue value(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** An attribute's value only where it is written in the source, for diagnostics. */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** A String attribute; empty when absent. */
  public String string(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = value(mirror, attribute);
    return value != null && value.getValue() instanceof String s ? s : "";
  }

  /** An int attribute; 0 when absent. */
  public int integer(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = value(mirror, attribute);
    return value != null && value.getValue() instanceof Integer i ? i : 0;
  }

  /** A long attribute (or an int one, widened); 0 when absent. */
  public long longValue(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = value(mirror, attribute);
    return value != null && value.getValue() instanceof Number n ? n.longValue() : 0;
  }

  /** A boolean attribute; {@code fallback} when absent. */
  public boolean bool(AnnotationMirror mirror, String attribute, boolean fallback) {
    AnnotationValue value = value(mirror, attribute);
    return value != null && value.getValue() instanceof Boolean b ? b : fallback;
  }

  /** The elements of an array attribute, each as javac holds it. */
  public List<AnnotationValue> array(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = value(mirror, attribute);
    List<AnnotationValue> items = new ArrayList<>();
    if (value != null && value.getValue() instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof AnnotationValue annotationValue) {
          items.add(annotationValue);
        }
      }
    }
    return items;
  }

  /**
   * Every annotation of type {@code qualifiedName} on {@code element}, whether written once or
   * repeated (and so held by the container {@code containerName}).
   */
  public List<AnnotationMirror> repeatable(
      Element element, String qualifiedName, String containerName) {
    List<AnnotationMirror> found = new ArrayList<>();
    find(element, qualifiedName).ifPresent(found::add);
    find(element, containerName).ifPresent(container -> {
      for (AnnotationValue item : array(container, "value")) {
        if (item.getValue() instanceof AnnotationMirror mirror) {
          found.add(mirror);
        }
      }
    });
    return found;
  }

  /** A String[] attribute. */
  public List<String> strings(AnnotationMirror mirror, String attribute) {
    List<String> strings = new ArrayList<>();
    for (AnnotationValue item : array(mirror, attribute)) {
      if (item.getValue() instanceof String s) {
        strings.add(s);
      }
    }
    return strings;
  }
}
