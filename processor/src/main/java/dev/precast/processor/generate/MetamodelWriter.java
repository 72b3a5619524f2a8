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
import dev.precast.processor.dialect.SoftDeleteSql;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.CheckModel;
import dev.precast.processor.model.CallbackModel;
import dev.precast.processor.model.EmbeddedModel;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IdStrategy;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.ReferenceModel;
import dev.precast.processor.model.SchemaModel;
import dev.precast.processor.model.Style;
import dev.precast.processor.model.UniqueModel;
import dev.precast.processor.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private static final ClassName CLOCK = ClassName.get("java.time", "Clock");
  private static final ClassName SOFT_DELETION =
      ClassName.get("dev.precast.internal", "SoftDeletion");
  private static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  private static final ClassName CLOCKS = ClassName.get("dev.precast.internal", "Clocks");

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
    for (EmbeddedModel embedded : entity.embeddeds()) {
      type.addType(embeddedColumns(embedded));
    }
    type.addField(table());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(mapper());
    for (EmbeddedModel embedded : entity.embeddeds()) {
      type.addMethod(embeddedMapper(embedded));
    }
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
    List<PropertyModel> insertStamps = new ArrayList<>();
    entity.createdAt().ifPresent(insertStamps::add);
    entity.updatedAt().ifPresent(insertStamps::add);
    if (!insertStamps.isEmpty()) {
      type.addMethod(stamp("stampInsert", insertStamps,
          "Returns {@code entity} with its creation and update times set to now."));
    }
    entity.updatedAt().ifPresent(updatedAt -> type.addMethod(stamp("stampUpdate",
        List.of(updatedAt), "Returns {@code entity} with its update time set to now.")));
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

  /**
   * {@code User_.ADDRESS}: the columns of an embedded value under their component names, so
   * that queries read {@code User_.ADDRESS.CITY.eq("Paris")}; the same constants as the flat
   * {@code User_.ADDRESS_CITY}.
   */
  private TypeSpec embeddedColumns(EmbeddedModel embedded) {
    ClassName metamodel = GeneratedNames.metamodel(entity);
    TypeSpec.Builder type = TypeSpec.classBuilder(Names.constantName(embedded.name()))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The columns of embedded field {@code $L}.\n", embedded.name());
    for (PropertyModel component : entity.components(embedded)) {
      FieldSpec flat = column(component);
      type.addField(FieldSpec.builder(flat.type(), Names.constantName(component.componentName()),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Column {@code $L}, component {@code $L}.\n", component.columnName(),
              component.path())
          .initializer("$T.$N", metamodel, flat.name())
          .build());
    }
    return type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
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
            .add("$T.of($L),\n$T::map$L)", Code.LIST, columns.build(),
                GeneratedNames.metamodel(entity), softDeletion())
            .unindent().unindent()
            .build())
        .build();
  }

  /** {@code new TableDefinition(...)}, the model's table as the runtime reads it. */
  /** {@code , new SoftDeletion(...)} for a {@code @SoftDelete} entity; else nothing. */
  private CodeBlock softDeletion() {
    return entity.softDelete().map(marker -> CodeBlock.of(",\nnew $T($S, $T.Marker.$L)",
        SOFT_DELETION, Identifiers.sql(marker.columnName()), SOFT_DELETION,
        SoftDeleteSql.markerConstant(marker))).orElse(CodeBlock.of(""));
  }

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
    List<EntityModel.Member> members = entity.members();
    if (entity.style() == Style.RECORD) {
      CodeBlock.Builder arguments = CodeBlock.builder();
      for (int i = 0; i < members.size(); i++) {
        arguments.add(i == 0 ? "\n$L" : ",\n$L", value(members.get(i)));
      }
      List<CallbackModel> afterLoad = entity.callbacks(CallbackModel.Kind.AFTER_LOAD);
      if (afterLoad.isEmpty()) {
        return method.addCode(CodeBlock.builder().add("return new $T(", entityType).indent()
            .indent().add(arguments.build()).unindent().unindent().add(");\n").build()).build();
      }
      method.addCode(CodeBlock.builder().add("$T $N = new $T(", entityType, ENTITY, entityType)
          .indent().indent().add(arguments.build()).unindent().unindent().add(");\n").build());
    } else {
      method.addStatement("$T $N = new $T()", entityType, ENTITY, entityType);
      for (EntityModel.Member member : members) {
        method.addStatement("$L", member.property() != null
            ? Code.write(ENTITY, member.property(), value(member))
            : Code.write(ENTITY, member.embedded(), value(member)));
      }
    }
    for (CallbackModel callback : entity.callbacks(CallbackModel.Kind.AFTER_LOAD)) {
      method.addStatement("$N.$N()", ENTITY, callback.name());
    }
    return method.addStatement("return $N", ENTITY).build();
  }

  /** The mapper's read of one field: its column, or for an embedded value its method. */
  private CodeBlock value(EntityModel.Member member) {
    if (member.property() != null) {
      return Code.get(ROW, entity.properties().indexOf(member.property()) + 1, member.property());
    }
    return CodeBlock.of("$N($N)", embeddedMapperName(member.embedded()), ROW);
  }

  private static String embeddedMapperName(EmbeddedModel embedded) {
    return "map" + Names.capitalize(embedded.name());
  }

  /**
   * {@code mapAddress}: the embedded value from its columns of the current row, null when
   * every one of them is NULL.
   */
  private MethodSpec embeddedMapper(EmbeddedModel embedded) {
    ClassName type = GeneratedNames.className(embedded.type());
    List<PropertyModel> components = entity.components(embedded);
    MethodSpec.Builder method = MethodSpec.methodBuilder(embeddedMapperName(embedded))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(Code.RESULT_SET, ROW)
        .addException(Code.SQL_EXCEPTION)
        .addJavadoc("Reads embedded field {@code $L} from the current row: null when its columns"
            + " are all NULL.\n", embedded.name());
    List<String> locals = new ArrayList<>();
    for (PropertyModel component : components) {
      String local = component.componentName();
      while (local.equals(ROW) || local.equals("value") || locals.contains(local)) {
        local = local + "_";
      }
      locals.add(local);
      method.addStatement("$T $N = $L", Code.type(component), local,
          Code.get(ROW, entity.properties().indexOf(component) + 1, component));
    }
    CodeBlock.Builder allNull = CodeBlock.builder();
    for (String local : locals) {
      allNull.add(allNull.isEmpty() ? "$N == null" : " && $N == null", local);
    }
    method.beginControlFlow("if ($L)", allNull.build()).addStatement("return null")
        .endControlFlow();
    if (embedded.style() == Style.RECORD) {
      CodeBlock.Builder arguments = CodeBlock.builder();
      for (String local : locals) {
        arguments.add(arguments.isEmpty() ? "$N" : ", $N", local);
      }
      return method.addStatement("return new $T($L)", type, arguments.build()).build();
    }
    method.addStatement("$T value = new $T()", type, type);
    for (int i = 0; i < components.size(); i++) {
      method.addStatement("$L", Code.write("value", components.get(i),
          CodeBlock.of("$N", locals.get(i))));
    }
    return method.addStatement("return value").build();
  }

  /**
   * {@code stampInsert} or {@code stampUpdate}: the entity with its {@code @CreatedAt} and
   * {@code @UpdatedAt} fields set to now, by the database's clock.
   */
  private MethodSpec stamp(String name, List<PropertyModel> stamped, String javadoc) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .returns(entityType)
        .addParameter(entityType, ENTITY)
        .addParameter(CLOCK, "clock")
        .addJavadoc(javadoc + "\n")
        .addStatement("$T now = $T.instant(clock)", INSTANT, CLOCKS);
    Map<PropertyModel, CodeBlock> changes = new LinkedHashMap<>();
    for (PropertyModel property : stamped) {
      changes.put(property, switch (property.valueType()) {
        case OFFSET_DATE_TIME -> CodeBlock.of("$T.offsetDateTime(now)", CLOCKS);
        case LOCAL_DATE_TIME -> CodeBlock.of("$T.localDateTime(now, clock)", CLOCKS);
        default -> CodeBlock.of("now");
      });
    }
    return withChanges(method, changes);
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
    return withChanges(method, Map.of(changed, value));
  }

  /** Ends {@code method}: returns the entity with the changes, the same instance or a new record. */
  private MethodSpec withChanges(MethodSpec.Builder method, Map<PropertyModel, CodeBlock> changes) {
    if (entity.style() == Style.RECORD) {
      CodeBlock.Builder arguments = CodeBlock.builder();
      for (EntityModel.Member member : entity.members()) {
        arguments.add(arguments.isEmpty() ? "$L" : ", $L", member.property() != null
            ? changes.getOrDefault(member.property(), Code.read(ENTITY, member.property()))
            : Code.read(ENTITY, member.embedded()));
      }
      return method.addStatement("return new $T($L)", entityType, arguments.build()).build();
    }
    changes.forEach((property, value) ->
        method.addStatement("$L", Code.write(ENTITY, property, value)));
    return method.addStatement("return $N", ENTITY).build();
  }
}
