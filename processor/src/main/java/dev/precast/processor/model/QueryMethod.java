package dev.precast.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One abstract method of a {@code @Repository} interface: a derived query when {@link #query}
 * is null, else a {@code @Query} method.
 *
 * @param element the method, where diagnostics are reported
 * @param name its name
 * @param parameters its parameters, in order
 * @param returns what it returns
 * @param query its {@code @Query} annotation, or null
 * @param sql {@code @Query(value)}, or null
 * @param checked {@code @Query(checked)}
 */
public record QueryMethod(
    ExecutableElement element,
    String name,
    List<Parameter> parameters,
    Result returns,
    AnnotationMirror query,
    String sql,
    boolean checked) {

  /** Copies the list. */
  public QueryMethod {
    parameters = List.copyOf(parameters);
  }

  /**
   * A method parameter.
   *
   * @param element the parameter, where diagnostics are reported
   * @param name its name
   * @param kind what it is to a query
   * @param value the type of the value it binds (of the elements, for a collection); null
   *     unless {@code kind} is {@link ParameterKind#VALUE} or {@link ParameterKind#COLLECTION}
   * @param typeName the declared type as javac prints it, for messages
   */
  public record Parameter(
      VariableElement element, String name, ParameterKind kind, ValueRef value, String typeName) {}

  /** What a parameter is to a query. */
  public enum ParameterKind {
    /** A value bound to one parameter. */
    VALUE,
    /** A collection whose elements are bound to one parameter each. */
    COLLECTION,
    /** {@code dev.precast.Limit}. */
    LIMIT,
    /** {@code dev.precast.PageRequest}. */
    PAGE_REQUEST,
    /** Anything else. */
    UNSUPPORTED
  }

  /**
   * A Java type that binds to or reads from one column.
   *
   * @param valueType how it moves between Java and JDBC
   * @param typeName the type as javac prints it, e.g. {@code java.lang.String}, {@code long}
   * @param declaredType the class, for enums and boxes; null for primitives and arrays
   * @param primitive whether it is a primitive
   * @param converter the converter it is stored through, or null; then {@code valueType} is
   *     the column's
   */
  public record ValueRef(ValueType valueType, String typeName, TypeRef declaredType,
      boolean primitive, ConverterModel converter) {

    /** The boxed type's name: {@code java.lang.Long} for {@code long}. */
    public String boxedTypeName() {
      return primitive ? valueType.boxedTypeName() : typeName;
    }
  }

  /**
   * What a method returns: a container of elements.
   *
   * @param container how the elements are returned
   * @param element what each element is
   * @param type the entity or record class, for {@link ResultKind#ENTITY} and {@link
   *     ResultKind#PROJECTION}; else null
   * @param components the record's components in order, for {@link ResultKind#PROJECTION}
   * @param scalar the value type, for {@link ResultKind#SCALAR}; else null
   * @param typeName the declared return type as javac prints it, for messages
   */
  public record Result(
      Container container,
      ResultKind element,
      TypeElement type,
      List<Component> components,
      ValueRef scalar,
      String typeName) {

    /** Copies the list. */
    public Result {
      components = List.copyOf(components);
    }
  }

  /**
   * A record component of a projection.
   *
   * @param name its name
   * @param value its type, null when no column type fits
   * @param typeName its type as javac prints it
   */
  public record Component(String name, ValueRef value, String typeName) {}

  /** How a method returns its elements. */
  public enum Container {
    /** The element itself (or null when there is none). */
    NONE,
    /** {@code Optional<element>}. */
    OPTIONAL,
    /** {@code List<element>}. */
    LIST,
    /** {@code Stream<element>}. */
    STREAM,
    /** {@code Page<element>}. */
    PAGE
  }

  /** What a returned element is. */
  public enum ResultKind {
    /** The repository's entity, or for {@code @Query} another {@code @Table} class. */
    ENTITY,
    /** A record whose components are read from columns. */
    PROJECTION,
    /** One column's value, or a count for {@code long}, {@code int} and {@code boolean}. */
    SCALAR,
    /** {@code void}. */
    VOID,
    /** Anything else. */
    UNSUPPORTED
  }
}
