package dev.precast.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * One mapped field of an entity (or record component), as read from its declaration.
 *
 * @param field the field, where diagnostics are reported
 * @param name the Java name, e.g. {@code displayName}
 * @param typeName the declared type as javac prints it, e.g. {@code java.lang.String}
 * @param valueType the supported type it maps to, or null when unsupported
 * @param declaredType the declared class, for enums and boxed types; null for primitives and arrays
 * @param primitive whether the declared type is a primitive
 * @param columnName the SQL column name, declared or derived
 * @param column the {@code @Column} annotation, or null
 * @param length {@code @Column(length)}, 0 when unbounded
 * @param nullable {@code @Column(nullable)}
 * @param precision {@code @Column(precision)}, 0 when unbounded
 * @param scale {@code @Column(scale)}
 * @param id the {@code @Id} annotation, or null
 * @param unique the field's {@code @Unique} annotation, or null
 * @param rules the validation rules, in declaration order
 * @param read how generated code reads the value, or null when it cannot
 * @param write how generated code sets the value, or null when it cannot
 * @param enumConstants the names of the enum's constants in declaration order; empty for
 *     other types
 * @param converter the converter the value is stored through, or null; then {@code
 *     valueType} is the column's type, and {@code typeName} still the field's
 * @param embedded the {@code @Embedded} value this is a component of, or null for a field of
 *     the entity itself; then {@code field}, {@code read} and {@code write} are the
 *     component's in the embedded type, and {@code name} the entity-wide {@code addressCity}
 * @param sqlTypes the SQL types declared with {@code @Column(type)} and {@code @ColumnType}, in
 *     declaration order; empty when the dialects' own mapping applies
 * @param json the field's {@code @Json}, or null; then {@code valueType} is {@link
 *     ValueType#JSON} (once the converter, if any, is found to convert to a {@code String})
 */
public record PropertyModel(
    VariableElement field,
    String name,
    String typeName,
    ValueType valueType,
    TypeRef declaredType,
    boolean primitive,
    String columnName,
    AnnotationMirror column,
    int length,
    boolean nullable,
    int precision,
    int scale,
    AnnotationMirror id,
    AnnotationMirror unique,
    List<Rule> rules,
    Access read,
    Access write,
    List<String> enumConstants,
    ConverterModel converter,
    EmbeddedModel embedded,
    List<DeclaredSqlType> sqlTypes,
    JsonModel json) {

  /** Copies the lists. */
  public PropertyModel {
    rules = List.copyOf(rules);
    enumConstants = List.copyOf(enumConstants);
    sqlTypes = List.copyOf(sqlTypes);
  }

  /** A property without declared SQL types or {@code @Json}. */
  public PropertyModel(VariableElement field, String name, String typeName, ValueType valueType,
      TypeRef declaredType, boolean primitive, String columnName, AnnotationMirror column,
      int length, boolean nullable, int precision, int scale, AnnotationMirror id,
      AnnotationMirror unique, List<Rule> rules, Access read, Access write,
      List<String> enumConstants, ConverterModel converter) {
    this(field, name, typeName, valueType, declaredType, primitive, columnName, column, length,
        nullable, precision, scale, id, unique, rules, read, write, enumConstants, converter,
        null, List.of(), null);
  }

  /**
   * The SQL type declared for {@code dialect} (a runtime dialect name): its own
   * {@code @ColumnType}, else {@code @Column(type)}; null when none is.
   */
  public String declaredSqlType(String dialect) {
    String everyDialect = null;
    for (DeclaredSqlType type : sqlTypes) {
      if (dialect.equals(type.dialect())) {
        return type.sql().strip();
      }
      if (type.everyDialect()) {
        everyDialect = type.sql().strip();
      }
    }
    return everyDialect;
  }

  /** A property of a type that is no enum. */
  public PropertyModel(VariableElement field, String name, String typeName, ValueType valueType,
      TypeRef declaredType, boolean primitive, String columnName, AnnotationMirror column,
      int length, boolean nullable, int precision, int scale, AnnotationMirror id,
      AnnotationMirror unique, List<Rule> rules, Access read, Access write) {
    this(field, name, typeName, valueType, declaredType, primitive, columnName, column, length,
        nullable, precision, scale, id, unique, rules, read, write, List.of(), null, null,
        List.of(), null);
  }

  /**
   * The name of the property as users see it in a violation: {@code displayName}, or for a
   * component of an embedded value {@code address.street}.
   */
  public String path() {
    return embedded == null ? name : embedded.name() + "." + componentName();
  }

  /** The component's name within its embedded type, e.g. {@code street}; else the name. */
  public String componentName() {
    return embedded == null ? name : field.getSimpleName().toString();
  }

  /** Whether this is the primary key. */
  public boolean isId() {
    return id != null;
  }

  /**
   * Whether the column is NOT NULL: a primitive, the id, or a rule that rejects null; for a
   * component of an embedded value, only when the value itself is required, as a null value
   * is stored as NULL columns.
   */
  public boolean notNull() {
    return primitive || isId() || ((!nullable || rules.stream().anyMatch(Rule::rejectsNull))
        && (embedded == null || embedded.required()));
  }

  /** How the id gets its value; meaningful for the id only. */
  public IdStrategy idStrategy() {
    if (valueType == ValueType.LONG || valueType == ValueType.INT) {
      return IdStrategy.IDENTITY;
    }
    return valueType == ValueType.UUID ? IdStrategy.RANDOM_UUID : IdStrategy.ASSIGNED;
  }

  /** The name of the boxed type, for generic positions: {@code java.lang.Long} for {@code long}. */
  public String boxedTypeName() {
    return switch (typeName) {
      case "boolean" -> "java.lang.Boolean";
      case "int" -> "java.lang.Integer";
      case "long" -> "java.lang.Long";
      case "short" -> "java.lang.Short";
      case "double" -> "java.lang.Double";
      case "float" -> "java.lang.Float";
      default -> typeName;
    };
  }
}
