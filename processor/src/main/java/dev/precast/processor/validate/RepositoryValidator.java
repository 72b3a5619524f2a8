package dev.precast.processor.validate;

import dev.precast.processor.diag.Diagnostic;
import dev.precast.processor.diag.Problem;
import dev.precast.processor.diag.Suggestions;
import dev.precast.processor.dialect.Identifiers;
import dev.precast.processor.dialect.SoftDeleteSql;
import dev.precast.processor.model.DerivedQuery;
import dev.precast.processor.model.DerivedQuery.Condition;
import dev.precast.processor.model.DerivedQuery.Operator;
import dev.precast.processor.model.DerivedQuery.Ordering;
import dev.precast.processor.model.DerivedQuery.Subject;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.QueryMethod;
import dev.precast.processor.model.QueryMethod.Component;
import dev.precast.processor.model.QueryMethod.Container;
import dev.precast.processor.model.QueryMethod.ResultKind;
import dev.precast.processor.model.QueryMethod.Parameter;
import dev.precast.processor.model.QueryMethod.ParameterKind;
import dev.precast.processor.model.QueryMethod.ValueRef;
import dev.precast.processor.model.QueryPlan;
import dev.precast.processor.model.QueryPlan.Action;
import dev.precast.processor.model.QueryPlan.Binding;
import dev.precast.processor.model.QueryPlan.Form;
import dev.precast.processor.model.QueryPlan.RowRead;
import dev.precast.processor.model.QueryPlan.SqlPiece;
import dev.precast.processor.model.QueryPlan.Text;
import dev.precast.processor.model.RepositoryModel;
import dev.precast.processor.model.ValueType;
import dev.precast.processor.parse.NamedSql;
import dev.precast.processor.parse.QueryMethodName;
import dev.precast.processor.validate.QueryPreparer.Prepared;
import dev.precast.processor.validate.QueryPreparer.ResultColumn;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Checks a {@code @Repository} interface and resolves each method into the {@link QueryPlan}
 * its implementation runs: derived queries against the entity's properties, {@code @Query} SQL
 * against the compilation's schema, prepared in H2. Every problem of every method is reported,
 * on the method or the parameter at fault.
 */
public final class RepositoryValidator {
  private static final Pattern READS_ROWS =
      Pattern.compile("^\\s*(\\(\\s*)*(SELECT|WITH|VALUES|TABLE|SHOW|EXPLAIN)\\b",
          Pattern.CASE_INSENSITIVE);

  private final Supplier<QueryPreparer> preparer;
  private final Map<String, EntityModel> entitiesByGeneratedName;

  /** What checking one interface found. */
  public record Result(List<Problem> problems, List<QueryPlan> plans) {}

  /**
   * @param preparer the compilation's query preparer, opened on first use
   * @param entitiesByGeneratedName each entity by the qualified names of the classes generated
   *     for it, to catch an interface named like one of them
   */
  public RepositoryValidator(
      Supplier<QueryPreparer> preparer, Map<String, EntityModel> entitiesByGeneratedName) {
    this.preparer = preparer;
    this.entitiesByGeneratedName = entitiesByGeneratedName;
  }

  /** Checks {@code repository}; the plans are complete only when no problem is an error. */
  public Result validate(RepositoryModel repository) {
    List<Problem> problems = new ArrayList<>();
    TypeElement element = repository.element();
    String name = element.getQualifiedName().toString();
    if (element.getKind() != ElementKind.INTERFACE) {
      problems.add(Problem.on(element, Diagnostic.REPOSITORY_NOT_AN_INTERFACE, name,
          kindName(element)));
      return new Result(problems, List.of());
    }
    if (!element.getTypeParameters().isEmpty()) {
      problems.add(Problem.on(element, Diagnostic.REPOSITORY_GENERIC, name));
    }
    for (Element enclosing = element.getEnclosingElement(); enclosing instanceof TypeElement outer;
        enclosing = outer.getEnclosingElement()) {
      if (outer.getModifiers().contains(Modifier.PRIVATE)) {
        problems.add(Problem.on(element, Diagnostic.REPOSITORY_NOT_TOP_LEVEL, name,
            outer.getQualifiedName(), repository.implementationName()));
      }
    }
    if (element.getModifiers().contains(Modifier.PRIVATE)) {
      problems.add(Problem.on(element, Diagnostic.REPOSITORY_NOT_TOP_LEVEL, name,
          element.getEnclosingElement(), repository.implementationName()));
    }
    EntityModel clash = entitiesByGeneratedName.get(name);
    if (clash != null) {
      problems.add(Problem.on(element, Diagnostic.REPOSITORY_NAME_CLASH, name,
          clash.qualifiedName(), clash.simpleName()));
    }
    if (repository.entityElement() != null && repository.entity() == null) {
      problems.add(Problem.on(element, Diagnostic.REPOSITORY_NOT_AN_ENTITY, name,
          repository.entityElement().getQualifiedName(),
          repository.entityElement().getSimpleName()));
    }
    if (repository.crud() && repository.entityElement() == null) {
      problems.add(Problem.on(element, Diagnostic.REPOSITORY_RAW_CRUD, name));
    }
    EntityModel entity = repository.entity();
    if (repository.crud() && entity != null && repository.crudId() != null) {
      PropertyModel id = entity.id().orElse(null);
      String declared = repository.crudId().toString();
      if (id != null && !declared.equals(id.boxedTypeName())) {
        problems.add(Problem.on(element, Diagnostic.REPOSITORY_ID_TYPE, name,
            entity.simpleName(), declared, entity.simpleName(), id.boxedTypeName(),
            entity.simpleName(), simple(id.boxedTypeName())));
      }
    }
    List<QueryPlan> plans = new ArrayList<>();
    for (QueryMethod method : repository.methods()) {
      List<Problem> found = new ArrayList<>();
      QueryPlan plan = method.query() == null
          ? derived(repository, method, found) : nativeQuery(repository, method, found);
      problems.addAll(found);
      if (plan != null && found.stream().noneMatch(Problem::isError)) {
        plans.add(plan);
      }
    }
    return new Result(problems, plans);
  }

  // ---- derived queries -------------------------------------------------------------------

  private QueryPlan derived(RepositoryModel repository, QueryMethod method, List<Problem> problems) {
    EntityModel entity = repository.entity();
    String where = where(repository, method);
    List<String> propertyNames = entity == null ? List.of()
        : entity.properties().stream().map(PropertyModel::name).toList();
    QueryMethodName.Result result = QueryMethodName.parse(method.name(), propertyNames);
    if (result instanceof QueryMethodName.NotDerived) {
      problems.add(Problem.on(method.element(), Diagnostic.NOT_A_QUERY_METHOD, where));
      return null;
    }
    if (entity == null) {
      if (repository.entityElement() == null) {
        problems.add(Problem.on(method.element(), Diagnostic.REPOSITORY_NO_ENTITY, where,
            repository.element().getSimpleName()));
      }
      return null;
    }
    if (result instanceof QueryMethodName.UnknownProperty unknown) {
      Optional<EntityModel.TransientField> transientField = entity.transientNames().stream()
          .filter(t -> t.name().equals(unknown.name())).findFirst();
      if (transientField.isPresent()) {
        problems.add(Problem.on(method.element(), Diagnostic.QUERY_PROPERTY_TRANSIENT, where,
            unknown.name(), entity.simpleName(), unknown.name()));
      } else {
        problems.add(Problem.on(method.element(), Diagnostic.UNKNOWN_QUERY_PROPERTY, where,
            unknown.name(), entity.simpleName(),
            Suggestions.didYouMean(unknown.name(), propertyNames)));
      }
      return null;
    }
    DerivedQuery query = ((QueryMethodName.Parsed) result).query();
    Subject subject = query.subject();
    if (subject != Subject.FIND && subject != Subject.STREAM) {
      if (!query.orders().isEmpty()) {
        problems.add(Problem.on(method.element(), Diagnostic.QUERY_CLAUSE_NOT_ALLOWED, where,
            subject.prefix(), "OrderBy"));
      }
      if (query.limit() > 0) {
        problems.add(Problem.on(method.element(), Diagnostic.QUERY_CLAUSE_NOT_ALLOWED, where,
            subject.prefix(), query.limit() == 1 ? "First" : "Top" + query.limit()));
      }
    }

    // The parameters: values for the conditions, then at most one Limit or PageRequest.
    List<Parameter> values = new ArrayList<>();
    Parameter limit = null;
    Parameter page = null;
    for (Parameter parameter : method.parameters()) {
      switch (parameter.kind()) {
        case LIMIT, PAGE_REQUEST -> {
          if (subject != Subject.FIND && subject != Subject.STREAM) {
            problems.add(Problem.on(parameter.element(), Diagnostic.QUERY_SPECIAL_PARAMETER,
                parameter.name(), where, "a " + subject.prefix() + "By query takes no "
                    + simple(parameter.typeName())));
          } else if (limit != null || page != null) {
            problems.add(Problem.on(parameter.element(), Diagnostic.QUERY_SPECIAL_PARAMETER,
                parameter.name(), where, "a query takes one Limit or PageRequest, not two"));
          } else if (parameter.kind() == ParameterKind.LIMIT) {
            limit = parameter;
          } else {
            page = parameter;
          }
        }
        case UNSUPPORTED -> problems.add(Problem.on(parameter.element(),
            Diagnostic.UNSUPPORTED_QUERY_PARAMETER, parameter.name(), where,
            parameter.typeName()));
        default -> {
          if (limit != null || page != null) {
            problems.add(Problem.on(parameter.element(), Diagnostic.QUERY_SPECIAL_PARAMETER,
                parameter.name(), where, "the Limit or PageRequest must be the last parameter"));
          }
          values.add(parameter);
        }
      }
    }
    if ((limit != null || page != null) && query.limit() > 0) {
      problems.add(Problem.on(method.element(), Diagnostic.QUERY_SPECIAL_PARAMETER,
          (limit != null ? limit : page).name(), where, "the name already limits the rows with "
              + (query.limit() == 1 ? "First" : "Top" + query.limit())));
    }
    if (method.parameters().stream().anyMatch(p -> p.kind() == ParameterKind.UNSUPPORTED)) {
      return null;
    }
    List<Condition> conditions = query.flatConditions();
    int needed = conditions.stream().mapToInt(c -> c.operator().parameters()).sum();
    if (needed != values.size()) {
      problems.add(Problem.on(method.element(), Diagnostic.QUERY_PARAMETER_COUNT, where, needed,
          conditions.stream().map(c -> c.property() + " " + c.operator().description())
              .collect(Collectors.joining(", ")),
          values.size(), needed == 0 && !values.isEmpty()
              ? "; only Limit and PageRequest may follow when the name has no conditions" : ""));
      return null;
    }

    // The conditions, with their parameters.
    List<Binding> bindings = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<SqlPiece> wherePieces = new ArrayList<>();
    int next = 0;
    boolean groups = query.conditions().size() > 1;
    for (int g = 0; g < query.conditions().size(); g++) {
      List<Condition> group = query.conditions().get(g);
      text.append(g == 0 ? "" : " OR ").append(groups && group.size() > 1 ? "(" : "");
      for (int c = 0; c < group.size(); c++) {
        Condition condition = group.get(c);
        PropertyModel property = property(entity, condition.property());
        text.append(c == 0 ? "" : " AND ");
        checkOperator(where, method, condition, property, problems);
        List<Parameter> taken = values.subList(next, next + condition.operator().parameters());
        next += taken.size();
        for (Parameter parameter : taken) {
          checkParameterType(where, condition, property, parameter, problems);
        }
        String column = Identifiers.sql(property.columnName());
        String compared = condition.ignoreCase() ? "LOWER(" + column + ")" : column;
        String marker = condition.ignoreCase() ? "LOWER(?)" : "?";
        ValueRef value = valueOf(property);
        switch (condition.operator()) {
          case EQUALS -> text.append(compared).append(" = ").append(marker);
          case NOT -> text.append(compared).append(" <> ").append(marker);
          case LESS_THAN, BEFORE -> text.append(column).append(" < ?");
          case LESS_THAN_EQUAL -> text.append(column).append(" <= ?");
          case GREATER_THAN, AFTER -> text.append(column).append(" > ?");
          case GREATER_THAN_EQUAL -> text.append(column).append(" >= ?");
          case BETWEEN -> text.append(column).append(" BETWEEN ? AND ?");
          case LIKE -> text.append(compared).append(" LIKE ").append(marker);
          case NOT_LIKE -> text.append(compared).append(" NOT LIKE ").append(marker);
          case STARTING_WITH, ENDING_WITH, CONTAINING ->
              text.append(compared).append(" LIKE ").append(marker).append(" ESCAPE '\\'");
          case IS_NULL -> text.append(column).append(" IS NULL");
          case IS_NOT_NULL -> text.append(column).append(" IS NOT NULL");
          case TRUE -> text.append(column).append(" = TRUE");
          case FALSE -> text.append(column).append(" = FALSE");
          case IN, NOT_IN -> {
            wherePieces.add(new Text(text.toString()));
            text.setLength(0);
            wherePieces.add(new QueryPlan.InList(compared,
                condition.operator() == Operator.NOT_IN, taken.get(0).name()));
          }
        }
        Form form = switch (condition.operator()) {
          case STARTING_WITH -> Form.STARTING_WITH;
          case ENDING_WITH -> Form.ENDING_WITH;
          case CONTAINING -> Form.CONTAINING;
          case IN, NOT_IN -> Form.EACH;
          default -> Form.VALUE;
        };
        for (Parameter parameter : taken) {
          bindings.add(new Binding(parameter.name(), value, form));
        }
      }
      text.append(groups && group.size() > 1 ? ")" : "");
    }
    wherePieces.add(new Text(text.toString()));

    // What it returns.
    QueryMethod.Result returns = method.returns();
    String table = Identifiers.sql(entity.tableName());
    Action action;
    RowRead read = null;
    String selectList = null;
    switch (subject) {
      case COUNT -> {
        action = Action.COUNT;
        requireCount(where, method, returns, "a countBy query", problems);
      }
      case EXISTS -> {
        action = Action.EXISTS;
        if (!isScalar(returns, ValueType.BOOLEAN)) {
          problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
              returns.typeName(), "an existsBy query", "boolean"));
        }
      }
      case DELETE -> {
        action = Action.WRITE;
        if (returns.element() != ResultKind.VOID) {
          requireCount(where, method, returns, "a deleteBy query", problems);
        }
      }
      default -> {
        action = Action.SELECT;
        Container container = returns.container();
        String expected = subject == Subject.STREAM
            ? "Stream<" + entity.simpleName() + "> or a Stream of a record projection"
            : entity.simpleName() + ", Optional<" + entity.simpleName() + ">, List<"
                + entity.simpleName() + ">, Stream<" + entity.simpleName() + ">, Page<"
                + entity.simpleName() + "> or one of a record projection";
        boolean containerFits = subject == Subject.STREAM ? container == Container.STREAM
            : returns.element() == ResultKind.ENTITY || returns.element() == ResultKind.PROJECTION;
        if (!containerFits || (returns.element() == ResultKind.ENTITY
            && !returns.type().getQualifiedName().contentEquals(entity.qualifiedName()))) {
          problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
              returns.typeName(), "a " + subject.prefix() + "By query on " + entity.simpleName(),
              expected));
          return null;
        }
        if (query.limit() > 1 && (container == Container.NONE || container == Container.OPTIONAL)) {
          problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
              returns.typeName(), "Top" + query.limit() + " (up to " + query.limit() + " rows)",
              "a List or Stream, or use findFirstBy"));
        }
        if (container == Container.PAGE && page == null) {
          problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
              returns.typeName(), "a query without a PageRequest parameter",
              "a List, or add a PageRequest parameter"));
        }
        if (page != null && container != Container.PAGE) {
          problems.add(Problem.on(page.element(), Diagnostic.QUERY_SPECIAL_PARAMETER,
              page.name(), where, "a PageRequest needs the method to return Page<...>; use"
                  + " Limit for a List or Stream"));
        }
        if (limit != null && (container == Container.NONE || container == Container.OPTIONAL)) {
          problems.add(Problem.on(limit.element(), Diagnostic.QUERY_SPECIAL_PARAMETER,
              limit.name(), where, "a Limit needs the method to return a List or Stream"));
        }
        if (returns.element() == ResultKind.ENTITY) {
          read = new QueryPlan.EntityRead(entity);
          selectList = entity.properties().stream()
              .map(p -> Identifiers.sql(p.columnName())).collect(Collectors.joining(", "));
        } else {
          List<ValueRef> components = new ArrayList<>();
          List<String> columns = new ArrayList<>();
          for (Component component : returns.components()) {
            PropertyModel property = entity.properties().stream()
                .filter(p -> p.name().equals(component.name())).findFirst().orElse(null);
            if (property == null) {
              problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
                  returns.typeName(), "a projection of " + entity.simpleName()
                      + " whose component " + component.name() + " is no property of it"
                      + Suggestions.didYouMean(component.name(), propertyNames),
                  "a record whose components are named and typed like properties of "
                      + entity.simpleName()));
            } else if (component.value() == null
                || !component.value().boxedTypeName().equals(property.boxedTypeName())) {
              problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
                  returns.typeName(), "a projection whose component " + component.name()
                      + " is " + component.typeName() + " while " + entity.simpleName() + "."
                      + property.name() + " is " + property.typeName(),
                  "the component typed " + property.typeName()));
            } else {
              components.add(new ValueRef(property.valueType(), component.typeName(),
                  property.declaredType(), component.value().primitive(), property.converter()));
              columns.add(Identifiers.sql(property.columnName()));
            }
          }
          if (returns.components().isEmpty()) {
            problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
                returns.typeName(), "a projection without components",
                "a record with at least one component"));
          }
          read = new QueryPlan.ProjectionRead(returns.type(), components,
              java.util.stream.IntStream.rangeClosed(1, components.size()).boxed().toList());
          selectList = String.join(", ", columns);
        }
      }
    }

    // The statement; on a soft-delete entity, only live rows, and deleting marks them.
    Optional<String> alive = SoftDeleteSql.alive(entity);
    List<SqlPiece> whereSql = whereClause(conditions.isEmpty() ? List.of() : wherePieces, alive);
    List<SqlPiece> sql = new ArrayList<>();
    String head = switch (action) {
      case COUNT -> "SELECT COUNT(*) FROM " + table;
      case EXISTS -> "SELECT 1 FROM " + table;
      case WRITE -> entity.softDelete().isPresent()
          ? "UPDATE " + table + " SET " + SoftDeleteSql.assignment(entity.softDelete().get())
          : "DELETE FROM " + table;
      case SELECT -> "SELECT " + selectList + " FROM " + table;
    };
    sql.add(new Text(head));
    sql.addAll(whereSql);
    if (action == Action.WRITE && entity.softDelete().map(SoftDeleteSql::bindsTime)
        .orElse(false)) {
      bindings.add(0, new Binding(null, null, Form.DELETION_TIME));
    }
    List<SqlPiece> countSql = null;
    List<Binding> countBindings = List.of();
    if (action == Action.SELECT) {
      if (page != null) {
        countSql = new ArrayList<>();
        countSql.add(new Text("SELECT COUNT(*) FROM " + table));
        countSql.addAll(whereSql);
        countBindings = List.copyOf(bindings);
      }
      StringBuilder tail = new StringBuilder();
      if (!query.orders().isEmpty()) {
        tail.append(" ORDER BY ");
        for (int i = 0; i < query.orders().size(); i++) {
          Ordering order = query.orders().get(i);
          tail.append(i == 0 ? "" : ", ")
              .append(Identifiers.sql(property(entity, order.property()).columnName()))
              // PostgreSQL's default placement of NULLs, written out so H2 sorts alike.
              .append(order.descending() ? " DESC NULLS FIRST" : " ASC NULLS LAST");
        }
      }
      if (query.limit() > 0) {
        tail.append(" LIMIT ").append(query.limit());
      } else if (limit != null) {
        tail.append(" LIMIT ?");
        bindings.add(new Binding(limit.name(), null, Form.LIMIT));
      } else if (page != null) {
        tail.append(" LIMIT ? OFFSET ?");
        bindings.add(new Binding(page.name(), null, Form.PAGE_SIZE));
        bindings.add(new Binding(page.name(), null, Form.PAGE_OFFSET));
      } else if (returns.container() == Container.NONE
          || returns.container() == Container.OPTIONAL) {
        // Two rows are enough to tell that a single-row finder matched more than one.
        tail.append(" LIMIT 2");
      }
      sql.add(new Text(tail.toString()));
    } else if (action == Action.EXISTS) {
      sql.add(new Text(" LIMIT 1"));
    }
    return new QueryPlan(method, action, merge(sql), countSql == null ? null : merge(countSql),
        bindings, countBindings, read, entity);
  }

  private void checkOperator(String where, QueryMethod method, Condition condition,
      PropertyModel property, List<Problem> problems) {
    Operator operator = condition.operator();
    ValueType type = property.valueType();
    String needs = null;
    if ((operator.isTextOnly() || condition.ignoreCase()) && type != ValueType.STRING) {
      needs = "String";
    } else if (condition.ignoreCase() && !operator.isTextOnly() && operator != Operator.EQUALS
        && operator != Operator.NOT) {
      needs = "condition that compares text (Is, Not, Like, StartingWith, EndingWith,"
          + " Containing) for IgnoreCase; a";
    } else if ((operator == Operator.TRUE || operator == Operator.FALSE)
        && type != ValueType.BOOLEAN) {
      needs = "boolean";
    } else if (operator.isOrdering() && (type == ValueType.BOOLEAN || type == ValueType.BYTES)) {
      needs = "comparable (number, string, date or time)";
    } else if ((operator == Operator.IS_NULL || operator == Operator.IS_NOT_NULL)
        && property.primitive()) {
      needs = "nullable (not primitive)";
    }
    if (needs != null) {
      problems.add(Problem.on(method.element(), Diagnostic.QUERY_OPERATOR_TYPE, where,
          property.name(), condition.ignoreCase() && !operator.isTextOnly()
              ? operator.description() + " ignoring case" : operator.description(),
          needs, property.name(), property.typeName()));
    }
  }

  private void checkParameterType(String where, Condition condition, PropertyModel property,
      Parameter parameter, List<Problem> problems) {
    if (parameter.kind() == ParameterKind.UNSUPPORTED) {
      return;
    }
    boolean collection = condition.operator().takesCollection();
    String expected = collection
        ? "a Collection of " + simple(property.boxedTypeName())
        : property.typeName().equals(property.boxedTypeName())
            ? simple(property.typeName())
            : simple(property.typeName()) + " or " + simple(property.boxedTypeName());
    boolean fits = parameter.kind() == (collection ? ParameterKind.COLLECTION : ParameterKind.VALUE)
        && parameter.value().boxedTypeName().equals(property.boxedTypeName());
    if (!fits) {
      problems.add(Problem.on(parameter.element(), Diagnostic.QUERY_PARAMETER_TYPE,
          parameter.name(), where, parameter.typeName(), property.name(),
          condition.operator().description(), expected));
    }
  }

  private static void requireCount(String where, QueryMethod method, QueryMethod.Result returns,
      String what, List<Problem> problems) {
    if (!isScalar(returns, ValueType.LONG) && !isScalar(returns, ValueType.INT)) {
      problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
          returns.typeName(), what, "long or int"));
    }
  }

  private static boolean isScalar(QueryMethod.Result returns, ValueType type) {
    return returns.element() == ResultKind.SCALAR && returns.container() == Container.NONE
        && returns.scalar().valueType() == type;
  }

  // ---- @Query ----------------------------------------------------------------------------

  private QueryPlan nativeQuery(
      RepositoryModel repository, QueryMethod method, List<Problem> problems) {
    String where = where(repository, method);
    if (method.sql().isBlank()) {
      problems.add(Problem.on(method.element(), method.query(), Diagnostic.QUERY_EMPTY, where));
      return null;
    }
    NamedSql named = NamedSql.parse(method.sql());
    if (!named.positionalMarkers().isEmpty()) {
      problems.add(Problem.on(method.element(), method.query(),
          Diagnostic.QUERY_POSITIONAL_PARAMETER, where));
    }
    List<String> parameterNames = method.parameters().stream().map(Parameter::name).toList();
    Set<String> used = new LinkedHashSet<>(named.names());
    for (String name : used) {
      if (!parameterNames.contains(name)) {
        problems.add(Problem.on(method.element(), method.query(),
            Diagnostic.QUERY_UNKNOWN_PARAMETER, where, name, method.name(), name,
            Suggestions.didYouMean(name, parameterNames)));
      }
    }
    for (Parameter parameter : method.parameters()) {
      switch (parameter.kind()) {
        case UNSUPPORTED -> problems.add(Problem.on(parameter.element(),
            Diagnostic.UNSUPPORTED_QUERY_PARAMETER, parameter.name(), where, parameter.typeName()));
        case LIMIT, PAGE_REQUEST -> problems.add(Problem.on(parameter.element(),
            Diagnostic.QUERY_SPECIAL_PARAMETER, parameter.name(), where,
            simple(parameter.typeName()) + " is for derived queries; in @Query write LIMIT"
                + " :limit (and OFFSET :offset) with int parameters"));
        default -> {
          if (!used.contains(parameter.name())) {
            problems.add(Problem.on(parameter.element(), Diagnostic.QUERY_UNUSED_PARAMETER,
                parameter.name(), where, parameter.name()));
          }
        }
      }
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return null;
    }

    // The pieces: text, with the markers of collection parameters expanded at run time.
    List<SqlPiece> pieces = new ArrayList<>();
    List<Binding> bindings = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<String> fragments = named.fragments();
    for (int i = 0; i < named.parameters().size(); i++) {
      text.append(fragments.get(i));
      String name = named.parameters().get(i).name();
      Parameter parameter = method.parameters().stream()
          .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
      if (parameter.kind() == ParameterKind.COLLECTION) {
        pieces.add(new Text(text.toString()));
        text.setLength(0);
        pieces.add(new QueryPlan.Markers(parameter.name()));
        bindings.add(new Binding(parameter.name(), parameter.value(), Form.EACH));
      } else {
        text.append('?');
        bindings.add(new Binding(parameter.name(), parameter.value(), Form.VALUE));
      }
    }
    text.append(fragments.get(fragments.size() - 1));
    pieces.add(new Text(text.toString()));

    QueryMethod.Result returns = method.returns();
    boolean readsRows;
    List<ResultColumn> columns = null;
    if (method.checked()) {
      Prepared prepared = preparer.get().prepare(named.jdbcSql());
      if (prepared instanceof Prepared.Failure failure) {
        problems.add(Problem.on(method.element(), method.query(), Diagnostic.QUERY_INVALID_SQL,
            where, failure.message()));
        return null;
      }
      readsRows = prepared instanceof Prepared.Query;
      if (prepared instanceof Prepared.Query query) {
        columns = query.columns();
      }
    } else {
      problems.add(Problem.on(method.element(), method.query(), Diagnostic.QUERY_UNCHECKED,
          where));
      readsRows = READS_ROWS.matcher(method.sql()).find();
    }
    EntityModel entity = repository.entity();
    if (!readsRows) {
      if (returns.element() != ResultKind.VOID && !isScalar(returns, ValueType.LONG)
          && !isScalar(returns, ValueType.INT)) {
        problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
            returns.typeName(), "an INSERT, UPDATE or DELETE",
            "int, long or void (the number of rows changed)"));
        return null;
      }
      return new QueryPlan(method, Action.WRITE, merge(pieces), null, bindings, List.of(), null,
          entity);
    }
    if (returns.element() == ResultKind.VOID || returns.element() == ResultKind.UNSUPPORTED
        || returns.container() == Container.PAGE) {
      problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
          returns.typeName(), "a query",
          "an entity, a record, a column value (String, Long, ...), or an Optional, List or"
              + " Stream of one" + (returns.container() == Container.PAGE
                  ? "; Page is for derived queries" : "")));
      return null;
    }
    RowRead read = read(where, method, returns, columns, problems);
    if (read == null) {
      return null;
    }
    return new QueryPlan(method, Action.SELECT, merge(pieces), null, bindings, List.of(), read,
        entity);
  }

  /** How rows of the result become elements; null after reporting why they cannot. */
  private RowRead read(String where, QueryMethod method, QueryMethod.Result returns,
      List<ResultColumn> columns, List<Problem> problems) {
    String labels = columns == null ? "unchecked"
        : columns.stream().map(ResultColumn::label).collect(Collectors.joining(", "));
    switch (returns.element()) {
      case SCALAR -> {
        if (columns != null && columns.size() != 1) {
          problems.add(Problem.on(method.element(), method.query(),
              Diagnostic.QUERY_RESULT_MISMATCH, where, labels, returns.typeName(),
              "a " + simple(returns.scalar().typeName()) + " reads one column; select one"));
          return null;
        }
        if (columns != null && !fits(returns.scalar().valueType(), columns.get(0).jdbcType())) {
          problems.add(Problem.on(method.element(), method.query(),
              Diagnostic.QUERY_RESULT_MISMATCH, where, labels, returns.typeName(),
              "column " + columns.get(0).label() + " is " + columns.get(0).typeName()));
          return null;
        }
        return new QueryPlan.ScalarRead(returns.scalar());
      }
      case ENTITY -> {
        EntityModel target = entitiesByGeneratedName.values().stream()
            .filter(e -> returns.type().getQualifiedName().contentEquals(e.qualifiedName()))
            .findFirst().orElse(null);
        if (target == null) {
          problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
              returns.typeName(), "this compilation", "an entity of this compilation"));
          return null;
        }
        List<String> expected = target.properties().stream().map(PropertyModel::columnName)
            .toList();
        if (columns != null) {
          boolean inOrder = columns.size() >= expected.size();
          for (int i = 0; inOrder && i < expected.size(); i++) {
            inOrder = columns.get(i).label().equalsIgnoreCase(expected.get(i));
          }
          if (!inOrder) {
            problems.add(Problem.on(method.element(), method.query(),
                Diagnostic.QUERY_RESULT_MISMATCH, where, labels, returns.typeName(),
                target.simpleName() + " is read from its columns in their order ("
                    + String.join(", ", expected) + "), as SELECT * returns them; select those"
                    + " first, or return a record of the columns you need"));
            return null;
          }
        }
        return new QueryPlan.EntityRead(target);
      }
      default -> {
        List<ValueRef> components = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < returns.components().size(); i++) {
          Component component = returns.components().get(i);
          if (component.value() == null) {
            problems.add(Problem.on(method.element(), Diagnostic.QUERY_RETURN_TYPE, where,
                returns.typeName(), "a projection whose component " + component.name()
                    + " is " + component.typeName(), "components of column types"));
            continue;
          }
          int index = i + 1;
          if (columns != null) {
            index = columnIndex(columns, component.name());
            if (index < 0) {
              problems.add(Problem.on(method.element(), method.query(),
                  Diagnostic.QUERY_RESULT_MISMATCH, where, labels, returns.typeName(),
                  "no column is named " + component.name() + " or "
                      + Names.snakeCase(component.name()) + "; select it, or write AS "
                      + Names.snakeCase(component.name())));
              continue;
            }
            ResultColumn column = columns.get(index - 1);
            if (!fits(component.value().valueType(), column.jdbcType())) {
              problems.add(Problem.on(method.element(), method.query(),
                  Diagnostic.QUERY_RESULT_MISMATCH, where, labels, returns.typeName(),
                  "column " + column.label() + " is " + column.typeName() + ", but component "
                      + component.name() + " is " + component.typeName()));
              continue;
            }
          }
          components.add(component.value());
          indexes.add(index);
        }
        if (components.size() != returns.components().size()) {
          return null;
        }
        return new QueryPlan.ProjectionRead(returns.type(), components, indexes);
      }
    }
  }

  private static int columnIndex(List<ResultColumn> columns, String component) {
    String snake = Names.snakeCase(component);
    for (int i = 0; i < columns.size(); i++) {
      String label = columns.get(i).label();
      if (label.equalsIgnoreCase(component) || label.equalsIgnoreCase(snake)) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Whether a column of JDBC type {@code jdbcType} can be read as {@code type}; generous where
   * the driver converts (any number to any number), strict where it cannot.
   */
  static boolean fits(ValueType type, int jdbcType) {
    boolean number = switch (jdbcType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL,
          Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE -> true;
      default -> false;
    };
    boolean text = switch (jdbcType) {
      case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR,
          Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB -> true;
      default -> false;
    };
    if (jdbcType == Types.NULL || jdbcType == Types.OTHER || jdbcType == Types.JAVA_OBJECT) {
      return true;
    }
    return switch (type) {
      case STRING -> true;
      case ENUM -> text;
      case INT, LONG, SHORT, DOUBLE, FLOAT, BIG_DECIMAL -> number;
      case BOOLEAN -> jdbcType == Types.BOOLEAN || jdbcType == Types.BIT || number;
      case BYTES -> jdbcType == Types.BINARY || jdbcType == Types.VARBINARY
          || jdbcType == Types.LONGVARBINARY || jdbcType == Types.BLOB;
      case UUID -> jdbcType == Types.BINARY || text;
      case LOCAL_DATE -> jdbcType == Types.DATE || jdbcType == Types.TIMESTAMP;
      case LOCAL_TIME -> jdbcType == Types.TIME || jdbcType == Types.TIME_WITH_TIMEZONE;
      case LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> jdbcType == Types.TIMESTAMP
          || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || jdbcType == Types.DATE;
      case STRING_LIST, LONG_LIST, STRING_ARRAY, LONG_ARRAY -> jdbcType == Types.ARRAY;
      case JSON -> text || jdbcType == Types.VARBINARY || jdbcType == Types.LONGVARBINARY;
    };
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** {@code WHERE <conditions>}, with {@code AND <alive>} for a soft-delete entity. */
  private static List<SqlPiece> whereClause(List<SqlPiece> conditions, Optional<String> alive) {
    List<SqlPiece> where = new ArrayList<>();
    if (conditions.isEmpty() && alive.isEmpty()) {
      return where;
    }
    if (conditions.isEmpty()) {
      where.add(new Text(" WHERE " + alive.get()));
      return where;
    }
    where.add(new Text(alive.isPresent() ? " WHERE (" : " WHERE "));
    where.addAll(conditions);
    alive.ifPresent(condition -> where.add(new Text(") AND " + condition)));
    return where;
  }

  /** Adjacent texts as one, empty ones dropped. */
  private static List<SqlPiece> merge(List<SqlPiece> pieces) {
    List<SqlPiece> merged = new ArrayList<>();
    for (SqlPiece piece : pieces) {
      if (piece instanceof Text text && !merged.isEmpty()
          && merged.get(merged.size() - 1) instanceof Text previous) {
        merged.set(merged.size() - 1, new Text(previous.sql() + text.sql()));
      } else if (!(piece instanceof Text text && text.sql().isEmpty())) {
        merged.add(piece);
      }
    }
    return merged;
  }

  private static PropertyModel property(EntityModel entity, String name) {
    return entity.properties().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow();
  }

  private static ValueRef valueOf(PropertyModel property) {
    return new ValueRef(property.valueType(), property.typeName(), property.declaredType(),
        property.primitive(), property.converter());
  }

  private static String where(RepositoryModel repository, QueryMethod method) {
    return repository.element().getSimpleName() + "." + method.name();
  }

  private static String simple(String qualified) {
    int generic = qualified.indexOf('<');
    String raw = generic < 0 ? qualified : qualified.substring(0, generic);
    return raw.substring(raw.lastIndexOf('.') + 1) + (generic < 0 ? "" : qualified.substring(generic));
  }

  private static String kindName(TypeElement element) {
    return switch (element.getKind()) {
      case CLASS -> "a class";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> element.getKind().toString().toLowerCase(Locale.ROOT);
    };
  }
}
