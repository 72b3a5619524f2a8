package dev.precast.processor.validate;

import dev.precast.processor.diag.Diagnostic;
import dev.precast.processor.diag.Problem;
import dev.precast.processor.diag.Suggestions;
import dev.precast.processor.dialect.Identifiers;
import dev.precast.processor.model.CallbackModel;
import dev.precast.processor.model.CheckModel;
import dev.precast.processor.model.ConverterModel;
import dev.precast.processor.model.DeclaredSqlType;
import dev.precast.processor.model.EmbeddedModel;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IndexModel;
import dev.precast.processor.model.JsonModel;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.Rule;
import dev.precast.processor.model.Style;
import dev.precast.processor.model.UniqueModel;
import dev.precast.processor.model.ValueType;
import dev.precast.processor.parse.Annotations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;

/**
 * Checks one entity model and lists every problem, each on its element, so that a user sees
 * all of an entity's mistakes in one compilation. Generation runs only on models without
 * problems.
 */
public final class EntityValidator {
  private static final Pattern UNUSABLE_NAME_CHARACTERS = Pattern.compile("[\"\\x00-\\x1f]");

  /** Every problem of {@code entity}; empty when code can be generated from it. */
  public List<Problem> validate(EntityModel entity) {
    List<Problem> problems = new ArrayList<>();
    if (!checkShape(entity, problems)) {
      return problems;
    }
    checkName(entity.element(), entity.table(), "table name", entity.tableName(), problems);
    checkIds(entity, problems);
    checkTransients(entity, problems);
    checkUnmappedFields(entity, problems);
    Map<String, PropertyModel> columns = new HashMap<>();
    Map<String, PropertyModel> constants = new HashMap<>();
    for (PropertyModel property : entity.properties()) {
      checkProperty(entity, property, problems);
      PropertyModel previous =
          columns.putIfAbsent(property.columnName().toLowerCase(Locale.ROOT), property);
      String constant = Names.constantName(property.name());
      PropertyModel sameConstant = constants.putIfAbsent(constant, property);
      if (previous != null && (property.embedded() != null || previous.embedded() != null)) {
        EmbeddedModel embedded =
            property.embedded() != null ? property.embedded() : previous.embedded();
        problems.add(Problem.on(embedded.field(), embedded.annotation(),
            Diagnostic.EMBEDDED_COLUMN_CLASH, property.columnName(), previous.path(),
            property.path(), embedded.name(), "other_" + embedded.prefix()));
      } else if (previous != null) {
        problems.add(Problem.on(property.field(), property.column(), Diagnostic.DUPLICATE_COLUMN,
            property.columnName(), previous.name(), property.name()));
      } else if (constant.equals(Names.TABLE_CONSTANT)) {
        problems.add(Problem.on(property.field(), Diagnostic.CONSTANT_IS_TABLE, property.name(),
            entity.simpleName(), property.columnName()));
      } else if (sameConstant != null) {
        problems.add(Problem.on(property.field(), Diagnostic.DUPLICATE_CONSTANT,
            sameConstant.name(), property.name(), entity.simpleName(), constant));
      }
    }
    checkConstantsHideNoClass(entity, problems);
    checkEmbeddeds(entity, problems);
    checkUniques(entity, problems);
    checkIndexes(entity, problems);
    checkVersion(entity, problems);
    checkCallbacks(entity, problems);
    checkTimestamps(entity, problems);
    checkChecks(entity, problems);
    checkMethodsHaveNoRules(entity, problems);
    return problems;
  }

  /**
   * Inside {@code X_} a constant is a variable, and Java reads a name in an expression as a
   * variable before a class: the mapper's {@code X.Status::valueOf} for an enum nested in
   * {@code X} fails to compile when a field {@code x} made the constant {@code X}. Only
   * all-capital class names can meet a constant.
   */
  private static void checkConstantsHideNoClass(EntityModel entity, List<Problem> problems) {
    for (PropertyModel property : entity.properties()) {
      String constant = Names.constantName(property.name());
      entity.properties().stream()
          .filter(p -> p.valueType() == ValueType.ENUM && p.declaredType() != null
              && p.declaredType().simpleNames().size() > 1
              && p.declaredType().simpleNames().get(0).equals(constant))
          .findFirst()
          .ifPresent(user -> problems.add(Problem.on(property.field(),
              Diagnostic.CONSTANT_HIDES_CLASS, property.name(), entity.simpleName(), constant,
              constant, entity.simpleName(), String.join(".", user.declaredType().simpleNames()),
              property.columnName())));
    }
  }

  /** What an {@code @Embedded} field and its type must be; their components are checked as properties. */
  private static void checkEmbeddeds(EntityModel entity, List<Problem> problems) {
    for (EmbeddedModel embedded : entity.embeddeds()) {
      String name = embedded.name();
      String type = simpleTypeName(embedded.typeName());
      if (embedded.shapeProblem() != null) {
        problems.add(Problem.on(embedded.field(), embedded.annotation(),
            Diagnostic.EMBEDDED_NOT_A_VALUE, name, type, embedded.shapeProblem()));
        continue;
      }
      List<PropertyModel> components = entity.components(embedded);
      if (components.isEmpty()) {
        problems.add(Problem.on(embedded.field(), embedded.annotation(),
            Diagnostic.EMBEDDED_NO_COMPONENTS, name, type));
      }
      for (AnnotationMirror mirror : embedded.fieldAnnotations()) {
        problems.add(Problem.on(embedded.field(), mirror, Diagnostic.EMBEDDED_FIELD_ANNOTATED,
            Annotations.simpleName(mirror), name, type));
      }
      for (AnnotationMirror mirror : embedded.fieldRules()) {
        problems.add(Problem.on(embedded.field(), mirror, Diagnostic.EMBEDDED_FIELD_RULE,
            Annotations.simpleName(mirror), name, type));
      }
      if (embedded.read() == null) {
        problems.add(Problem.on(embedded.field(), Diagnostic.NO_READ_ACCESS, name,
            entity.simpleName(), getterName(null, name)));
      }
      if (embedded.write() == null && entity.style() == Style.CLASS) {
        boolean isFinal = embedded.field().getModifiers().contains(Modifier.FINAL);
        boolean isPrivate = embedded.field().getModifiers().contains(Modifier.PRIVATE);
        String why = isFinal && isPrivate ? "private and final" : isFinal ? "final" : "private";
        problems.add(Problem.on(embedded.field(), Diagnostic.NO_WRITE_ACCESS, name,
            entity.simpleName(), why, "set" + Names.capitalize(name), type));
      }
      for (EmbeddedModel.Misplaced misplaced : embedded.unmappable()) {
        String component = misplaced.component().getSimpleName().toString();
        if (Annotations.qualifiedName(misplaced.annotation()).equals(Annotations.EMBEDDED)) {
          problems.add(Problem.on(misplaced.component(), misplaced.annotation(),
              Diagnostic.EMBEDDED_NESTED, component, type, type));
        } else {
          problems.add(Problem.on(misplaced.component(), misplaced.annotation(),
              Diagnostic.EMBEDDED_COMPONENT_ANNOTATED,
              Annotations.simpleName(misplaced.annotation()), component, type,
              entity.simpleName()));
        }
      }
      for (PropertyModel component : components) {
        if (component.primitive()) {
          problems.add(Problem.on(component.field(), Diagnostic.EMBEDDED_PRIMITIVE,
              component.componentName(), type, component.typeName(), name,
              simpleTypeName(component.boxedTypeName())));
        }
      }
    }
  }

  /** Checks the class that carries {@code @Table}; false when it is no class at all. */
  private static boolean checkShape(EntityModel entity, List<Problem> problems) {
    TypeElement type = entity.element();
    String name = entity.simpleName();
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      String kind = switch (type.getKind()) {
        case INTERFACE -> "an interface";
        case ENUM -> "an enum";
        case ANNOTATION_TYPE -> "an annotation type";
        default -> "a " + type.getKind().name().toLowerCase(Locale.ROOT);
      };
      problems.add(Problem.on(type, entity.table(), Diagnostic.TABLE_NOT_A_CLASS, name, kind));
      return false;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      problems.add(Problem.on(type, entity.table(), Diagnostic.TABLE_ABSTRACT, name));
    }
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS
        || (type.getNestingKind() == NestingKind.MEMBER
            && !type.getModifiers().contains(Modifier.STATIC)
            && type.getKind() != ElementKind.RECORD)) {
      problems.add(Problem.on(type, entity.table(), Diagnostic.TABLE_INNER_CLASS, name));
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      problems.add(Problem.on(type, entity.table(), Diagnostic.TABLE_PRIVATE, name));
    }
    for (Element outer = type.getEnclosingElement(); outer instanceof TypeElement enclosing;
        outer = outer.getEnclosingElement()) {
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        problems.add(Problem.on(type, entity.table(), Diagnostic.TABLE_IN_PRIVATE_CLASS, name,
            enclosing.getSimpleName()));
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      problems.add(Problem.on(type, entity.table(), Diagnostic.TABLE_GENERIC, name));
    }
    if (entity.style() == Style.CLASS && !entity.hasNoArgConstructor()
        && !type.getModifiers().contains(Modifier.ABSTRACT)) {
      problems.add(Problem.on(type, Diagnostic.NO_CONSTRUCTOR, name, name));
    }
    return true;
  }

  private static void checkName(Element element, AnnotationMirror annotation, String what,
      String name, List<Problem> problems) {
    String reason = null;
    if (name.isBlank()) {
      reason = "it is blank";
    } else if (UNUSABLE_NAME_CHARACTERS.matcher(name).find()) {
      reason = "it contains a double quote or a control character";
    } else if (!name.equals(name.strip())) {
      reason = "it starts or ends with white space";
    }
    if (reason != null) {
      problems.add(Problem.on(element, annotation,
          annotation == null ? null : Annotations.explicitValue(annotation, "name"),
          Diagnostic.INVALID_NAME, what, name, reason));
    }
  }

  private static void checkIds(EntityModel entity, List<Problem> problems) {
    List<PropertyModel> ids = entity.properties().stream().filter(PropertyModel::isId).toList();
    boolean transientId = entity.transientNames().stream()
        .anyMatch(t -> Annotations.find(t.field(), Annotations.ID).isPresent());
    if (ids.isEmpty() && !transientId) {
      problems.add(Problem.on(entity.element(), Diagnostic.NO_ID, entity.simpleName()));
    } else if (ids.size() > 1) {
      String names = ids.stream().map(PropertyModel::name).collect(Collectors.joining(", "));
      for (PropertyModel extra : ids.subList(1, ids.size())) {
        problems.add(Problem.on(extra.field(), extra.id(), Diagnostic.SEVERAL_IDS,
            entity.simpleName(), ids.size(), names));
      }
    }
    for (PropertyModel id : ids) {
      ValueType type = id.valueType();
      boolean supported = type == ValueType.LONG || type == ValueType.INT
          || type == ValueType.UUID || type == ValueType.STRING;
      if (type != null && !supported) {
        problems.add(Problem.on(id.field(), id.id(), Diagnostic.UNSUPPORTED_ID_TYPE,
            id.name(), simpleTypeName(id.typeName())));
      }
    }
  }

  private static void checkTransients(EntityModel entity, List<Problem> problems) {
    for (EntityModel.TransientField field : entity.transientNames()) {
      AnnotationMirror marker = Annotations.find(field.field(), Annotations.TRANSIENT).orElseThrow();
      if (entity.style() == Style.RECORD) {
        problems.add(Problem.on(field.field(), marker, Diagnostic.TRANSIENT_RECORD_COMPONENT,
            field.name()));
      }
      if (Annotations.find(field.field(), Annotations.ID).isPresent()) {
        problems.add(Problem.on(field.field(), marker, Diagnostic.TRANSIENT_ID, field.name()));
      }
      for (String other : List.of(Annotations.COLUMN, Annotations.UNIQUE, Annotations.REFERENCES,
          Annotations.INDEX, Annotations.CHECK, Annotations.VERSION, Annotations.EMBEDDED)) {
        Annotations.find(field.field(), other).ifPresent(mirror -> problems.add(Problem.on(
            field.field(), mirror, Diagnostic.TRANSIENT_WITH_MAPPING, field.name(),
            Annotations.simpleName(mirror))));
      }
    }
  }

  /** A static or {@code transient} field is never a column, so mapping annotations on it are errors. */
  private static void checkUnmappedFields(EntityModel entity, List<Problem> problems) {
    for (VariableElement field : entity.unmappedFields()) {
      String modifier = field.getModifiers().contains(Modifier.STATIC) ? "static" : "transient";
      for (String annotation : List.of(Annotations.ID, Annotations.COLUMN, Annotations.UNIQUE,
          Annotations.REFERENCES, Annotations.INDEX, Annotations.CHECK, Annotations.VERSION)) {
        Annotations.find(field, annotation).ifPresent(mirror -> problems.add(Problem.on(field,
            mirror, Diagnostic.UNMAPPED_FIELD_ANNOTATED, field.getSimpleName(), modifier,
            Annotations.simpleName(mirror), modifier)));
      }
    }
  }

  private static void checkProperty(
      EntityModel entity, PropertyModel property, List<Problem> problems) {
    String name = property.path();
    if (property.column() != null) {
      checkName(property.field(), property.column(), "column name", property.columnName(),
          problems);
    }
    checkSqlTypes(property, problems);
    if (property.json() != null && !checkJson(property, problems)) {
      return;
    }
    if (property.converter() != null && !checkConverter(entity, property, problems)) {
      return;
    }
    if (property.valueType() == null) {
      problems.add(Problem.on(property.field(), Diagnostic.UNSUPPORTED_TYPE, name,
          simpleTypeName(property.typeName())));
      return;
    }
    checkTypeAccess(entity, property, problems);
    // A component of an embedded value is read and set on that value, of its own type.
    String component = property.componentName();
    String owner = property.embedded() == null ? entity.simpleName()
        : simpleTypeName(property.embedded().typeName());
    Style style = property.embedded() == null ? entity.style() : property.embedded().style();
    if (property.read() == null) {
      problems.add(Problem.on(property.field(), Diagnostic.NO_READ_ACCESS, name, owner,
          getterName(property.valueType(), component)));
    }
    if (property.write() == null && style == Style.CLASS) {
      boolean isFinal = property.field().getModifiers().contains(Modifier.FINAL);
      boolean isPrivate = property.field().getModifiers().contains(Modifier.PRIVATE);
      String why = isFinal && isPrivate ? "private and final" : isFinal ? "final" : "private";
      problems.add(Problem.on(property.field(), Diagnostic.NO_WRITE_ACCESS, name, owner, why,
          "set" + Names.capitalize(component), simpleTypeName(property.typeName())));
    }
    checkColumnAttributes(property, problems);
    for (Rule rule : property.rules()) {
      checkRule(property, rule, problems);
    }
  }

  /** Words that make a declared type more than a type: a constraint, a default, a collation. */
  private static final Set<String> NOT_TYPE_WORDS = Set.of("not", "null", "default", "primary",
      "key", "references", "check", "unique", "constraint", "generated", "identity", "collate",
      "as", "on", "select", "drop", "insert", "update", "delete", "create", "alter");
  private static final Pattern TYPE_CHARACTERS = Pattern.compile("[A-Za-z0-9_ \t,.()\\[\\]]+");

  /**
   * {@code @Column(type)} and {@code @ColumnType} go into the DDL as written, so each must be a
   * type and nothing more: never blank, never a second statement, a comment or a constraint.
   */
  private static void checkSqlTypes(PropertyModel property, List<Problem> problems) {
    Map<String, String> byDialect = new HashMap<>();
    for (DeclaredSqlType type : property.sqlTypes()) {
      String where = type.everyDialect() ? "@Column(type)"
          : "@ColumnType(dialect = " + type.dialect() + ")";
      AnnotationValue value = Annotations.explicitValue(type.annotation(), type.attribute());
      String sql = type.sql();
      String unsafe = sql.isBlank() ? null : unsafeTypeReason(sql);
      if (sql.isBlank()) {
        problems.add(Problem.on(property.field(), type.annotation(), value,
            Diagnostic.SQL_TYPE_BLANK, where, property.name(),
            simpleTypeName(property.typeName())));
      } else if (unsafe != null) {
        problems.add(Problem.on(property.field(), type.annotation(), value,
            Diagnostic.SQL_TYPE_UNSAFE, where, property.name(), sql, unsafe));
      }
      if (!type.everyDialect()) {
        String earlier = byDialect.putIfAbsent(type.dialect(), sql);
        if (earlier != null) {
          problems.add(Problem.on(property.field(), type.annotation(), value,
              Diagnostic.SQL_TYPE_DIALECT_TWICE, property.name(), type.dialect(), earlier, sql));
        }
      }
    }
  }

  /** Why a declared type is not just a type, or null when it is one. */
  private static String unsafeTypeReason(String sql) {
    if (sql.contains(";")) {
      return "contains ';', which would end the statement";
    }
    if (sql.contains("--") || sql.contains("/*")) {
      return "contains a comment";
    }
    if (sql.indexOf('\'') >= 0 || sql.indexOf('"') >= 0) {
      return "contains a quote";
    }
    if (!TYPE_CHARACTERS.matcher(sql).matches()) {
      return "contains characters no type name has";
    }
    int depth = 0;
    for (char c : sql.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return "has unbalanced parentheses";
      }
    }
    if (depth != 0) {
      return "has unbalanced parentheses";
    }
    for (String word : sql.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+")) {
      if (NOT_TYPE_WORDS.contains(word)) {
        return "contains " + word.toUpperCase(Locale.ROOT) + ", which is no part of a type";
      }
    }
    return null;
  }

  /** Whether a {@code @Json} field can be stored as JSON; reports why not. */
  private static boolean checkJson(PropertyModel property, List<Problem> problems) {
    JsonModel json = property.json();
    String name = property.name();
    String type = simpleTypeName(property.typeName());
    if (json.type() == null || property.primitive()) {
      problems.add(Problem.on(property.field(), json.annotation(),
          Diagnostic.JSON_UNSUPPORTED_TYPE, name, type));
      return false;
    }
    if (json.jackson() && !json.jacksonAvailable()) {
      problems.add(Problem.on(property.field(), json.annotation(), Diagnostic.JSON_NEEDS_JACKSON,
          name, type, type));
      return false;
    }
    ConverterModel converter = property.converter();
    if (!json.jackson() && converter != null && converter.isConverter()
        && converter.columnType() != null && property.valueType() != ValueType.JSON) {
      problems.add(Problem.on(property.field(), converter.annotation(),
          Diagnostic.JSON_CONVERTER_NOT_TEXT, name, converter.type().canonicalName(),
          simpleTypeName(converter.columnTypeName()), type));
      return false;
    }
    return true;
  }

  /** Whether the property's converter fits it; reports every way it does not. */
  private static boolean checkConverter(
      EntityModel entity, PropertyModel property, List<Problem> problems) {
    ConverterModel converter = property.converter();
    String name = property.name();
    String converterName = converter.type().canonicalName();
    int before = problems.size();
    if (!converter.isConverter()) {
      problems.add(Problem.on(property.field(), converter.annotation(),
          Diagnostic.CONVERTER_NOT_A_CONVERTER, name, converterName));
      return false;
    }
    if (converter.columnType() == null) {
      problems.add(Problem.on(property.field(), converter.annotation(),
          Diagnostic.CONVERTER_COLUMN_TYPE, converterName, name, converter.columnTypeName()));
    }
    if (!converter.javaTypeName().equals(property.boxedTypeName())) {
      problems.add(Problem.on(property.field(), converter.annotation(),
          Diagnostic.CONVERTER_JAVA_TYPE, converterName, converter.javaTypeName(), name,
          property.typeName(), property.typeName()));
    }
    if (!converter.instantiable()) {
      problems.add(Problem.on(property.field(), converter.annotation(),
          Diagnostic.CONVERTER_NOT_INSTANTIABLE, converterName, name));
    }
    String notAllowed = property.isId() ? "the @Id"
        : entity.isVersion(property) ? "the @Version"
        : property.primitive() ? "a primitive"
        : Annotations.find(property.field(), Annotations.REFERENCES).isPresent()
            ? "a @References foreign key" : null;
    if (notAllowed != null) {
      problems.add(Problem.on(property.field(), converter.annotation(),
          Diagnostic.CONVERTER_NOT_ALLOWED, name, notAllowed, property.primitive()
              ? "use the boxed type" : "its column must have the type of the key it matches"));
    }
    for (Rule rule : property.rules()) {
      if (rule.kind() != Rule.Kind.NOT_NULL) {
        problems.add(Problem.on(property.field(), rule.annotation(),
            Diagnostic.CONVERTER_WITH_RULE, rule.annotationName(), name,
            simpleTypeName(property.typeName()), simpleTypeName(property.typeName())));
      }
    }
    return problems.size() == before;
  }

  /**
   * Generated code lives in the entity's package: a field's type (an enum, say) must be
   * reachable from there, it and every class it is nested in.
   */
  private static void checkTypeAccess(
      EntityModel entity, PropertyModel property, List<Problem> problems) {
    if (!(property.field().asType() instanceof DeclaredType declared)) {
      return;
    }
    String where = entity.packageName().isEmpty() ? "the default package" : entity.packageName();
    for (Element element = declared.asElement(); element instanceof TypeElement type;
        element = element.getEnclosingElement()) {
      Set<Modifier> modifiers = type.getModifiers();
      boolean samePackage = packageOf(type).equals(entity.packageName());
      String access = modifiers.contains(Modifier.PRIVATE) ? "private"
          : modifiers.contains(Modifier.PUBLIC) || samePackage ? null
          : modifiers.contains(Modifier.PROTECTED) ? "protected in another package"
          : "package-private in another package";
      if (access != null) {
        problems.add(Problem.on(property.field(), Diagnostic.TYPE_NOT_ACCESSIBLE, property.name(),
            simpleTypeName(property.typeName()), where, type.getSimpleName(), access,
            samePackage ? "package-private or public" : "public"));
        return;
      }
    }
  }

  private static String packageOf(Element element) {
    Element current = element;
    while (current != null && !(current instanceof PackageElement)) {
      current = current.getEnclosingElement();
    }
    return current == null ? "" : ((PackageElement) current).getQualifiedName().toString();
  }

  private static void checkColumnAttributes(PropertyModel property, List<Problem> problems) {
    AnnotationMirror column = property.column();
    if (column == null) {
      return;
    }
    ValueType type = property.valueType();
    String name = property.name();
    if (property.length() != 0) {
      boolean sized = type == ValueType.STRING || type == ValueType.BYTES || type == ValueType.ENUM;
      if (!sized) {
        problems.add(Problem.on(property.field(), column, Annotations.explicitValue(column, "length"),
            Diagnostic.LENGTH_NOT_APPLICABLE, name, simpleTypeName(property.typeName())));
      } else if (property.length() < 0) {
        problems.add(Problem.on(property.field(), column, Annotations.explicitValue(column, "length"),
            Diagnostic.NEGATIVE_LENGTH, property.length(), name));
      }
    }
    int precision = property.precision();
    int scale = property.scale();
    if (precision == 0 && scale == 0) {
      return;
    }
    if (type != ValueType.BIG_DECIMAL) {
      problems.add(Problem.on(property.field(), column, Diagnostic.PRECISION_NOT_APPLICABLE, name,
          simpleTypeName(property.typeName())));
      return;
    }
    String reason = precision < 0 || scale < 0 ? "neither may be negative"
        : precision == 0 ? "a scale needs a precision"
        : scale > precision ? "the scale cannot exceed the precision"
        : precision > 1000 ? "the precision may be at most 1000 (PostgreSQL's limit)"
        : null;
    if (reason != null) {
      problems.add(Problem.on(property.field(), column, Diagnostic.INVALID_PRECISION, precision,
          scale, name, reason));
    }
  }

  private static void checkRule(PropertyModel property, Rule rule, List<Problem> problems) {
    ValueType type = property.valueType();
    String name = property.name();
    String typeName = simpleTypeName(property.typeName());
    Element field = property.field();
    AnnotationMirror at = rule.annotation();
    AnnotationValue groups = at == null ? null : Annotations.explicitValue(at, "groups");
    if (groups != null && groups.getValue() instanceof List<?> list && !list.isEmpty()) {
      problems.add(Problem.on(field, at, groups, Diagnostic.RULE_WITH_GROUPS,
          rule.annotationName(), name));
    }
    switch (rule.kind()) {
      case NOT_NULL -> { }
      case NOT_BLANK, EMAIL, PATTERN -> {
        if (!type.isText()) {
          problems.add(Problem.on(field, at, Diagnostic.RULE_NEEDS_TEXT, rule.annotationName(),
              name, typeName));
        }
        if (rule.regexp() != null) {
          try {
            Pattern.compile(rule.regexp(), rule.flags());
          } catch (PatternSyntaxException e) {
            problems.add(Problem.on(field, at, Annotations.explicitValue(at, "regexp"),
                Diagnostic.INVALID_PATTERN, rule.annotationName(), rule.regexp(), name,
                e.getDescription()));
          }
        }
      }
      case NOT_EMPTY, SIZE -> {
        if (type != ValueType.STRING && type != ValueType.BYTES) {
          problems.add(Problem.on(field, at, Diagnostic.RULE_NEEDS_SIZED, rule.annotationName(),
              name, typeName));
        } else if (rule.kind() == Rule.Kind.SIZE && (rule.min() < 0 || rule.max() < 0)) {
          problems.add(Problem.on(field, at, Diagnostic.SIZE_NEGATIVE, rule.min(), rule.max(),
              name));
        } else if (rule.kind() == Rule.Kind.SIZE && rule.min() > rule.max()) {
          problems.add(Problem.on(field, at, Diagnostic.SIZE_MIN_OVER_MAX, rule.min(),
              rule.max(), name));
        }
      }
      case MIN, MAX -> {
        if (!type.isNumeric()) {
          problems.add(Problem.on(field, at, Diagnostic.RULE_NEEDS_NUMBER, rule.annotationName(),
              name, typeName));
        } else if (rule.kind() == Rule.Kind.MAX) {
          property.rules().stream()
              .filter(other -> other.kind() == Rule.Kind.MIN && other.min() > rule.max())
              .findFirst()
              .ifPresentOrElse(min -> problems.add(Problem.on(field, at, Diagnostic.MIN_OVER_MAX,
                  min.min(), rule.max(), name)),
                  () -> checkBoundsMeet(property, rule, problems));
        }
      }
      case DECIMAL_MIN, DECIMAL_MAX, POSITIVE, POSITIVE_OR_ZERO, NEGATIVE, NEGATIVE_OR_ZERO -> {
        if (!type.isNumeric()) {
          problems.add(Problem.on(field, at, Diagnostic.RULE_NEEDS_NUMBER, rule.annotationName(),
              name, typeName));
        } else if (rule.bound() == null) {
          problems.add(Problem.on(field, at, Annotations.explicitValue(at, "value"),
              Diagnostic.INVALID_DECIMAL, rule.annotationName(), rule.value(), name));
        } else {
          checkBoundsMeet(property, rule, problems);
        }
      }
      case DIGITS -> {
        if (!type.isNumeric() && !type.isText()) {
          problems.add(Problem.on(field, at, Diagnostic.RULE_NEEDS_NUMBER_OR_TEXT,
              rule.annotationName(), name, typeName));
        } else if (rule.integer() < 0 || rule.fraction() < 0) {
          problems.add(Problem.on(field, at, Diagnostic.DIGITS_NEGATIVE, rule.integer(),
              rule.fraction(), name));
        }
      }
      case PAST, PAST_OR_PRESENT, FUTURE, FUTURE_OR_PRESENT -> {
        if (!type.isTemporal()) {
          problems.add(Problem.on(field, at, Diagnostic.RULE_NEEDS_TEMPORAL,
              rule.annotationName(), name, typeName));
        }
      }
      case ASSERT_TRUE, ASSERT_FALSE -> {
        if (type != ValueType.BOOLEAN) {
          problems.add(Problem.on(field, at, Diagnostic.RULE_NEEDS_BOOLEAN,
              rule.annotationName(), name, typeName));
        }
      }
      case UNSUPPORTED -> problems.add(Problem.on(field, at, Diagnostic.UNSUPPORTED_RULE,
          rule.annotationName(), name));
    }
  }

  /**
   * Reports, on an upper bound, the first lower bound of the same property that no value can
   * meet together with it. {@code @Min} above {@code @Max} has its own code, checked at MAX.
   */
  private static void checkBoundsMeet(PropertyModel property, Rule upper, List<Problem> problems) {
    Rule.Bound high = upper.bound();
    if (high.lower()) {
      return;
    }
    for (Rule lower : property.rules()) {
      Rule.Bound low = lower.bound();
      if (low == null || !low.lower() || !property.valueType().isNumeric()) {
        continue;
      }
      int order = low.value().compareTo(high.value());
      if (order > 0 || (order == 0 && !(low.inclusive() && high.inclusive()))) {
        problems.add(Problem.on(property.field(), upper.annotation(),
            Diagnostic.BOUNDS_EXCLUDE_EVERY_VALUE, describe(lower), describe(upper),
            property.name()));
        return;
      }
    }
  }

  /** A numeric rule as written: {@code @Positive}, {@code @Max(5)}, {@code @DecimalMin("0.5")}. */
  private static String describe(Rule rule) {
    return switch (rule.kind()) {
      case MIN -> "@Min(" + rule.min() + ")";
      case MAX -> "@Max(" + rule.max() + ")";
      case DECIMAL_MIN, DECIMAL_MAX -> "@" + rule.annotationName() + "(\"" + rule.value() + "\""
          + (rule.inclusive() ? "" : ", inclusive = false") + ")";
      default -> "@" + rule.annotationName();
    };
  }

  private static void checkUniques(EntityModel entity, List<Problem> problems) {
    Set<List<String>> declared = new HashSet<>();
    List<String> columnNames = entity.properties().stream().map(PropertyModel::columnName).toList();
    for (UniqueModel unique : entity.uniques()) {
      Element element = unique.element();
      AnnotationMirror at = unique.annotation();
      if (!unique.onType()) {
        AnnotationValue columns = Annotations.explicitValue(at, "columns");
        if (columns != null && columns.getValue() instanceof List<?> list && !list.isEmpty()) {
          problems.add(Problem.on(element, at, columns,
              Diagnostic.UNIQUE_COLUMNS_ON_FIELD, element.getSimpleName()));
        }
        checkFinderName(entity, unique, problems);
      } else if (unique.columns().isEmpty()) {
        problems.add(Problem.on(element, at, Diagnostic.UNIQUE_NO_COLUMNS, entity.simpleName()));
        continue;
      }
      boolean known = true;
      Set<String> seen = new HashSet<>();
      for (String column : unique.columns()) {
        if (!seen.add(column.toLowerCase(Locale.ROOT))) {
          problems.add(Problem.on(element, at, Annotations.explicitValue(at, "columns"),
              Diagnostic.UNIQUE_REPEATED_COLUMN, column));
          known = false;
          continue;
        }
        if (entity.propertyByColumn(column).isPresent()) {
          continue;
        }
        known = false;
        entity.transientNames().stream()
            .filter(t -> t.columnName().equalsIgnoreCase(column))
            .findFirst()
            .ifPresentOrElse(
                t -> problems.add(Problem.on(element, at, Annotations.explicitValue(at, "columns"),
                    Diagnostic.UNIQUE_TRANSIENT_COLUMN, column, t.name())),
                () -> problems.add(Problem.on(element, at, Annotations.explicitValue(at, "columns"),
                    Diagnostic.UNIQUE_UNKNOWN_COLUMN, column, entity.simpleName(),
                    String.join(", ", columnNames),
                    Suggestions.didYouMean(column, columnNames))));
      }
      List<String> key = unique.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
      if (known && !declared.add(key)) {
        problems.add(Problem.on(element, at, Diagnostic.DUPLICATE_UNIQUE,
            Names.unique(entity.tableName(), unique.columns()), entity.simpleName()));
      }
    }
  }

  /**
   * A unique field's finder is {@code findBy<Field>}, next to {@code findById} of the primary
   * key: a unique field named {@code id} that is not the key would take the key's finder.
   */
  private static void checkFinderName(
      EntityModel entity, UniqueModel unique, List<Problem> problems) {
    PropertyModel property = entity.propertyByColumn(unique.columns().get(0)).orElse(null);
    PropertyModel id = entity.id().orElse(null);
    if (property == null || id == null || property.isId()
        || !Names.constantName(property.name()).equals(Names.constantName("id"))) {
      return;
    }
    problems.add(Problem.on(property.field(), unique.annotation(), Diagnostic.UNIQUE_FINDER_IS_ID,
        property.name(), Names.capitalize(property.name()), id.name(), property.columnName()));
  }

  private static void checkIndexes(EntityModel entity, List<Problem> problems) {
    List<String> columnNames = entity.properties().stream().map(PropertyModel::columnName).toList();
    Set<String> names = new HashSet<>();
    for (IndexModel index : entity.indexes()) {
      Element element = index.element();
      AnnotationMirror at = index.annotation();
      AnnotationValue columns = Annotations.explicitValue(at, "columns");
      if (!index.onType()) {
        if (columns != null && columns.getValue() instanceof List<?> list && !list.isEmpty()) {
          problems.add(Problem.on(element, at, columns, Diagnostic.INDEX_COLUMNS_ON_FIELD,
              element.getSimpleName()));
        }
      } else if (index.columns().isEmpty()) {
        problems.add(Problem.on(element, at, Diagnostic.INDEX_NO_COLUMNS, entity.simpleName()));
        continue;
      }
      boolean known = true;
      for (String column : index.columns()) {
        if (entity.propertyByColumn(column).isEmpty()) {
          known = false;
          problems.add(Problem.on(element, at, columns, Diagnostic.INDEX_UNKNOWN_COLUMN, column,
              entity.simpleName(), String.join(", ", columnNames),
              Suggestions.didYouMean(column, columnNames)));
        }
      }
      if (!known) {
        continue;
      }
      if (!index.name().isEmpty()) {
        checkName(element, at, "index name", index.name(), problems);
      }
      String name = entity.indexName(index);
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        problems.add(Problem.on(element, at, Diagnostic.DUPLICATE_INDEX_NAME, name,
            entity.simpleName()));
      }
    }
  }

  private static void checkVersion(EntityModel entity, List<Problem> problems) {
    List<PropertyModel> versions = entity.properties().stream().filter(entity::isVersion).toList();
    for (PropertyModel version : versions) {
      AnnotationMirror at = Annotations.find(version.field(), Annotations.VERSION).orElseThrow();
      boolean counter = version.primitive()
          && (version.valueType() == ValueType.INT || version.valueType() == ValueType.LONG);
      if (!counter) {
        problems.add(Problem.on(version.field(), at, Diagnostic.VERSION_TYPE, version.name(),
            simpleTypeName(version.typeName())));
      }
      if (version.isId()) {
        problems.add(Problem.on(version.field(), at, Diagnostic.VERSION_ON_ID, version.name()));
      }
    }
    if (versions.size() > 1) {
      String names = versions.stream().map(PropertyModel::name).collect(Collectors.joining(", "));
      for (PropertyModel extra : versions.subList(1, versions.size())) {
        problems.add(Problem.on(extra.field(),
            Annotations.find(extra.field(), Annotations.VERSION).orElseThrow(),
            Diagnostic.SEVERAL_VERSIONS, entity.simpleName(), versions.size(), names));
      }
    }
  }

  private static void checkCallbacks(EntityModel entity, List<Problem> problems) {
    for (CallbackModel callback : entity.callbacks()) {
      String where = callback.method().getEnclosingElement().getSimpleName() + "."
          + callback.name() + "()";
      if (!callback.callable()) {
        problems.add(Problem.on(callback.method(), callback.annotation(),
            Diagnostic.CALLBACK_NOT_CALLABLE, callback.kind().simpleName(), where));
      }
      if (entity.style() == Style.RECORD && callback.kind().isMutating()) {
        problems.add(Problem.on(callback.method(), callback.annotation(),
            Diagnostic.CALLBACK_ON_RECORD, callback.kind().simpleName(), callback.name(),
            entity.simpleName(), callback.kind() == CallbackModel.Kind.BEFORE_INSERT
                ? "AfterInsert" : "AfterUpdate"));
      }
    }
  }

  /** {@code @CreatedAt}, {@code @UpdatedAt} and {@code @SoftDelete}: their types, one each. */
  private static void checkTimestamps(EntityModel entity, List<Problem> problems) {
    for (String annotation :
        List.of(Annotations.CREATED_AT, Annotations.UPDATED_AT, Annotations.SOFT_DELETE)) {
      String simpleName = annotation.substring(annotation.lastIndexOf('.') + 1);
      List<PropertyModel> marked = entity.properties().stream()
          .filter(p -> Annotations.find(p.field(), annotation).isPresent()).toList();
      for (PropertyModel property : marked) {
        AnnotationMirror at = Annotations.find(property.field(), annotation).orElseThrow();
        ValueType type = property.valueType();
        boolean timestamp = property.converter() == null && (type == ValueType.INSTANT
            || type == ValueType.OFFSET_DATE_TIME || type == ValueType.LOCAL_DATE_TIME);
        boolean fits = annotation.equals(Annotations.SOFT_DELETE)
            ? timestamp || (type == ValueType.BOOLEAN && property.converter() == null)
            : timestamp;
        if (!fits) {
          problems.add(annotation.equals(Annotations.SOFT_DELETE)
              ? Problem.on(property.field(), at, Diagnostic.SOFT_DELETE_TYPE, property.name(),
                  simpleTypeName(property.typeName()))
              : Problem.on(property.field(), at, Diagnostic.AUDIT_TYPE, simpleName,
                  property.name(), simpleTypeName(property.typeName())));
        }
        String key = property.isId() ? "the @Id" : entity.isVersion(property) ? "the @Version"
            : null;
        if (key != null) {
          problems.add(Problem.on(property.field(), at, Diagnostic.AUDIT_ON_KEY, simpleName,
              property.name(), key));
        }
      }
      if (marked.size() > 1) {
        String names = marked.stream().map(PropertyModel::name).collect(Collectors.joining(", "));
        for (PropertyModel extra : marked.subList(1, marked.size())) {
          problems.add(Problem.on(extra.field(),
              Annotations.find(extra.field(), annotation).orElseThrow(),
              Diagnostic.SEVERAL_AUDIT_FIELDS, entity.simpleName(), marked.size(), simpleName,
              names));
        }
      }
    }
  }

  private static void checkChecks(EntityModel entity, List<Problem> problems) {
    for (CheckModel check : entity.checks()) {
      AnnotationValue value = Annotations.explicitValue(check.annotation(), "value");
      if (check.sql().isBlank()) {
        problems.add(Problem.on(check.element(), check.annotation(), value,
            Diagnostic.EMPTY_CHECK, check.element().getSimpleName()));
        continue;
      }
      List<String> columnNames =
          entity.properties().stream().map(PropertyModel::columnName).toList();
      for (CheckSql.Name name : CheckSql.names(check.sql())) {
        if (!name.quoted()) {
          entity.propertyByColumn(name.text())
              .filter(column -> !Identifiers.isPlain(column.columnName()))
              .ifPresent(column -> problems.add(Problem.on(check.element(), check.annotation(),
                  value, Diagnostic.CHECK_UNQUOTED_COLUMN, check.element().getSimpleName(),
                  name.text(), Identifiers.sql(column.columnName()))));
        } else if (name.columnPosition() && !columnNames.contains(name.text())) {
          // A quoted name is a column's exact spelling, or a name no database knows here.
          problems.add(Problem.on(check.element(), check.annotation(), value,
              Diagnostic.CHECK_UNKNOWN_COLUMN, check.element().getSimpleName(), name.text(),
              entity.simpleName(), String.join(", ", columnNames),
              Suggestions.didYouMean(name.text(), columnNames)));
        }
      }
    }
  }

  private static void checkMethodsHaveNoRules(EntityModel entity, List<Problem> problems) {
    for (ExecutableElement method : ElementFilter.methodsIn(entity.element().getEnclosedElements())) {
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        String annotation = Annotations.qualifiedName(mirror);
        if (annotation.startsWith("jakarta.validation.constraints.")
            || annotation.startsWith("javax.validation.constraints.")) {
          if (entity.style() == Style.RECORD && isAccessorOfComponent(entity, method)) {
            continue;
          }
          problems.add(Problem.on(method, mirror, Diagnostic.RULE_ON_METHOD,
              Annotations.simpleName(mirror), method.getSimpleName()));
        }
      }
    }
  }

  /**
   * Record components' annotations reach their accessors too; they are read from the field.
   * Every component counts, a {@code @Transient} one included (which has its own error), as
   * the accessor javac writes has no position an error could be shown at.
   */
  private static boolean isAccessorOfComponent(EntityModel entity, ExecutableElement method) {
    return method.getParameters().isEmpty() && entity.element().getRecordComponents().stream()
        .anyMatch(component -> component.getSimpleName().equals(method.getSimpleName()));
  }

  private static String getterName(ValueType type, String name) {
    return (type == ValueType.BOOLEAN ? "is" : "get") + Names.capitalize(name);
  }

  /** {@code java.util.List<...>} → {@code List<...>}, {@code java.lang.String} → {@code String}. */
  static String simpleTypeName(String typeName) {
    int generic = typeName.indexOf('<');
    String raw = generic < 0 ? typeName : typeName.substring(0, generic);
    String rest = generic < 0 ? "" : typeName.substring(generic);
    return raw.substring(raw.lastIndexOf('.') + 1) + rest;
  }
}
