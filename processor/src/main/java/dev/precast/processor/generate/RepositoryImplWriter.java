package dev.precast.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.QueryMethod;
import dev.precast.processor.model.QueryMethod.Container;
import dev.precast.processor.model.QueryMethod.ResultKind;
import dev.precast.processor.model.QueryMethod.Parameter;
import dev.precast.processor.model.QueryMethod.ValueRef;
import dev.precast.processor.model.QueryPlan;
import dev.precast.processor.model.QueryPlan.Action;
import dev.precast.processor.model.QueryPlan.Binding;
import dev.precast.processor.model.QueryPlan.Form;
import dev.precast.processor.model.QueryPlan.SqlPiece;
import dev.precast.processor.model.QueryPlan.Text;
import dev.precast.processor.model.RepositoryModel;
import dev.precast.processor.model.ValueType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Writes {@code XImpl} for {@code @Repository interface X}: one method per query, its SQL in a
 * constant (pieced together only around collection parameters), its values bound by index and
 * its rows read by index; the {@code CrudRepository} methods delegate to the entity's
 * generated repository.
 */
public final class RepositoryImplWriter {
  private static final String DB = "db";
  private static final String CRUD = "crud";
  private static final ClassName LIKES = ClassName.get("dev.precast.internal", "Likes");
  private static final ClassName IN_LISTS = ClassName.get("dev.precast.internal", "InLists");
  private static final ClassName PAGES = ClassName.get("dev.precast.internal", "Pages");
  private static final ClassName ROW_STREAM = ClassName.get("dev.precast.internal", "RowStream");
  private static final ClassName ROW_MAPPER = ClassName.get("dev.precast", "RowMapper");
  private static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");
  private static final ClassName PAGE = ClassName.get("dev.precast", "Page");

  private final RepositoryModel repository;
  private final List<QueryPlan> plans;
  private final ClassName interfaceType;
  private final Set<String> constants = new HashSet<>();

  public RepositoryImplWriter(RepositoryModel repository, List<QueryPlan> plans) {
    this.repository = repository;
    this.plans = plans;
    this.interfaceType = GeneratedNames.className(repository.type());
  }

  public JavaFile write() {
    ClassName implementation = ClassName.get(repository.type().packageName(),
        repository.implementationName());
    TypeSpec.Builder type = TypeSpec.classBuilder(implementation)
        .addOriginatingElement(repository.element())
        .addAnnotation(Code.generated())
        .addAnnotation(Code.suppressDeprecation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(interfaceType)
        .addJavadoc("Implements {@link $T}: each query's SQL is fixed at compile time, every value\n"
            + "is a bound parameter and rows are read by column index.\n"
            + "\n<pre>{@code\n$T queries = new $T(db);\n}</pre>\n",
            interfaceType, interfaceType, implementation);
    type.addField(Code.DATABASE, DB, Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Code.DATABASE, DB)
        .addJavadoc("The queries of {@link $T}, run on {@code db}.\n", interfaceType)
        .addStatement("this.$N = $T.requireNonNull($N, $S)", DB, Code.OBJECTS, DB, DB);
    if (repository.crud() && repository.entity() != null) {
      ClassName crud = GeneratedNames.repository(repository.entity());
      type.addField(crud, CRUD, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T($N)", CRUD, crud, DB);
    }
    type.addMethod(constructor.build());
    for (QueryPlan plan : plans) {
      addMethod(type, plan);
    }
    if (repository.crud() && repository.entity() != null) {
      addCrudMethods(type, repository.entity());
    }
    return JavaFile.builder(repository.type().packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private void addMethod(TypeSpec.Builder type, QueryPlan plan) {
    QueryMethod method = plan.method();
    String constant = constant(method.name());
    MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.get(method.element().getReturnType()));
    Set<String> taken = new HashSet<>();
    for (VariableElement parameter : method.element().getParameters()) {
      spec.addParameter(TypeName.get(parameter.asType()), parameter.getSimpleName().toString());
      taken.add(parameter.getSimpleName().toString());
    }
    String parameters = fresh("parameters", taken);
    CodeBlock table = plan.entity() == null
        ? CodeBlock.of("null") : CodeBlock.of("$T.TABLE", GeneratedNames.metamodel(plan.entity()));
    String what = repository.element().getSimpleName() + "." + method.name();

    CodeBlock sql = sql(type, constant, plan.sql(), spec, taken, "sql");
    CodeBlock binder = binder(plan.bindings(), parameters, method, taken);
    QueryMethod.Result returns = method.returns();
    switch (plan.action()) {
      case WRITE -> {
        CodeBlock update = CodeBlock.of("$T.update(this.$N, $L, $L, $L)", Code.JDBC, DB, table, sql,
            binder);
        spec.addStatement(returns.element() == ResultKind.VOID ? "$L" : "return $L", update);
      }
      case COUNT -> {
        CodeBlock count = CodeBlock.of("$T.query(this.$N, $L, $L, $L, $T.COUNT)", Code.JDBC, DB, table,
            sql, binder, Code.RESULTS);
        if (returns.scalar().valueType() == ValueType.INT) {
          spec.addStatement("return $T.toIntExact($L)", Math.class, count);
        } else {
          spec.addStatement("return $L", count);
        }
      }
      case EXISTS -> spec.addStatement("return $T.query(this.$N, $L, $L, $L, $T.EXISTS)", Code.JDBC,
          DB, table, sql, binder, Code.RESULTS);
      case SELECT -> select(type, spec, plan, constant, table, sql, binder, parameters, taken, what);
    }
    type.addMethod(spec.build());
  }

  private void select(TypeSpec.Builder type, MethodSpec.Builder spec, QueryPlan plan,
      String constant, CodeBlock table, CodeBlock sql, CodeBlock binder, String parameters,
      Set<String> taken, String what) {
    QueryMethod.Result returns = plan.method().returns();
    TypeName element = elementType(plan);
    CodeBlock mapper = mapper(type, plan, constant, element);
    Container container = returns.container();
    switch (container) {
      case STREAM -> spec.addStatement("return $T.open(this.$N, $L, $L, $L, $L)", ROW_STREAM, DB, table,
          sql, binder, mapper);
      case LIST -> spec.addStatement("return $T.query(this.$N, $L, $L, $L, $L)", Code.JDBC, DB, table,
          sql, binder, reader(type, constant, ParameterizedTypeName.get(Code.LIST, element),
              CodeBlock.of("$T.list($L)", Code.RESULTS, mapper)));
      case PAGE -> {
        String content = fresh("content", taken);
        spec.addStatement("$T $N = $T.query(this.$N, $L, $L, $L, $L)",
            ParameterizedTypeName.get(Code.LIST, element), content, Code.JDBC, DB, table, sql,
            binder, reader(type, constant, ParameterizedTypeName.get(Code.LIST, element),
                CodeBlock.of("$T.list($L)", Code.RESULTS, mapper)));
        String request = plan.bindings().stream().filter(b -> b.form() == Form.PAGE_SIZE)
            .findFirst().orElseThrow().parameter();
        CodeBlock countSql = sql(type, constant + "_COUNT", plan.countSql(), spec, taken,
            "countSql");
        CodeBlock countBinder = binder(plan.countBindings(), parameters, plan.method(), taken);
        spec.addStatement("return $T.of($N, $N, () -> $T.query(this.$N, $L, $L, $L, $T.COUNT))", PAGES,
            content, request, Code.JDBC, DB, table, countSql, countBinder, Code.RESULTS);
      }
      default -> {
        boolean first = plan.sql().stream().anyMatch(piece -> piece instanceof Text text
            && text.sql().endsWith(" LIMIT 1"));
        boolean primitive = returns.element() == ResultKind.SCALAR && returns.scalar().primitive();
        TypeName optional = ParameterizedTypeName.get(Code.OPTIONAL, element);
        CodeBlock readerCode;
        TypeName readerType;
        if (primitive) {
          readerType = element;
          readerCode = CodeBlock.of("$T.required($L, $S, $L)", Code.RESULTS, mapper, what,
              tableName(plan));
        } else {
          readerType = optional;
          readerCode = first ? CodeBlock.of("$T.optional($L)", Code.RESULTS, mapper)
              : CodeBlock.of("$T.atMostOne($L, $S, $L)", Code.RESULTS, mapper, what,
                  tableName(plan));
        }
        CodeBlock query = CodeBlock.of("$T.query(this.$N, $L, $L, $L, $L)", Code.JDBC, DB, table, sql,
            binder, reader(type, constant, readerType, readerCode));
        spec.addStatement(container == Container.OPTIONAL || primitive
            ? "return $L" : "return $L.orElse(null)", query);
      }
    }
  }

  /** The name of the table the plan reads, as a Java expression; {@code null} for none. */
  private static CodeBlock tableName(QueryPlan plan) {
    return plan.entity() == null ? CodeBlock.of("null")
        : CodeBlock.of("$T.TABLE.name()", GeneratedNames.metamodel(plan.entity()));
  }

  /** The SQL: a constant, or an expression around the collection parameters. */
  private CodeBlock sql(TypeSpec.Builder type, String constant, List<SqlPiece> pieces,
      MethodSpec.Builder spec, Set<String> taken, String local) {
    if (pieces.size() == 1 && pieces.get(0) instanceof Text text) {
      String name = constant + "_SQL";
      type.addField(FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC,
          Modifier.FINAL).initializer("$S", text.sql()).build());
      return CodeBlock.of("$N", name);
    }
    CodeBlock.Builder expression = CodeBlock.builder();
    for (int i = 0; i < pieces.size(); i++) {
      expression.add(i == 0 ? "" : " + ");
      SqlPiece piece = pieces.get(i);
      if (piece instanceof Text text) {
        expression.add("$S", text.sql());
      } else if (piece instanceof QueryPlan.InList in) {
        expression.add("$T.$N($S, $N)", IN_LISTS, in.negated() ? "notIn" : "in", in.column(),
            in.parameter());
      } else if (piece instanceof QueryPlan.Markers markers) {
        expression.add("$T.markers($N)", IN_LISTS, markers.parameter());
      }
    }
    String name = fresh(local, taken);
    taken.add(name);
    spec.addStatement("$T $N = $L", String.class, name, expression.build());
    return CodeBlock.of("$N", name);
  }

  /** A lambda binding every value, by literal index unless a collection makes it vary. */
  private CodeBlock binder(List<Binding> bindings, String parameters, QueryMethod method,
      Set<String> taken) {
    if (bindings.isEmpty()) {
      return CodeBlock.of("$T.NONE", Code.STATEMENT_BINDER);
    }
    boolean varying = bindings.stream().anyMatch(b -> b.form() == Form.EACH);
    CodeBlock.Builder body = CodeBlock.builder();
    String index = fresh("index", taken);
    String element = fresh("element", taken);
    if (varying) {
      body.add("int $N = 1;\n", index);
    }
    int next = 1;
    for (Binding binding : bindings) {
      CodeBlock at = varying ? CodeBlock.of("$N++", index) : CodeBlock.of("$L", next++);
      String parameter = binding.parameter();
      switch (binding.form()) {
        case LIMIT -> body.add("$N.setInt($L, $N.maxRows());\n", parameters, at, parameter);
        case PAGE_SIZE -> body.add("$N.setInt($L, $N.size());\n", parameters, at, parameter);
        case PAGE_OFFSET -> body.add("$N.setLong($L, $N.offset());\n", parameters, at,
            parameter);
        case DELETION_TIME -> {
          PropertyModel marker = repository.entity().softDelete().orElseThrow();
          body.add("$N.$N($L, $L);\n", parameters, marker.valueType().setter(false), at,
              Code.deletionTime(marker, CodeBlock.of("this.$N", DB)));
        }
        case EACH -> {
          ValueRef value = binding.value();
          body.beginControlFlow("for ($T $N : $N)", boxed(value), element, parameter)
              .add("$L;\n", Code.set(parameters, at, value.valueType(), false,
                  value.converter(), CodeBlock.of("$N", element)))
              .endControlFlow();
        }
        default -> {
          ValueRef value = binding.value();
          CodeBlock argument = switch (binding.form()) {
            case STARTING_WITH -> CodeBlock.of("$T.startingWith($N)", LIKES, parameter);
            case ENDING_WITH -> CodeBlock.of("$T.endingWith($N)", LIKES, parameter);
            case CONTAINING -> CodeBlock.of("$T.containing($N)", LIKES, parameter);
            default -> CodeBlock.of("$N", parameter);
          };
          boolean primitive = isPrimitiveParameter(method, parameter);
          body.add("$L;\n", Code.set(parameters, at, value.valueType(),
              primitive && binding.form() == Form.VALUE, value.converter(), argument));
        }
      }
    }
    return CodeBlock.builder().add("$N -> {\n", parameters).indent().add(body.build())
        .unindent().add("}").build();
  }

  private static boolean isPrimitiveParameter(QueryMethod method, String name) {
    return method.parameters().stream().filter(p -> p.name().equals(name))
        .map(Parameter::value).anyMatch(v -> v != null && v.primitive());
  }

  /** The row mapper: the entity's, or a generated static method reading by index. */
  private CodeBlock mapper(TypeSpec.Builder type, QueryPlan plan, String constant,
      TypeName element) {
    if (plan.read() instanceof QueryPlan.EntityRead entity) {
      ClassName metamodel = GeneratedNames.metamodel(entity.entity());
      if (plan.method().query() == null) {
        return CodeBlock.of("$T.TABLE.mapper()", metamodel);
      }
      String name = constant + "_MAPPER";
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(ROW_MAPPER, element), name,
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.checkingColumnOrder($T.TABLE, $S)", Code.RESULTS, metamodel,
              repository.element().getSimpleName() + "." + plan.method().name())
          .build());
      return CodeBlock.of("$N", name);
    }
    if (plan.read() instanceof QueryPlan.ProjectionRead projection) {
        String name = "read" + Names.capitalize(plan.method().name()) + suffix(constant);
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < projection.components().size(); i++) {
          ValueRef component = projection.components().get(i);
          arguments.add(i == 0 ? "\n$L" : ",\n$L",
              get(component, projection.columns().get(i), component.primitive()));
        }
        type.addMethod(MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(Code.RESULT_SET, "row")
            .addException(Code.SQL_EXCEPTION)
            .returns(element)
            .addStatement("return new $T($>$L)$<", element, arguments.build())
            .build());
        return CodeBlock.of("$T::$N", ClassName.get(repository.type().packageName(),
            repository.implementationName()), name);
    }
    ValueRef scalar = ((QueryPlan.ScalarRead) plan.read()).value();
    return CodeBlock.of("row -> $L", get(scalar, 1, false));
  }

  private CodeBlock reader(TypeSpec.Builder type, String constant, TypeName result,
      CodeBlock initializer) {
    String name = constant + "_ROWS";
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(Code.RESULT_READER, result.box()),
            name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", initializer).build());
    return CodeBlock.of("$N", name);
  }

  /**
   * Reads column {@code index} of {@code row} as {@code value}'s type; boxed, so that NULL is
   * null, unless {@code primitive}.
   */
  private static CodeBlock get(ValueRef value, int index, boolean primitive) {
    return Code.get("row", index, value.valueType(), value.declaredType(), primitive,
        value.converter());
  }

  private static TypeName boxed(ValueRef value) {
    if (value.valueType() == ValueType.BYTES) {
      return com.palantir.javapoet.ArrayTypeName.of(TypeName.BYTE);
    }
    return value.declaredType() != null ? GeneratedNames.className(value.declaredType())
        : ClassName.bestGuess(value.valueType().boxedTypeName());
  }

  private TypeName elementType(QueryPlan plan) {
    QueryMethod.Result returns = plan.method().returns();
    return switch (returns.element()) {
      case ENTITY, PROJECTION -> ClassName.get(returns.type());
      default -> boxed(returns.scalar());
    };
  }

  private void addCrudMethods(TypeSpec.Builder type, EntityModel entity) {
    ClassName entityType = GeneratedNames.entity(entity);
    TypeName id = Code.boxedType(entity.id().orElseThrow());
    TypeName list = ParameterizedTypeName.get(Code.LIST, entityType);
    delegate(type, "insert", entityType, entityType, "entity");
    delegate(type, "insertAll", list,
        ParameterizedTypeName.get(ClassName.get(Iterable.class), entityType), "entities");
    delegate(type, "update", entityType, entityType, "entity");
    delegate(type, "delete", TypeName.BOOLEAN, entityType, "entity");
    delegate(type, "deleteById", TypeName.BOOLEAN, id, "id");
    delegate(type, "findById", ParameterizedTypeName.get(Code.OPTIONAL, entityType), id, "id");
    delegate(type, "findAll", list, null, null);
    delegate(type, "count", TypeName.LONG, null, null);
    delegate(type, "existsById", TypeName.BOOLEAN, id, "id");
    delegate(type, "query", ParameterizedTypeName.get(Code.QUERY, entityType), null, null);
  }

  private void delegate(TypeSpec.Builder type, String name, TypeName returns,
      TypeName parameterType, String parameter) {
    if (plans.stream().anyMatch(plan -> plan.method().name().equals(name)
        && plan.method().parameters().size() == (parameter == null ? 0 : 1))) {
      return;
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
    if (parameter == null) {
      method.addStatement("return this.$N.$N()", CRUD, name);
    } else {
      method.addParameter(parameterType, parameter)
          .addStatement("return this.$N.$N($N)", CRUD, name, parameter);
    }
    type.addMethod(method.build());
  }

  /** {@code FIND_BY_NAME}, or {@code FIND_BY_NAME_2} for the second overload of the name. */
  private String constant(String methodName) {
    String base = Names.constantName(methodName);
    String name = base;
    for (int i = 2; !constants.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  private static String suffix(String constant) {
    int last = constant.lastIndexOf('_');
    return last > 0 && constant.substring(last + 1).chars().allMatch(Character::isDigit)
        ? constant.substring(last) : "";
  }

  private static String fresh(String name, Set<String> taken) {
    String candidate = name;
    while (taken.contains(candidate)) {
      candidate = candidate + "_";
    }
    return candidate;
  }
}
