package dev.precast.processor.schemacheck;

import dev.precast.processor.model.EntityModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * Reports the check's findings through javac, on the entity or field a finding names, so the
 * IDE underlines the class or field whose table or column differs.
 *
 * <p>The check runs in a later round than the one that parsed the entities, and javac does not
 * place a message on an element of an earlier round; so each entity is looked up again by name
 * in the current round.
 */
final class Reporter {
  private final Messager messager;
  private final Elements elements;
  private final Map<String, EntityModel> entities = new LinkedHashMap<>();

  Reporter(Messager messager, Elements elements, List<EntityModel> entities) {
    this.messager = messager;
    this.elements = elements;
    entities.forEach(entity -> this.entities.put(entity.qualifiedName(), entity));
  }

  /** A message on no element: about the options, the scripts or the database. */
  void report(Kind kind, String message) {
    messager.printMessage(kind, message);
  }

  /**
   * A message on {@code field} of {@code entity} (both may be null), or on the entity when the
   * field is unknown.
   */
  void report(Kind kind, String message, String entity, String field) {
    Element element = element(entity, field);
    if (element == null) {
      messager.printMessage(kind, message);
    } else {
      messager.printMessage(kind, message, element);
    }
  }

  /** The simple name of an entity of this compilation, or its qualified name as given. */
  String simpleName(String entity) {
    EntityModel model = entity == null ? null : entities.get(entity);
    return model == null ? entity : model.simpleName();
  }

  private Element element(String entity, String field) {
    EntityModel model = entity == null ? null : entities.get(entity);
    if (model == null) {
      return null;
    }
    TypeElement type = elements.getTypeElement(model.qualifiedName());
    if (type == null) {
      return null;
    }
    if (field != null) {
      for (VariableElement candidate : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (candidate.getSimpleName().contentEquals(field)) {
          return candidate;
        }
      }
    }
    return type;
  }
}
