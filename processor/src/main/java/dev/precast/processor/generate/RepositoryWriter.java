package dev.precast.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.CallbackModel;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IdStrategy;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.Style;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code UserRepository}: CRUD over the entity's table with SQL held in constants,
 * {@code findBy<Field>} for every single-column unique field, and {@code query()} for the DSL.
 * Inserts and updates run the generated validator first.
 */
public final class RepositoryWriter {
  private static final String DB = "db";
  private static final ClassName CRUD_REPOSITORY = ClassName.get("dev.precast", "CrudRepository");

  private final EntityModel entity;
  private final ClassName entityType;
  private final ClassName metamodel;
  private final PropertyModel id;
  private final TypeName idType;
  private final String parameter;
  private final Statements statements;

  public RepositoryWriter(EntityModel entity) {
    this.entity = entity;
    this.entityType = GeneratedNames.entity(entity);
    this.metamodel = GeneratedNames.metamodel(entity);
    this.id = entity.id().orElseThrow();
    this.idType = Code.boxedType(id);
    this.parameter = GeneratedNames.parameter(entity);
    this.statements = new Statements(entity);
  }

  public JavaFile write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(GeneratedNames.repository(entity))
        .addOriginatingElement(entity.element())
        .addAnnotation(Code.generated())
        .addAnnotation(Code.suppressDeprecation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Reads and writes {@link $T} rows of table {@code $L}. Every value is a bound\n"
            + "parameter; inserts and updates are validated first, by {@link $T}.\n"
            + "\n<pre>{@code\n$T repository = new $T(db);\n}</pre>\n",
            entityType, entity.tableName(), GeneratedNames.validator(entity),
            GeneratedNames.repository(entity), GeneratedNames.repository(entity));
    if (statements.update() != null) {
      type.addSuperinterface(ParameterizedTypeName.get(CRUD_REPOSITORY, entityType, idType));
    }
    addSql(type);
    type.addField(FieldSpec.builder(GeneratedNames.validator(entity), "VALIDATOR",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", GeneratedNames.validator(entity)).build());
    type.addField(readerField("ONE", ParameterizedTypeName.get(Code.OPTIONAL, entityType),
        "optional"));
    type.addField(readerField("ALL", ParameterizedTypeName.get(Code.LIST, entityType), "list"));
    type.addField(Code.DATABASE, DB, Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Code.DATABASE, DB)
        .addJavadoc("A repository on {@code db}.\n")
        .addStatement("this.$N = $T.requireNonNull($N, $S)", DB, Code.OBJECTS, DB, DB)
        .build());
    type.addMethod(insert());
    type.addMethod(insertAll());
    if (statements.update() != null) {
      type.addMethod(update());
    }
    if (entity.version().isEmpty()
        && (id.idStrategy() != IdStrategy.IDENTITY || statements.update() != null)) {
      type.addMethod(upsert());
      for (PropertyModel unique : uniqueFinders()) {
        type.addMethod(upsertBy(unique));
      }
    }
    if (statements.update() != null) {
      type.addMethod(updateAll());
    }
    type.addMethod(delete());
    type.addMethod(deleteAll());
    type.addMethod(deleteById());
    type.addMethod(findById());
    type.addMethod(findByIdForUpdate());
    for (PropertyModel unique : uniqueFinders()) {
      type.addMethod(findByUnique(unique));
    }
    for (PropertyModel reference : referenceFinders()) {
      type.addMethod(findByReference(reference));
    }
    type.addMethod(findAll());
    type.addMethod(count());
    type.addMethod(existsById());
    type.addMethod(MethodSpec.methodBuilder("query")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Code.QUERY, entityType))
        .addJavadoc("A type-safe query on this table, e.g.\n"
            + "{@code query().where($T.$L.eq(value)).list()}.\n", metamodel,
            Names.constantName(id.name()))
        .addStatement("return $T.from($N, $T.TABLE)", Code.QUERY, DB, metamodel)
        .build());
    return JavaFile.builder(entity.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private void addSql(TypeSpec.Builder type) {
    sql(type, "SELECT_BY_ID", statements.selectWhere(id));
    sql(type, "SELECT_BY_ID_FOR_UPDATE", statements.selectByIdForUpdate());
    for (PropertyModel unique : uniqueFinders()) {
      sql(type, "SELECT_BY_" + Names.constantName(unique.name()), statements.selectWhere(unique));
    }
    for (PropertyModel reference : referenceFinders()) {
      sql(type, "SELECT_BY_" + Names.constantName(reference.name()),
          statements.selectAllWhere(reference));
    }
    sql(type, "SELECT_ALL", statements.selectAll());
    sql(type, "INSERT", statements.insert());
    if (statements.update() != null) {
      sql(type, "UPDATE", statements.update());
    }
    if (entity.version().isEmpty()) {
      if (id.idStrategy() != IdStrategy.IDENTITY) {
        dialectSql(type, "UPSERT", statements::upsertById);
      }
      for (PropertyModel unique : uniqueFinders()) {
        dialectSql(type, "UPSERT_BY_" + Names.constantName(unique.name()),
            dialect -> statements.upsertBy(unique, dialect));
      }
    }
    sql(type, "DELETE_BY_ID", statements.deleteById());
    if (entity.version().isPresent()) {
      sql(type, "DELETE_VERSIONED", statements.deleteVersioned());
    }
    sql(type, "COUNT", statements.count());
    sql(type, "EXISTS_BY_ID", statements.existsById());
  }

  private static void sql(TypeSpec.Builder type, String name, String sql) {
    type.addField(FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$S", sql).build());
  }

  private static void dialectSql(
      TypeSpec.Builder type, String name, Function<SqlDialect, String> sql) {
    type.addField(FieldSpec.builder(
            ParameterizedTypeName.get(Code.MAP, Code.DIALECT, ClassName.get(String.class)), name,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(Code.perDialect(dialect -> CodeBlock.of("$S", sql.apply(dialect))))
        .build());
  }

  /** The single-column unique fields, which get {@code findBy<Field>} and upserts. */
  private List<PropertyModel> uniqueFinders() {
    return entity.uniques().stream()
        .filter(unique -> !unique.onType())
        .map(unique -> entity.propertyByColumn(unique.columns().get(0)).orElseThrow())
        .filter(property -> !property.isId())
        .toList();
  }

  private MethodSpec upsert() {
    MethodSpec.Builder method = publicMethod("upsert")
        .returns(entityType)
        .addParameter(entityType, parameter);
    if (id.idStrategy() == IdStrategy.IDENTITY) {
      return method
          .addJavadoc("Validates {@code $N} and stores it: inserts it when it has no id yet, else\n"
              + "updates the row with its id (the database generates ids, so no row is created\n"
              + "with a chosen one). Returns the row as stored.\n", parameter)
          .addJavadoc(throwsDoc())
          .addJavadoc("@throws dev.precast.PrecastException when no row has its id\n")
          .beginControlFlow("if ($L)", idUnset(parameter))
          .addStatement("return insert($N)", parameter)
          .endControlFlow()
          .addStatement("$N.validateOrThrow($N)", "VALIDATOR", parameter)
          .addStatement("return $N.inTransaction(tx -> {\n$>"
              + "$T.updateOne($N, $T.TABLE, UPDATE, parameters -> $T.bindUpdate(parameters, $N), $L);\n"
              + "return findById($L).orElseThrow();\n$<})",
              DB, Code.JDBC, DB, metamodel, metamodel, parameter, Code.read(parameter, id),
              Code.read(parameter, id))
          .build();
    }
    method
        .addJavadoc("Validates {@code $N} and stores it: updates the row with its id, or inserts\n"
            + "it where there is none. Returns the row as stored.\n", parameter)
        .addJavadoc(throwsDoc());
    if (id.idStrategy() == IdStrategy.RANDOM_UUID) {
      method.beginControlFlow("if ($L)", idUnset(parameter))
          .addStatement("return insert($N)", parameter)
          .endControlFlow();
    }
    return method
        .addStatement("$N.validateOrThrow($N)", "VALIDATOR", parameter)
        .addStatement("return $N.inTransaction(tx -> {\n$>"
            + "$T.update($N, $T.TABLE, UPSERT.get($N.dialect()), parameters -> $T.bindInsert(parameters, $N));\n"
            + "return findById($L).orElseThrow();\n$<})",
            DB, Code.JDBC, DB, metamodel, DB, metamodel, parameter, Code.read(parameter, id))
        .build();
  }

  private MethodSpec upsertBy(PropertyModel key) {
    String name = Names.capitalize(key.name());
    MethodSpec.Builder method = publicMethod("upsertBy" + name)
        .returns(entityType)
        .addParameter(entityType, parameter)
        .addJavadoc("Validates {@code $N} and stores it: updates the row with its {@code $L}\n"
            + "(keeping that row's id), or inserts it where there is none. Returns the row as\n"
            + "stored.\n", parameter, key.columnName())
        .addJavadoc(throwsDoc())
        .addStatement("$N.validateOrThrow($N)", "VALIDATOR", parameter);
    String stored = parameter;
    if (id.idStrategy() == IdStrategy.RANDOM_UUID) {
      stored = "stored";
      method.addStatement("$T stored = $L ? $T.withId($N, $T.randomUUID()) : $N", entityType,
          idUnset(parameter), metamodel, parameter, Code.UUID, parameter);
    }
    return method
        .addStatement("return $N.inTransaction(tx -> {\n$>"
            + "$T.update($N, $T.TABLE, UPSERT_BY_$L.get($N.dialect()), parameters -> $T.bindInsert(parameters, $N));\n"
            + "return findBy$L($L).orElseThrow();\n$<})",
            DB, Code.JDBC, DB, metamodel, Names.constantName(key.name()), DB, metamodel, stored,
            name, Code.read(stored, key))
        .build();
  }

  private FieldSpec readerField(String name, TypeName resultType, String factory) {
    return FieldSpec.builder(ParameterizedTypeName.get(Code.RESULT_READER, resultType), name,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.$N($T::map)", Code.RESULTS, factory, metamodel)
        .build();
  }

  /**
   * Emits what runs before an entity in {@code variable} is written: its {@code before}
   * callbacks, then the audit stamp {@code stamp} when the entity has one. Returns the
   * variable that holds the entity to validate and write.
   */
  private String beforeWrite(MethodSpec.Builder method, String variable,
      CallbackModel.Kind before, String stamp, String prepared) {
    for (CallbackModel callback : entity.callbacks(before)) {
      method.addStatement("$N.$N()", variable, callback.name());
    }
    if (!stamps(stamp)) {
      return variable;
    }
    method.addStatement("$T $N = $T.$N($N, $N.clock())", entityType, prepared, metamodel, stamp,
        variable, DB);
    return prepared;
  }

  /** Whether the entity has a stamp of this name: {@code stampInsert} or {@code stampUpdate}. */
  private boolean stamps(String stamp) {
    return stamp.equals("stampInsert")
        ? entity.createdAt().isPresent() || entity.updatedAt().isPresent()
        : entity.updatedAt().isPresent();
  }

  /** Whether anything runs before a write: callbacks of {@code before}, or the stamp. */
  private boolean prepares(CallbackModel.Kind before, String stamp) {
    return !entity.callbacks(before).isEmpty() || stamps(stamp);
  }

  /** Calls the {@code after} callbacks on the entity in {@code variable}. */
  private void afterWrite(MethodSpec.Builder method, String variable, CallbackModel.Kind after) {
    for (CallbackModel callback : entity.callbacks(after)) {
      method.addStatement("$N.$N()", variable, callback.name());
    }
  }

  /** Returns {@code stored} after the {@code after} callbacks ran on it. */
  private void returnAfter(MethodSpec.Builder method, CodeBlock stored, CallbackModel.Kind after) {
    if (entity.callbacks(after).isEmpty()) {
      method.addStatement("return $L", stored);
      return;
    }
    method.addStatement("$T stored = $L", entityType, stored);
    afterWrite(method, "stored", after);
    method.addStatement("return stored");
  }

  /** Returns the list {@code stored} after the {@code after} callbacks ran on each row. */
  private void returnAllAfter(MethodSpec.Builder method, CodeBlock stored,
      CallbackModel.Kind after) {
    if (entity.callbacks(after).isEmpty()) {
      method.addStatement("return $L", stored);
      return;
    }
    method.addStatement("$T stored = $L", ParameterizedTypeName.get(Code.LIST, entityType),
        stored);
    method.beginControlFlow("for ($T row : stored)", entityType);
    afterWrite(method, "row", after);
    method.endControlFlow();
    method.addStatement("return stored");
  }

  private MethodSpec.Builder publicMethod(String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
  }

  private CodeBlock idUnset(String variable) {
    CodeBlock read = Code.read(variable, id);
    return id.primitive() ? CodeBlock.of("$L == 0", read) : CodeBlock.of("$L == null", read);
  }

  private MethodSpec insert() {
    MethodSpec.Builder method = publicMethod("insert")
        .returns(entityType)
        .addParameter(entityType, parameter);
    String row = beforeWrite(method, parameter, CallbackModel.Kind.BEFORE_INSERT, "stampInsert",
        "prepared");
    method.addStatement("$N.validateOrThrow($N)", "VALIDATOR", row);
    switch (id.idStrategy()) {
      case IDENTITY -> {
        method
            .addJavadoc("Validates and inserts {@code $N}, whose id must be unset; returns it"
                + " with\nthe id the database generated$L.\n", parameter, recordNote())
            .addStatement("$T.requireUnsetKey($T.TABLE, $L, $L, -1)", Code.JDBC, metamodel,
                idUnset(row), Code.read(row, id));
        returnAfter(method, CodeBlock.of("$T.insert($N, $T.TABLE, INSERT, $N, $T::bindInsert, $S,"
            + " $T::withGeneratedId)", Code.JDBC, DB, metamodel, row, metamodel,
            id.columnName(), metamodel), CallbackModel.Kind.AFTER_INSERT);
      }
      case RANDOM_UUID -> {
        method
            .addJavadoc("Validates and inserts {@code $N}, with a random id when its id is"
                + " null;\nreturns it with its id$L.\n", parameter, recordNote())
            .addStatement("$T stored = $L ? $T.withId($N, $T.randomUUID()) : $N", entityType,
                idUnset(row), metamodel, row, Code.UUID, row)
            .addStatement("$T.update($N, $T.TABLE, INSERT, parameters -> $T.bindInsert(parameters,"
                + " stored))", Code.JDBC, DB, metamodel, metamodel);
        afterWrite(method, "stored", CallbackModel.Kind.AFTER_INSERT);
        method.addStatement("return stored");
      }
      case ASSIGNED -> {
        method
            .addJavadoc("Validates and inserts {@code $N}; returns it.\n", parameter)
            .addStatement("$T.update($N, $T.TABLE, INSERT, parameters -> $T.bindInsert(parameters,"
                + " $N))", Code.JDBC, DB, metamodel, metamodel, row);
        afterWrite(method, row, CallbackModel.Kind.AFTER_INSERT);
        method.addStatement("return $N", row);
      }
    }
    return method.addJavadoc(throwsDoc()).build();
  }

  private MethodSpec insertAll() {
    ParameterizedTypeName list = ParameterizedTypeName.get(Code.LIST, entityType);
    MethodSpec.Builder method = publicMethod("insertAll")
        .returns(list)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Iterable.class), entityType), "rows")
        .addJavadoc("Validates every row, then inserts them all in one JDBC batch and one\n"
            + "transaction: a bad row stores nothing. Returns the rows, in order, with their ids.\n")
        .addJavadoc(throwsDoc())
        .addStatement("$T valid = new $T<>()", list, Code.ARRAY_LIST)
        .beginControlFlow("for ($T $N : rows)", entityType,
            prepares(CallbackModel.Kind.BEFORE_INSERT, "stampInsert") ? "given" : "row");
    if (prepares(CallbackModel.Kind.BEFORE_INSERT, "stampInsert")) {
      String row = beforeWrite(method, "given", CallbackModel.Kind.BEFORE_INSERT, "stampInsert",
          "row");
      if (row.equals("given")) {
        method.addStatement("$T row = given", entityType);
      }
    }
    method.addStatement("$N.validateOrThrow(row, valid.size())", "VALIDATOR");
    switch (id.idStrategy()) {
      case IDENTITY -> {
        method
            .addStatement("$T.requireUnsetKey($T.TABLE, $L, $L, valid.size())", Code.JDBC,
                metamodel, idUnset("row"), Code.read("row", id))
            .addStatement("valid.add(row)")
            .endControlFlow();
        returnAllAfter(method, CodeBlock.of("$T.batch($N, $T.TABLE, INSERT, valid,"
            + " $T::bindInsert, $S, $T::withGeneratedId)", Code.JDBC, DB, metamodel, metamodel,
            id.columnName(), metamodel), CallbackModel.Kind.AFTER_INSERT);
      }
      case RANDOM_UUID -> {
        method
            .addStatement("valid.add($L ? $T.withId(row, $T.randomUUID()) : row)",
                idUnset("row"), metamodel, Code.UUID)
            .endControlFlow();
        returnAllAfter(method, CodeBlock.of("$T.batch($N, $T.TABLE, INSERT, valid,"
            + " $T::bindInsert)", Code.JDBC, DB, metamodel, metamodel),
            CallbackModel.Kind.AFTER_INSERT);
      }
      case ASSIGNED -> {
        method
            .addStatement("valid.add(row)")
            .endControlFlow();
        returnAllAfter(method, CodeBlock.of("$T.batch($N, $T.TABLE, INSERT, valid,"
            + " $T::bindInsert)", Code.JDBC, DB, metamodel, metamodel),
            CallbackModel.Kind.AFTER_INSERT);
      }
    }
    return method.build();
  }

  private MethodSpec update() {
    MethodSpec.Builder method = publicMethod("update")
        .returns(entityType)
        .addParameter(entityType, parameter);
    String row = beforeWrite(method, parameter, CallbackModel.Kind.BEFORE_UPDATE, "stampUpdate",
        "prepared");
    method.addStatement("$N.validateOrThrow($N)", "VALIDATOR", row);
    CodeBlock binder = CodeBlock.of("parameters -> $T.bindUpdate(parameters, $N)", metamodel, row);
    Optional<PropertyModel> version = entity.version();
    if (version.isEmpty()) {
      method
          .addJavadoc("Validates {@code $N} and writes every column of its row; returns it.\n",
              parameter)
          .addJavadoc(throwsDoc())
          .addJavadoc("@throws dev.precast.PrecastException when no row has its id\n")
          .addStatement("$T.updateOne($N, $T.TABLE, UPDATE, $L, $L)", Code.JDBC, DB, metamodel,
              binder, Code.read(row, id));
      afterWrite(method, row, CallbackModel.Kind.AFTER_UPDATE);
      return method.addStatement("return $N", row).build();
    }
    CodeBlock current = Code.read(row, version.get());
    method
        .addJavadoc("Validates {@code $N} and writes every column of its row if the row still\n"
            + "has its version, which goes up by one; returns it with the new version$L.\n",
            parameter, recordNote())
        .addJavadoc(throwsDoc())
        .addJavadoc("@throws dev.precast.OptimisticLockException when the row was changed or\n"
            + "    deleted since {@code $N} was read; nothing is changed\n", parameter)
        .addStatement("$T.updateVersioned($N, $T.TABLE, UPDATE, $L, $L, $L)", Code.JDBC, DB,
            metamodel, binder, Code.read(row, id), current);
    returnAfter(method, CodeBlock.of("$T.withVersion($N, $L + 1)", metamodel, row, current),
        CallbackModel.Kind.AFTER_UPDATE);
    return method.build();
  }

  private MethodSpec delete() {
    MethodSpec.Builder method = publicMethod("delete")
        .returns(TypeName.BOOLEAN)
        .addParameter(entityType, parameter);
    afterWrite(method, parameter, CallbackModel.Kind.BEFORE_DELETE);
    boolean after = !entity.callbacks(CallbackModel.Kind.AFTER_DELETE).isEmpty();
    Optional<PropertyModel> version = entity.version();
    if (version.isEmpty()) {
      method.addJavadoc("Deletes the row of {@code $N}; returns whether there was one.\n",
          parameter);
      if (!after) {
        return method.addStatement("return deleteById($L)", Code.read(parameter, id)).build();
      }
      method.beginControlFlow("if (!deleteById($L))", Code.read(parameter, id))
          .addStatement("return false")
          .endControlFlow();
      afterWrite(method, parameter, CallbackModel.Kind.AFTER_DELETE);
      return method.addStatement("return true").build();
    }
    CodeBlock current = Code.read(parameter, version.get());
    method
        .addJavadoc("Deletes the row of {@code $N} if it still has its version; returns true.\n"
            + "\n@throws dev.precast.OptimisticLockException when the row was changed or"
            + " deleted\n    since {@code $N} was read; nothing is deleted\n", parameter,
            parameter)
        .addStatement("$T.deleteVersioned($N, $T.TABLE, DELETE_VERSIONED, parameters -> {\n$>"
            + "$L$L;\n$L;\n$<}, $L, $L)", Code.JDBC, DB, metamodel, deletionTime(),
            Code.set("parameters", 1 + timeShift(), id, Code.read(parameter, id)),
            Code.set("parameters", 2 + timeShift(), version.get(), current),
            Code.read(parameter, id), current);
    afterWrite(method, parameter, CallbackModel.Kind.AFTER_DELETE);
    return method.addStatement("return true").build();
  }

  private MethodSpec updateAll() {
    ParameterizedTypeName list = ParameterizedTypeName.get(Code.LIST, entityType);
    boolean prepares = prepares(CallbackModel.Kind.BEFORE_UPDATE, "stampUpdate");
    MethodSpec.Builder method = publicMethod("updateAll")
        .returns(list)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Iterable.class), entityType), "rows")
        .addStatement("$T valid = new $T<>()", list, Code.ARRAY_LIST)
        .beginControlFlow("for ($T $N : rows)", entityType, prepares ? "given" : "row");
    if (prepares) {
      String row = beforeWrite(method, "given", CallbackModel.Kind.BEFORE_UPDATE, "stampUpdate",
          "row");
      if (row.equals("given")) {
        method.addStatement("$T row = given", entityType);
      }
    }
    method
        .addStatement("$N.validateOrThrow(row, valid.size())", "VALIDATOR")
        .addStatement("valid.add(row)")
        .endControlFlow();
    Optional<PropertyModel> version = entity.version();
    if (version.isEmpty()) {
      method
          .addJavadoc("Validates every row, then writes them all in one JDBC batch and one\n"
              + "transaction; returns them. Nothing is written unless every row exists.\n")
          .addJavadoc(throwsDoc())
          .addJavadoc("@throws dev.precast.PrecastException naming the first row that has no row"
              + " in the table\n");
      returnAllAfter(method, CodeBlock.of("$T.updateAll($N, $T.TABLE, UPDATE, valid,"
          + " $T::bindUpdate, row -> $L)", Code.JDBC, DB, metamodel, metamodel,
          Code.read("row", id)), CallbackModel.Kind.AFTER_UPDATE);
      return method.build();
    }
    method
        .addJavadoc("Validates every row, then writes them all in one JDBC batch and one\n"
            + "transaction, each only if its row still has its version; returns them with their\n"
            + "new versions. Nothing is written unless every row is current.\n")
        .addJavadoc(throwsDoc())
        .addJavadoc("@throws dev.precast.OptimisticLockException naming the first stale row\n")
        .addStatement("$T.updateAllVersioned($N, $T.TABLE, UPDATE, valid, $T::bindUpdate,"
            + " row -> $L, row -> $L)", Code.JDBC, DB, metamodel, metamodel,
            Code.read("row", id), Code.read("row", version.get()))
        .addStatement("$T updated = new $T<>(valid.size())", list, Code.ARRAY_LIST)
        .beginControlFlow("for ($T row : valid)", entityType)
        .addStatement("updated.add($T.withVersion(row, $L + 1))", metamodel,
            Code.read("row", version.get()))
        .endControlFlow();
    returnAllAfter(method, CodeBlock.of("updated"), CallbackModel.Kind.AFTER_UPDATE);
    return method.build();
  }

  private MethodSpec deleteAll() {
    MethodSpec.Builder method = publicMethod("deleteAll")
        .returns(TypeName.INT)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Iterable.class), entityType), "rows");
    Optional<PropertyModel> version = entity.version();
    if (version.isEmpty()) {
      ParameterizedTypeName ids = ParameterizedTypeName.get(Code.LIST, idType);
      method
          .addJavadoc("Deletes the rows of {@code rows} in one JDBC batch and one transaction;\n"
              + "returns how many there were.\n")
          .addStatement("$T ids = new $T<>()", ids, Code.ARRAY_LIST)
          .beginControlFlow("for ($T row : rows)", entityType);
      afterWrite(method, "row", CallbackModel.Kind.BEFORE_DELETE);
      method.addStatement("ids.add($L)", Code.read("row", id))
          .endControlFlow();
      CodeBlock delete = timeShift() == 0
          ? CodeBlock.of("$T.deleteAllById($N, $T.TABLE, DELETE_BY_ID, ids,"
              + " (parameters, id) -> parameters.$N(1, id))", Code.JDBC, DB, metamodel,
              id.valueType().setter(false))
          : CodeBlock.of("$T.deleteAllById($N, $T.TABLE, DELETE_BY_ID, ids,"
              + " (parameters, id) -> {\n$>$Lparameters.$N(2, id);\n$<})", Code.JDBC, DB,
              metamodel, deletionTime(), id.valueType().setter(false));
      if (entity.callbacks(CallbackModel.Kind.AFTER_DELETE).isEmpty()) {
        return method.addStatement("return $L", delete).build();
      }
      method.addStatement("int deleted = $L", delete)
          .beginControlFlow("for ($T row : rows)", entityType);
      afterWrite(method, "row", CallbackModel.Kind.AFTER_DELETE);
      return method.endControlFlow().addStatement("return deleted").build();
    }
    ParameterizedTypeName list = ParameterizedTypeName.get(Code.LIST, entityType);
    method
        .addJavadoc("Deletes the rows of {@code rows} in one JDBC batch and one transaction, each\n"
            + "only if it still has its version; returns how many were deleted.\n"
            + "\n@throws dev.precast.OptimisticLockException naming the first stale row;"
            + " nothing is\n    deleted then\n")
        .addStatement("$T all = new $T<>()", list, Code.ARRAY_LIST)
        .addStatement("rows.forEach(all::add)");
    if (!entity.callbacks(CallbackModel.Kind.BEFORE_DELETE).isEmpty()) {
      method.beginControlFlow("for ($T row : all)", entityType);
      afterWrite(method, "row", CallbackModel.Kind.BEFORE_DELETE);
      method.endControlFlow();
    }
    method.addStatement("$T.updateAllVersioned($N, $T.TABLE, DELETE_VERSIONED, all,"
            + " (parameters, row) -> {\n$>$L$L;\n$L;\n$<}, row -> $L, row -> $L)", Code.JDBC, DB,
            metamodel, deletionTime(),
            Code.set("parameters", 1 + timeShift(), id, Code.read("row", id)),
            Code.set("parameters", 2 + timeShift(), version.get(),
                Code.read("row", version.get())),
            Code.read("row", id), Code.read("row", version.get()));
    if (!entity.callbacks(CallbackModel.Kind.AFTER_DELETE).isEmpty()) {
      method.beginControlFlow("for ($T row : all)", entityType);
      afterWrite(method, "row", CallbackModel.Kind.AFTER_DELETE);
      method.endControlFlow();
    }
    return method.addStatement("return all.size()").build();
  }

  private MethodSpec findByIdForUpdate() {
    return publicMethod("findByIdForUpdate")
        .returns(ParameterizedTypeName.get(Code.OPTIONAL, entityType))
        .addParameter(idType, "id")
        .addJavadoc("The row with this id, locked ({@code SELECT ... FOR UPDATE}) until the\n"
            + "current transaction ends, so that no one else changes it meanwhile.\n"
            + "\n@throws dev.precast.PrecastException outside a transaction\n")
        .addStatement("$T.requireNonNull(id, $S)", Code.OBJECTS, "id")
        .addStatement("return $T.queryForUpdate($N, $T.TABLE, $S, SELECT_BY_ID_FOR_UPDATE,"
            + " parameters -> $L, ONE)", Code.JDBC, DB, metamodel, "findByIdForUpdate", bindId())
        .build();
  }

  private MethodSpec deleteById() {
    return publicMethod("deleteById")
        .returns(TypeName.BOOLEAN)
        .addParameter(idType, "id")
        .addJavadoc("Deletes the row with this id; returns whether there was one.\n")
        .addStatement("$T.requireNonNull(id, $S)", Code.OBJECTS, "id")
        .addStatement("return $T.update($N, $T.TABLE, DELETE_BY_ID, $L) > 0",
            Code.JDBC, DB, metamodel, timeShift() == 0
                ? CodeBlock.of("parameters -> $L", bindId())
                : CodeBlock.of("parameters -> {\n$>$Lparameters.$N(2, id);\n$<}",
                    deletionTime(), id.valueType().setter(false)))
        .build();
  }

  private MethodSpec findById() {
    return publicMethod("findById")
        .returns(ParameterizedTypeName.get(Code.OPTIONAL, entityType))
        .addParameter(idType, "id")
        .addJavadoc("The row with this id, if there is one.\n")
        .addStatement("$T.requireNonNull(id, $S)", Code.OBJECTS, "id")
        .addStatement("return $T.query($N, $T.TABLE, SELECT_BY_ID, parameters -> $L, ONE)",
            Code.JDBC, DB, metamodel, bindId())
        .build();
  }

  private MethodSpec findByUnique(PropertyModel property) {
    return finder(property, ParameterizedTypeName.get(Code.OPTIONAL, entityType), "ONE",
        "The row whose {@code $L} is {@code $N} (unique), if there is one.\n");
  }

  /** {@code findBy<Property>(value)}, reading the result with the reader constant {@code reader}. */
  private MethodSpec finder(PropertyModel property, TypeName returns, String reader,
      String javadoc) {
    String name = GeneratedNames.value(property.name());
    return publicMethod("findBy" + Names.capitalize(property.name()))
        .returns(returns)
        .addParameter(Code.boxedType(property), name)
        .addJavadoc(javadoc, property.columnName(), name)
        .addStatement("return $T.query($N, $T.TABLE, SELECT_BY_$L, parameters -> $L, $N)",
            Code.JDBC, DB, metamodel, Names.constantName(property.name()),
            Code.set("parameters", CodeBlock.of("1"), property.valueType(), false,
                property.converter(), CodeBlock.of("$N", name)),
            reader)
        .build();
  }

  /**
   * The references that get a {@code List} finder: all but those a unique constraint or the
   * primary key already finds with an {@code Optional} one.
   */
  private List<PropertyModel> referenceFinders() {
    return entity.references().stream()
        .map(reference -> DdlWriter.column(entity, reference))
        .filter(property -> property.unique() == null && !property.isId())
        .toList();
  }

  private MethodSpec findByReference(PropertyModel property) {
    return finder(property, ParameterizedTypeName.get(Code.LIST, entityType), "ALL",
        "Every row whose {@code $L} is {@code $N}, ordered by id.\n");
  }

  private MethodSpec findAll() {
    return publicMethod("findAll")
        .returns(ParameterizedTypeName.get(Code.LIST, entityType))
        .addJavadoc("Every row, ordered by id.\n")
        .addStatement("return $T.query($N, $T.TABLE, SELECT_ALL, $T.NONE, ALL)",
            Code.JDBC, DB, metamodel, Code.STATEMENT_BINDER)
        .build();
  }

  private MethodSpec count() {
    return publicMethod("count")
        .returns(TypeName.LONG)
        .addJavadoc("The number of rows.\n")
        .addStatement("return $T.query($N, $T.TABLE, COUNT, $T.NONE, $T.COUNT)",
            Code.JDBC, DB, metamodel, Code.STATEMENT_BINDER, Code.RESULTS)
        .build();
  }

  private MethodSpec existsById() {
    return publicMethod("existsById")
        .returns(TypeName.BOOLEAN)
        .addParameter(idType, "id")
        .addJavadoc("Whether a row has this id.\n")
        .addStatement("$T.requireNonNull(id, $S)", Code.OBJECTS, "id")
        .addStatement("return $T.query($N, $T.TABLE, EXISTS_BY_ID, parameters -> $L, $T.EXISTS)",
            Code.JDBC, DB, metamodel, bindId(), Code.RESULTS)
        .build();
  }

  /** 1 when a soft delete binds its time as the first parameter, else 0. */
  private int timeShift() {
    return statements.softDeleteBindsTime() ? 1 : 0;
  }

  /**
   * The statement binding the deletion time to parameter 1, for a soft-delete entity whose
   * marker is a timestamp; else nothing.
   */
  private CodeBlock deletionTime() {
    if (timeShift() == 0) {
      return CodeBlock.of("");
    }
    PropertyModel marker = entity.softDelete().orElseThrow();
    return CodeBlock.of("parameters.$N(1, $L);\n", marker.valueType().setter(false),
        Code.deletionTime(marker, CodeBlock.of("$N", DB)));
  }

  private CodeBlock bindId() {
    return CodeBlock.of("parameters.$N(1, id)", id.valueType().setter(false));
  }

  private String recordNote() {
    return entity.style() == Style.RECORD ? ", as a new record" : "";
  }

  private static String throwsDoc() {
    return "\n@throws dev.precast.ValidationException listing every rule it breaks, before any SQL\n"
        + "@throws dev.precast.IntegrityViolationException when the database rejects it\n";
  }
}
