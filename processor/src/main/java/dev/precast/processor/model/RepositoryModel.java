package dev.precast.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Repository} interface as read from its declaration, checked by the validator
 * before its implementation is generated.
 *
 * @param element the interface, where diagnostics are reported
 * @param type the interface by name; {@code XImpl} goes in its package
 * @param entityElement the entity its derived queries read: {@code T} of {@code
 *     CrudRepository<T, ID>}, else {@code @Repository(value)}; null when none is named
 * @param entity the entity's model when {@code entityElement} is a {@code @Table} class, else null
 * @param crud whether it extends {@code CrudRepository}
 * @param crudId {@code ID} of {@code CrudRepository<T, ID>}; null unless {@code crud}
 * @param methods its abstract methods, declared or inherited, but not {@code CrudRepository}'s
 */
public record RepositoryModel(
    TypeElement element,
    TypeRef type,
    TypeElement entityElement,
    EntityModel entity,
    boolean crud,
    TypeMirror crudId,
    List<QueryMethod> methods) {

  /** Copies the list. */
  public RepositoryModel {
    methods = List.copyOf(methods);
  }

  /** The simple name of the generated implementation: {@code UserQueriesImpl}. */
  public String implementationName() {
    return String.join("_", type.simpleNames()) + "Impl";
  }
}
