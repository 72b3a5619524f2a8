package dev.precast.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.function.Function;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.Access;
import dev.precast.processor.model.EmbeddedModel;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.ConverterModel;
import dev.precast.processor.model.GenericType;
import dev.precast.processor.model.JsonModel;
import dev.precast.processor.model.TypeRef;
import dev.precast.processor.model.ValueType;

/** JavaPoet pieces every generator uses: types, property access, {@code @Generated}. */
final class Code {
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName DATABASE = ClassName.get("dev.precast", "Database");
  static final ClassName DIALECT = ClassName.get("dev.precast", "Dialect");
  static final ClassName ENTITY_TABLE = ClassName.get("dev.precast", "EntityTable");
  static final ClassName ENTITY_COLUMN = ClassName.get("dev.precast", "EntityColumn");
  static final ClassName TABLE_CONSTRAINT = ClassName.get("dev.precast", "TableConstraint");
  static final ClassName REFERENTIAL_ACTION =
      ClassName.get("dev.precast.annotations", "ReferentialAction");
  static final ClassName TABLE_DEFINITION =
      ClassName.get("dev.precast.internal", "TableDefinition");
  static final ClassName COLUMN_DEFINITION =
      ClassName.get("dev.precast.internal", "ColumnDefinition");
  static final ClassName COLUMN_TYPE = ClassName.get("dev.precast.internal", "ColumnType");
  static final ClassName INDEX_DEFINITION =
      ClassName.get("dev.precast.internal", "IndexDefinition");
  static final ClassName QUERY = ClassName.get("dev.precast", "Query");
  static final ClassName SCHEMA = ClassName.get("dev.precast", "Schema");
  static final ClassName VIOLATION = ClassName.get("dev.precast", "Violation");
  static final ClassName VALIDATION_EXCEPTION = ClassName.get("dev.precast", "ValidationException");
  static final ClassName PARAMETERS = ClassName.get("dev.precast.internal", "Parameters");
  static final ClassName ROWS = ClassName.get("dev.precast.internal", "Rows");
  static final ClassName CONVERSIONS = ClassName.get("dev.precast.internal", "Conversions");
  static final ClassName CLOCKS = ClassName.get("dev.precast.internal", "Clocks");
  static final ClassName JDBC = ClassName.get("dev.precast.internal", "Jdbc");
  static final ClassName STATEMENT_BINDER =
      ClassName.get("dev.precast.internal", "StatementBinder");
  static final ClassName RESULTS = ClassName.get("dev.precast.internal", "Results");
  static final ClassName RESULT_READER = ClassName.get("dev.precast.internal", "ResultReader");
  static final ClassName CHECKS = ClassName.get("dev.precast.internal", "Checks");
  static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
  static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName UUID = ClassName.get("java.util", "UUID");
  static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
  static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");

  private Code() {}

  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GeneratedNames.GENERATOR)
        .build();
  }

  /**
   * On every class generated from an entity: it must use the entity as declared, deprecated
   * class, fields, accessors and types included, and a warning there would be one the user
   * cannot fix (and breaks {@code -Werror} builds).
   */
  static AnnotationSpec suppressDeprecation() {
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "{$S, $S}", "deprecation", "removal")
        .build();
  }

  /** The declared type of a property: {@code long}, {@code byte[]}, {@code String}, ... */
  static TypeName type(PropertyModel property) {
    if (property.primitive()) {
      return switch (property.typeName()) {
        case "boolean" -> TypeName.BOOLEAN;
        case "int" -> TypeName.INT;
        case "long" -> TypeName.LONG;
        case "short" -> TypeName.SHORT;
        case "double" -> TypeName.DOUBLE;
        default -> TypeName.FLOAT;
      };
    }
    if (property.valueType() == ValueType.BYTES && property.converter() == null) {
      return ArrayTypeName.of(TypeName.BYTE);
    }
    if (property.json() != null && property.json().type() != null) {
      return type(property.json().type());
    }
    if (property.converter() == null && property.valueType() != null) {
      switch (property.valueType()) {
        case STRING_LIST -> {
          return ParameterizedTypeName.get(LIST, ClassName.get(String.class));
        }
        case LONG_LIST -> {
          return ParameterizedTypeName.get(LIST, ClassName.get(Long.class));
        }
        case STRING_ARRAY -> {
          return ArrayTypeName.of(String.class);
        }
        case LONG_ARRAY -> {
          return ArrayTypeName.of(TypeName.LONG);
        }
        default -> { }
      }
    }
    return GeneratedNames.className(property.declaredType());
  }

  /** A declared type with its arguments: {@code List<LineItem>}. */
  static TypeName type(GenericType type) {
    ClassName raw = GeneratedNames.className(type.raw());
    return type.arguments().isEmpty() ? raw : ParameterizedTypeName.get(raw,
        type.arguments().stream().map(Code::type).toArray(TypeName[]::new));
  }

  /**
   * What creates precast-jackson's converter of a {@code @Json} field: {@code
   * JacksonJson.of(Address.class)}, or for a generic type {@code JacksonJson.of(
   * JacksonJson.type(List.class, JacksonJson.type(LineItem.class)))}.
   */
  static CodeBlock jacksonJson(GenericType type) {
    ClassName jackson = GeneratedNames.className(JsonModel.JACKSON_JSON);
    return type.arguments().isEmpty()
        ? CodeBlock.of("$T.of($T.class)", jackson, GeneratedNames.className(type.raw()))
        : CodeBlock.of("$T.of($L)", jackson, jacksonType(type));
  }

  private static CodeBlock jacksonType(GenericType type) {
    CodeBlock.Builder call = CodeBlock.builder().add("$T.type($T.class",
        GeneratedNames.className(JsonModel.JACKSON_JSON), GeneratedNames.className(type.raw()));
    for (GenericType argument : type.arguments()) {
      call.add(", $L", jacksonType(argument));
    }
    return call.add(")").build();
  }

  /** The type of a property in a generic position: {@code Long} for {@code long}. */
  static TypeName boxedType(PropertyModel property) {
    return type(property).box();
  }

  /**
   * Reads {@code property} of the entity in variable {@code target}; a component of an
   * embedded value is null when the value is.
   */
  static CodeBlock read(String target, PropertyModel property) {
    if (property.embedded() != null) {
      CodeBlock value = read(target, property.embedded().read());
      return CodeBlock.of("($L == null ? null : $L)", value,
          access(value, property.read()));
    }
    return read(target, property.read());
  }

  /** Reads the embedded value {@code embedded} of the entity in variable {@code target}. */
  static CodeBlock read(String target, EmbeddedModel embedded) {
    return read(target, embedded.read());
  }

  /** Reads component {@code property} of the embedded value in variable {@code target}. */
  static CodeBlock readComponent(String target, PropertyModel property) {
    return access(CodeBlock.of("$N", target), property.read());
  }

  private static CodeBlock access(CodeBlock target, Access read) {
    return read.kind() == Access.Kind.METHOD
        ? CodeBlock.of("$L.$N()", target, read.name())
        : CodeBlock.of("$L.$N", target, read.name());
  }

  private static CodeBlock read(String target, Access read) {
    return read.kind() == Access.Kind.METHOD
        ? CodeBlock.of("$N.$N()", target, read.name())
        : CodeBlock.of("$N.$N", target, read.name());
  }

  /** Sets {@code property} of the entity in variable {@code target} to {@code value}. */
  static CodeBlock write(String target, PropertyModel property, CodeBlock value) {
    return write(target, property.write(), value);
  }

  /** Sets the embedded value {@code embedded} of the entity in {@code target} to {@code value}. */
  static CodeBlock write(String target, EmbeddedModel embedded, CodeBlock value) {
    return write(target, embedded.write(), value);
  }

  private static CodeBlock write(String target, Access write, CodeBlock value) {
    return write.kind() == Access.Kind.SETTER
        ? CodeBlock.of("$N.$N($L)", target, write.name(), value)
        : CodeBlock.of("$N.$N = $L", target, write.name(), value);
  }

  /** Reads column {@code index} of the row in variable {@code row} as {@code property}'s type. */
  static CodeBlock get(String row, int index, PropertyModel property) {
    return get(row, index, property.valueType(), property.declaredType(), property.primitive(),
        property.converter());
  }

  /**
   * Reads column {@code index} of the row in variable {@code row} as a value of {@code type};
   * {@code declaredType} names the enum, for {@link ValueType#ENUM}; through {@code converter}
   * when it is not null, {@code type} then being the column's.
   */
  static CodeBlock get(String row, int index, ValueType type, TypeRef declaredType,
      boolean primitive, ConverterModel converter) {
    if (converter != null) {
      return CodeBlock.of("$T.fromDatabase($L, $L)", CONVERSIONS, converter(converter),
          get(row, index, type, null, false, null));
    }
    if (type == ValueType.ENUM) {
      ClassName enumType = GeneratedNames.className(declaredType);
      return CodeBlock.of("$T.getEnum($N, $L, $T::valueOf, $S)", ROWS, row, index, enumType,
          enumType.simpleName());
    }
    String format = type.getterFormat(primitive);
    boolean viaRows = format.startsWith("Rows.");
    String call = String.format(viaRows ? format.substring("Rows.".length()) : format, row, index);
    return viaRows ? CodeBlock.of("$T.$L", ROWS, call) : CodeBlock.of("$L", call);
  }

  /** Binds {@code value} of {@code property}'s type to parameter {@code index}. */
  static CodeBlock set(String parameters, int index, PropertyModel property, CodeBlock value) {
    return set(parameters, CodeBlock.of("$L", index), property.valueType(), property.primitive(),
        property.converter(), value);
  }

  /**
   * Binds {@code value} of {@code type} to parameter {@code index}, through {@code converter}
   * when it is not null ({@code type} then being the column's).
   */
  static CodeBlock set(String parameters, CodeBlock index, ValueType type, boolean primitive,
      ConverterModel converter, CodeBlock value) {
    if (converter != null) {
      return CodeBlock.of("$N.$N($L, $T.toDatabase($L, $L))", parameters, type.setter(false),
          index, CONVERSIONS, converter(converter), value);
    }
    return CodeBlock.of("$N.$N($L, $L)", parameters, type.setter(primitive), index, value);
  }

  /**
   * Now, by the clock of the database in expression {@code db}, as the value of the
   * timestamp {@code marker}: what a soft delete writes.
   */
  static CodeBlock deletionTime(PropertyModel marker, CodeBlock db) {
    CodeBlock now = CodeBlock.of("$T.instant($L.clock())", CLOCKS, db);
    return switch (marker.valueType()) {
      case OFFSET_DATE_TIME -> CodeBlock.of("$T.offsetDateTime($L)", CLOCKS, now);
      case LOCAL_DATE_TIME -> CodeBlock.of("$T.localDateTime($L, $L.clock())", CLOCKS, now, db);
      default -> now;
    };
  }

  /** The constant holding a converter's instance, e.g. {@code Item_.PRICE_CONVERTER}. */
  static CodeBlock converter(ConverterModel converter) {
    return CodeBlock.of("$T.$N", GeneratedNames.className(converter.metamodel()),
        converter.constant());
  }

  /** {@code Map.of(Dialect.H2, <value>, Dialect.POSTGRESQL, <value>)}, one entry a line. */
  static CodeBlock perDialect(Function<SqlDialect, CodeBlock> value) {
    CodeBlock.Builder map = CodeBlock.builder().add("$T.of(", MAP).indent().indent();
    boolean first = true;
    for (SqlDialect dialect : SqlDialect.values()) {
      map.add(first ? "\n$T.$L, $L" : ",\n$T.$L, $L", DIALECT, dialect.runtimeName(),
          value.apply(dialect));
      first = false;
    }
    return map.add(")").unindent().unindent().build();
  }

  /**
   * What binds a boxed value of this property: the {@code Parameters} method, or a lambda
   * through the property's converter.
   */
  static CodeBlock binder(PropertyModel property) {
    if (property.converter() != null) {
      return CodeBlock.of("(parameters, index, value) -> $L",
          set("parameters", CodeBlock.of("index"), property.valueType(), false,
              property.converter(), CodeBlock.of("value")));
    }
    return CodeBlock.of("$T::$N", PARAMETERS, property.valueType().setter(false));
  }
}
