package dev.precast.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.precast.TableConstraint;
import dev.precast.internal.ColumnDefinition;
import dev.precast.internal.ColumnType;
import dev.precast.internal.IndexDefinition;
import dev.precast.internal.TableDefinition;
import dev.precast.processor.dialect.Identifiers;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.CheckModel;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IdStrategy;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.ReferenceModel;
import dev.precast.processor.model.SchemaModel;
import dev.precast.processor.model.Style;
import dev.precast.processor.model.UniqueModel;
import dev.precast.processor.model.ValueType;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code User_}: the typed column constants, {@code TABLE} (with the DDL of every
 * dialect and the named constraints), the row mapper reading columns by index, and the
 * parameter binders of the repository's statements.
 */
public final class MetamodelWriter {
  private static final String ROW = "row";
  private static final String PARAMETERS = "parameters";
  private static final String ENTITY = "entity";
  /** The column type of {@code String} fields, which adds the pattern operators. */
  private static final ClassName STRING_COLUMN = ClassName.get("dev.precast", "StringColumn");

  private final EntityModel entity;
  private final SchemaModel schema;
  private final ClassName entityType;
  private final Statements statements;

  public MetamodelWriter(EntityModel entity, SchemaModel schema) {
    this.entity = entity;
    this.schema = schema;
    this.entityType = GeneratedNames.entity(entity);
    this.statements = new Statements(entity);
  }

  public JavaFile write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(GeneratedNames.metamodel(entity))
        .addOriginatingElement(entity.element())
        .addAnnotation(Code.generated())
        .addAnnotation(Code.suppressDeprecation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The metamodel of {@link $T}, table {@code $L}: typed columns for queries,\n"
            + "the row mapper and the DDL of every dialect.\n", entityType, entity.tableName());
    for (PropertyModel property : entity.properties()) {
      if (property.converter() != null) {
        type.addField(converter(property));
      }
    }
    for (PropertyModel property : entity.properties()) {
      type.addField(column(property));
    }
    type.addField(table());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(mapper());
    type.addMethod(binder("bindInsert", statements.insertColumns(),
        "Binds the parameters of the repository's INSERT."));
    PropertyModel id = entity.id().orElseThrow();
    if (id.idStrategy() == IdStrategy.IDENTITY) {
      type.addMethod(withValue("withGeneratedId", id,
          CodeBlock.of("$L", Code.get("keys", 1, id)), "keys", Code.RESULT_SET,
          "Returns {@code entity} with the key the database generated for it."));
    }
    if (id.idStrategy() == IdStrategy.RANDOM_UUID) {
      type.addMethod(withValue("withId", id, CodeBlock.of("id"), "id", Code.UUID,
          "Returns {@code entity} with the id {@code id}."));
    }
    if (statements.update() != null) {
      type.addMethod(binder("bindUpdate", statements.updateColumns(),
          "Binds the parameters of the repository's UPDATE: the columns, then the id"
              + (entity.version().isPresent() ? ", then the version." : ".")));
    }
    entity.version().ifPresent(version -> type.addMethod(withValue("withVersion", version,
        CodeBlock.of("version"), "version", Code.type(version),
        "Returns {@code entity} with the version {@code version}.")));
    return JavaFile.builder(entity.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** The one instance of a field's converter, which every read and write of the field uses. */
  private static FieldSpec converter(PropertyModel property) {
    ClassName converter = GeneratedNames.className(property.converter().type());
    boolean jackson = property.json() != null && property.json().jackson();
    return FieldSpec.builder(
            jackson ? ParameterizedTypeName.get(converter, Code.boxedType(property)) : converter,
            property.converter().constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Converts field {@code $L} to column {@code $L} and back.\n",
            property.name(), property.columnName())
        .initializer(jackson ? Code.jacksonJson(property.json().type())
            : CodeBlock.of("new $T()", converter))
        .build();
  }

  /**
   * {@code EntityColumn<User, Long> ID}, or for a {@code String} field {@code
   * StringColumn<User> NAME}, whose pattern operators then only compile on text.
   */
  private FieldSpec column(PropertyModel property) {
    boolean text = property.valueType() == ValueType.STRING && property.converter() == null;
    ClassName columnClass = text ? STRING_COLUMN : Code.ENTITY_COLUMN;
    ParameterizedTypeName type = text
        ? ParameterizedTypeName.get(STRING_COLUMN, entityType)
        : ParameterizedTypeName.get(Code.ENTITY_COLUMN, entityType, Code.boxedType(property));
    return FieldSpec.builder(type, Names.constantName(property.name()),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Column {@code $L} ($L), field {@code $L}.\n", property.columnName(),
            SqlDialect.POSTGRESQL.columnType(property), property.name())
        .initializer("new $T<>($S, $S, $S, $L)", columnClass, property.columnName(),
            Identifiers.sql(property.columnName()), property.name(), Code.binder(property))
        .build();
  }

  private FieldSpec table() {
    CodeBlock.Builder columns = CodeBlock.builder();
    for (PropertyModel property : entity.properties()) {
      columns.add(columns.isEmpty() ? "$N" : ", $N", Names.constantName(property.name()));
    }
    return FieldSpec.builder(ParameterizedTypeName.get(Code.ENTITY_TABLE, entityType),
            Names.TABLE_CONSTANT,
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The table {@code $L}: its columns, constraints, mapper and DDL.\n",
            entity.tableName())
        .initializer(CodeBlock.builder()
            .add("new $T<>(\n", Code.ENTITY_TABLE).indent().indent()
            .add("$L,\n", definition(TableDefinitions.of(entity, schema)))
            .add("$T.of($L),\n$T::map)", Code.LIST, columns.build(),
                GeneratedNames.metamodel(entity))
            .unindent().unindent()
            .build())
        .build();
  }

  /** {@code new TableDefinition(...)}, the model's table as the runtime reads it. */
  private static CodeBlock definition(TableDefinition table) {
    return CodeBlock.builder()
        .add("new $T(\n", Code.TABLE_DEFINITION).indent().indent()
        .add("$S,\n$S,\n$S,\n", table.name(), table.sqlName(), table.entity())
        .add("$L,\n", list(table.columns(), MetamodelWriter::column))
        .add("$L,\n", list(table.constraints(), MetamodelWriter::constraint))
        .add("$L,\n", list(table.indexes(), MetamodelWriter::index))
        .add("$L,\n", Code.perDialect(dialect -> strings(
            table.createStatements().get(TableDefinitions.runtimeDialect(dialect)))))
        .add("$L)", Code.perDialect(dialect -> strings(
            table.deferredStatements().get(TableDefinitions.runtimeDialect(dialect)))))
        .unindent().unindent()
        .build();
  }

  private static CodeBlock column(ColumnDefinition column) {
    return CodeBlock.of("new $T($S, $S, $S, $L, $L)", Code.COLUMN_DEFINITION, column.name(),
        column.sqlName(), column.property(), column.nullable(), Code.perDialect(dialect -> {
          ColumnType type = column.types().get(TableDefinitions.runtimeDialect(dialect));
          return CodeBlock.of(type.approximate() ? "new $T($S, $S, $L, $L, $L, $S, true)"
                  : "new $T($S, $S, $L, $L, $L, $S)", Code.COLUMN_TYPE, type.ddl(),
              type.catalogType(), type.length(), type.precision(), type.scale(),
              type.identity());
        }));
  }

  /** {@code new TableConstraint(name, kind, table, columns, properties, definition, ...)}. */
  private static CodeBlock constraint(TableConstraint constraint) {
    CodeBlock onDelete = constraint.onDelete() == null
        ? CodeBlock.of("null")
        : CodeBlock.of("$T.$L", Code.REFERENTIAL_ACTION, constraint.onDelete().name());
    return CodeBlock.of("new $T($S, $T.Kind.$L, $S, $L, $L, $S, $S, $L)", Code.TABLE_CONSTRAINT,
        constraint.name(), Code.TABLE_CONSTRAINT, constraint.kind().name(), constraint.table(),
        strings(constraint.columns()), strings(constraint.properties()),
        constraint.definition(), constraint.referencedTable(), onDelete);
  }

  private static CodeBlock index(IndexDefinition index) {
    return CodeBlock.of("new $T($S, $L, $L)", Code.INDEX_DEFINITION, index.name(),
        strings(index.columns()), strings(index.properties()));
  }

  /** {@code List.of("a", "b")}. */
  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder items = CodeBlock.builder();
    for (String value : values) {
      items.add(items.isEmpty() ? "$S" : ", $S", value);
    }
    return CodeBlock.of("$T.of($L)", Code.LIST, items.build());
  }

  /** {@code List.of(\n  a,\n  b)}, one element per line. */
  private static <T> CodeBlock list(List<T> values, Function<T, CodeBlock> element) {
    CodeBlock.Builder items = CodeBlock.builder().add("$T.of(", Code.LIST).indent().indent();
    boolean first = true;
    for (T value : values) {
      items.add(first ? "\n$L" : ",\n$L", element.apply(value));
      first = false;
    }
    return items.add(")").unindent().unindent().build();
  }

  private MethodSpec mapper() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("map")
        .addModifiers(Modifier.STATIC)
        .returns(entityType)
        .addParameter(Code.RESULT_SET, ROW)
        .addException(Code.SQL_EXCEPTION)
        .addJavadoc("Reads the current row of {@code SELECT $L}.\n", statements.selectList());
    List<PropertyModel> properties = entity.properties();
    if (entity.style() == Style.RECORD) {
      CodeBlock.Builder arguments = CodeBlock.builder();
      for (int i = 0; i < properties.size(); i++) {
        arguments.add(i == 0 ? "\n$L" : ",\n$L", Code.get(ROW, i + 1, properties.get(i)));
      }
      return method.addCode(CodeBlock.builder().add("return new $T(", entityType).indent()
          .indent().add(arguments.build()).unindent().unindent().add(");\n").build()).build();
    }
    method.addStatement("$T $N = new $T()", entityType, ENTITY, entityType);
    for (int i = 0; i < properties.size(); i++) {
      PropertyModel property = properties.get(i);
      method.addStatement("$L", Code.write(ENTITY, property, Code.get(ROW, i + 1, property)));
    }
    return method.addStatement("return $N", ENTITY).build();
  }

  private MethodSpec binder(String name, List<PropertyModel> columns, String javadoc) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .addParameter(Code.PARAMETERS, PARAMETERS)
        .addParameter(entityType, ENTITY)
        .addException(Code.SQL_EXCEPTION)
        .addJavadoc(javadoc + "\n");
    for (int i = 0; i < columns.size(); i++) {
      PropertyModel property = columns.get(i);
      method.addStatement("$L", Code.set(PARAMETERS, i + 1, property, Code.read(ENTITY, property)));
    }
    return method.build();
  }

  /** Returns the entity with a new value of one property: the same instance, or a new record. */
  private MethodSpec withValue(String name, PropertyModel changed, CodeBlock value,
      String parameter, TypeName parameterType, String javadoc) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .returns(entityType)
        .addParameter(entityType, ENTITY)
        .addParameter(parameterType, parameter)
        .addJavadoc(javadoc + "\n");
    if (parameterType.equals(Code.RESULT_SET)) {
      method.addException(Code.SQL_EXCEPTION);
    }
    if (entity.style() == Style.RECORD) {
      CodeBlock.Builder arguments = CodeBlock.builder();
      for (PropertyModel property : entity.properties()) {
        arguments.add(arguments.isEmpty() ? "$L" : ", $L",
            property == changed ? value : Code.read(ENTITY, property));
      }
      return method.addStatement("return new $T($L)", entityType, arguments.build()).build();
    }
    return method.addStatement("$L", Code.write(ENTITY, changed, value))
        .addStatement("return $N", ENTITY)
        .build();
  }
}
