package dev.precast.processor.parse;

import dev.precast.processor.model.Access;
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
import dev.precast.processor.model.ReferenceModel;
import dev.precast.processor.model.Rule;
import dev.precast.processor.model.Style;
import dev.precast.processor.model.TypeRef;
import dev.precast.processor.model.UniqueModel;
import dev.precast.processor.model.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @Table} class into an {@link EntityModel}. It records what is declared,
 * including what is wrong (an unsupported type, a field nothing can read); judging it is the
 * validator's work, so parsing never fails.
 */
public final class EntityParser {
  /**
   * Where constraints are read from. Hibernate Validator's own ({@code @Length}, {@code
   * @Range}) are read too, so that those Precast does not check are errors, never ignored.
   */
  private static final List<String> CONSTRAINT_PACKAGES = List.of(
      "jakarta.validation.constraints.", "javax.validation.constraints.",
      "org.hibernate.validator.constraints.");

  private final Elements elements;
  private final Types types;
  private final Annotations annotations;
  private final JavaTypes javaTypes;
  private final Map<String, TypeElement> registeredConverters;
  private final Converters converters;
  private final TypeMirror runtimeException;
  private final TypeMirror error;
  /** precast-jackson's converter, when it is on the class path. */
  private final TypeElement jacksonJson;
  /** The accessor candidates of each class, read once however many fields it has. */
  private final Map<TypeElement, List<ExecutableElement>> methods = new HashMap<>();

  public EntityParser(Elements elements, Types types) {
    this(elements, types, Map.of());
  }

  /**
   * @param registeredConverters the converters {@code @Convert} on a package registered, by
   *     the qualified name of the Java type they convert
   */
  public EntityParser(
      Elements elements, Types types, Map<String, TypeElement> registeredConverters) {
    this.registeredConverters = Map.copyOf(registeredConverters);
    this.elements = elements;
    this.types = types;
    this.annotations = new Annotations(elements);
    this.javaTypes = new JavaTypes(elements);
    this.converters = new Converters(types, javaTypes);
    this.runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
    this.error = elements.getTypeElement("java.lang.Error").asType();
    this.jacksonJson = elements.getTypeElement(JsonModel.JACKSON_JSON.canonicalName());
  }

  /** The model of an element annotated with {@code @Table}. */
  public EntityModel parse(TypeElement type) {
    AnnotationMirror table = Annotations.find(type, Annotations.TABLE).orElseThrow();
    TypeRef typeRef = typeRef(type);
    String declaredName = annotations.string(table, "name");
    String tableName = declaredName.isEmpty() ? Names.snakeCase(typeRef.simpleName()) : declaredName;
    Style style = type.getKind() == ElementKind.RECORD ? Style.RECORD : Style.CLASS;

    List<PropertyModel> properties = new ArrayList<>();
    List<EntityModel.TransientField> transients = new ArrayList<>();
    List<UniqueModel> uniques = new ArrayList<>();
    List<VariableElement> unmapped = new ArrayList<>();
    List<ReferenceModel> references = new ArrayList<>();
    List<IndexModel> indexes = new ArrayList<>();
    List<CheckModel> checks = new ArrayList<>();
    List<String> versions = new ArrayList<>();
    List<EmbeddedModel> embeddeds = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getModifiers().contains(Modifier.STATIC)
          || field.getModifiers().contains(Modifier.TRANSIENT)) {
        unmapped.add(field);
        continue;
      }
      String columnName = columnName(field);
      if (Annotations.find(field, Annotations.TRANSIENT).isPresent()) {
        transients.add(new EntityModel.TransientField(
            field, field.getSimpleName().toString(), columnName));
        continue;
      }
      Optional<AnnotationMirror> embedded = Annotations.find(field, Annotations.EMBEDDED);
      if (embedded.isPresent()) {
        EmbeddedModel model = embedded(type, style, field, embedded.get());
        embeddeds.add(model);
        properties.addAll(components(type, model));
        continue;
      }
      PropertyModel property = property(type, style, field, columnName);
      properties.add(property);
      if (property.unique() != null) {
        uniques.add(new UniqueModel(field, property.unique(), List.of(columnName), false));
      }
      if (Annotations.find(field, Annotations.VERSION).isPresent()) {
        versions.add(property.name());
      }
      Annotations.find(field, Annotations.REFERENCES)
          .ifPresent(mirror -> references.add(reference(field, mirror)));
      for (AnnotationMirror index
          : annotations.repeatable(field, Annotations.INDEX, Annotations.INDEX_LIST)) {
        indexes.add(new IndexModel(field, index, List.of(columnName),
            annotations.string(index, "name"), false));
      }
      for (AnnotationMirror check
          : annotations.repeatable(field, Annotations.CHECK, Annotations.CHECK_LIST)) {
        checks.add(new CheckModel(field, check, annotations.string(check, "value"), columnName));
      }
    }
    for (AnnotationMirror unique : typeUniques(type)) {
      uniques.add(new UniqueModel(type, unique, annotations.strings(unique, "columns"), true));
    }
    for (AnnotationMirror index
        : annotations.repeatable(type, Annotations.INDEX, Annotations.INDEX_LIST)) {
      indexes.add(new IndexModel(type, index, annotations.strings(index, "columns"),
          annotations.string(index, "name"), true));
    }
    for (AnnotationMirror check
        : annotations.repeatable(type, Annotations.CHECK, Annotations.CHECK_LIST)) {
      checks.add(new CheckModel(type, check, annotations.string(check, "value"), null));
    }
    return new EntityModel(type, table, typeRef, tableName, style, hasNoArgConstructor(type),
        properties, transients, unmapped, uniques, references, indexes, checks, versions,
        callbacks(type), marked(properties, Annotations.CREATED_AT),
        marked(properties, Annotations.UPDATED_AT), marked(properties, Annotations.SOFT_DELETE),
        embeddeds);
  }

  /** Annotations that have no meaning on an {@code @Embedded} field. */
  private static final List<String> NOT_ON_EMBEDDED = List.of(Annotations.ID,
      Annotations.COLUMN, Annotations.UNIQUE, Annotations.REFERENCES, Annotations.INDEX,
      Annotations.CHECK, Annotations.VERSION, Annotations.CONVERT, Annotations.CREATED_AT,
      Annotations.UPDATED_AT, Annotations.SOFT_DELETE);

  /** Annotations an embedded value's components do not support (yet). */
  private static final List<String> NOT_ON_COMPONENT = List.of(Annotations.ID,
      Annotations.UNIQUE, Annotations.REFERENCES, Annotations.INDEX, Annotations.CHECK,
      Annotations.VERSION, Annotations.CREATED_AT, Annotations.UPDATED_AT,
      Annotations.SOFT_DELETE, Annotations.EMBEDDED);

  /** The model of an {@code @Embedded} field of {@code owner}. */
  private EmbeddedModel embedded(TypeElement owner, Style style, VariableElement field,
      AnnotationMirror annotation) {
    String name = field.getSimpleName().toString();
    TypeMirror type = field.asType();
    TypeElement element = type.getKind() == TypeKind.DECLARED
        ? (TypeElement) types.asElement(type) : null;
    String declaredPrefix = annotations.string(annotation, "prefix");
    String prefix = declaredPrefix.isEmpty() ? Names.snakeCase(name) + "_" : declaredPrefix;
    List<AnnotationMirror> fieldAnnotations = new ArrayList<>();
    for (String other : NOT_ON_EMBEDDED) {
      Annotations.find(field, other).ifPresent(fieldAnnotations::add);
    }
    List<AnnotationMirror> fieldRules = new ArrayList<>();
    boolean required = false;
    for (AnnotationMirror constraint : constraints(field)) {
      if (Annotations.simpleName(constraint).equals("NotNull")) {
        required = true;
      } else {
        fieldRules.add(constraint);
      }
    }
    Style embeddedStyle = element != null && element.getKind() == ElementKind.RECORD
        ? Style.RECORD : Style.CLASS;
    List<EmbeddedModel.Misplaced> unmappable = new ArrayList<>();
    if (element != null) {
      for (VariableElement component : componentFields(element)) {
        if (embeddedStyle == Style.RECORD) {
          // A record's constructor needs every component: none can be left out.
          Annotations.find(component, Annotations.TRANSIENT).ifPresent(
              mirror -> unmappable.add(new EmbeddedModel.Misplaced(component, mirror)));
        }
        for (String other : NOT_ON_COMPONENT) {
          Annotations.find(component, other).ifPresent(
              mirror -> unmappable.add(new EmbeddedModel.Misplaced(component, mirror)));
        }
      }
    }
    return new EmbeddedModel(field, annotation, name, typeName(type), element,
        element == null ? null : typeRef(element), embeddedStyle,
        shapeProblem(owner, type, element), prefix, readAccess(owner, style, field),
        writeAccess(owner, style, field), required, fieldAnnotations, fieldRules, unmappable);
  }

  /**
   * Why values of {@code type} cannot be embedded in {@code owner}, as the message words it,
   * or null when they can.
   */
  private String shapeProblem(TypeElement owner, TypeMirror type, TypeElement element) {
    if (element == null) {
      return "is no class";
    }
    if (ValueType.of(typeName(type)) != null) {
      return "is a column type itself; remove @Embedded to store it in one column";
    }
    switch (element.getKind()) {
      case ENUM:
        return "is an enum; remove @Embedded to store it in one column";
      case INTERFACE:
      case ANNOTATION_TYPE:
        return "is an interface";
      default:
        break;
    }
    if (element.getModifiers().contains(Modifier.ABSTRACT)) {
      return "is abstract";
    }
    if (!element.getTypeParameters().isEmpty()) {
      return "has type parameters";
    }
    if (element.getNestingKind().isNested() && element.getKind() != ElementKind.RECORD
        && !element.getModifiers().contains(Modifier.STATIC)) {
      return "is an inner class; declare it static";
    }
    boolean samePackage = elements.getPackageOf(element).equals(elements.getPackageOf(owner));
    for (Element current = element; current instanceof TypeElement nested;
        current = current.getEnclosingElement()) {
      if (nested.getModifiers().contains(Modifier.PRIVATE)
          || (!samePackage && !nested.getModifiers().contains(Modifier.PUBLIC))) {
        return "cannot be reached from the generated code in " + elements.getPackageOf(owner)
            + "; make it public";
      }
    }
    if (element.getKind() == ElementKind.CLASS && !hasNoArgConstructor(element)) {
      return "has no constructor without parameters, which generated code needs to create"
          + " it; add one, or make it a record";
    }
    return null;
  }

  /** The fields of an embedded type that are its components: non-static, non-transient. */
  private static List<VariableElement> componentFields(TypeElement type) {
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(f -> !f.getModifiers().contains(Modifier.STATIC)
            && !f.getModifiers().contains(Modifier.TRANSIENT))
        .toList();
  }

  /**
   * The components of {@code embedded} as properties of {@code owner}: {@code addressCity},
   * column {@code address_city}; none when the type cannot be embedded.
   */
  private List<PropertyModel> components(TypeElement owner, EmbeddedModel embedded) {
    if (embedded.typeElement() == null || embedded.shapeProblem() != null) {
      return List.of();
    }
    TypeElement type = embedded.typeElement();
    boolean samePackage = elements.getPackageOf(type).equals(elements.getPackageOf(owner));
    List<PropertyModel> components = new ArrayList<>();
    for (VariableElement field : componentFields(type)) {
      if (Annotations.find(field, Annotations.TRANSIENT).isPresent()
          && embedded.style() == Style.CLASS) {
        continue;
      }
      String component = field.getSimpleName().toString();
      Access read = readAccess(type, embedded.style(), field);
      Access write = writeAccess(type, embedded.style(), field);
      if (!samePackage) {
        read = isPublic(type, read) ? read : null;
        write = isPublic(type, write) ? write : null;
      }
      components.add(property(owner, field,
          embedded.prefix() + columnName(field), embedded.name() + Names.capitalize(component),
          read, write, embedded));
    }
    return components;
  }

  /** Whether the member {@code access} uses is public, so any package may use it. */
  private boolean isPublic(TypeElement type, Access access) {
    if (access == null || access.kind() == Access.Kind.CONSTRUCTOR) {
      return access != null;
    }
    for (Element member : elements.getAllMembers(type)) {
      boolean kind = access.kind() == Access.Kind.FIELD
          ? member.getKind() == ElementKind.FIELD : member.getKind() == ElementKind.METHOD;
      if (kind && member.getSimpleName().contentEquals(access.name())
          && member.getModifiers().contains(Modifier.PUBLIC)) {
        return true;
      }
    }
    return false;
  }

  private PropertyModel property(
      TypeElement owner, Style style, VariableElement field, String columnName) {
    return property(owner, field, columnName, field.getSimpleName().toString(),
        readAccess(owner, style, field), writeAccess(owner, style, field), null);
  }

  /**
   * The property of {@code field} of {@code owner}, or of a component of its {@code
   * embedded} value when that is not null.
   */
  private PropertyModel property(TypeElement owner, VariableElement field, String columnName,
      String name, Access read, Access write, EmbeddedModel embedded) {
    TypeMirror type = field.asType();
    String typeName = typeName(type);
    ValueType valueType = ValueType.of(typeName);
    TypeRef declaredType = null;
    List<String> enumConstants = new ArrayList<>();
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement typeElement = (TypeElement) types.asElement(type);
      declaredType = typeRef(typeElement);
      if (typeElement.getKind() == ElementKind.ENUM) {
        valueType = ValueType.ENUM;
        for (Element member : typeElement.getEnclosedElements()) {
          if (member.getKind() == ElementKind.ENUM_CONSTANT) {
            enumConstants.add(member.getSimpleName().toString());
          }
        }
      }
    }
    boolean primitive = type.getKind().isPrimitive();
    Optional<AnnotationMirror> column = Annotations.find(field, Annotations.COLUMN);
    Optional<AnnotationMirror> jsonAnnotation = Annotations.find(field, Annotations.JSON);
    ConverterModel converter = jsonAnnotation.isPresent()
            && Annotations.find(field, Annotations.CONVERT).isEmpty()
        ? null : converter(owner, field, name, typeName);
    JsonModel json = null;
    if (jsonAnnotation.isPresent()) {
      boolean jackson = converter == null && !typeName.equals("java.lang.String");
      json = new JsonModel(jsonAnnotation.get(), javaTypes.generic(type), jackson,
          jacksonJson != null);
      if (jackson) {
        converter = jacksonConverter(owner, name, typeName, jsonAnnotation.get());
      }
    }
    if (converter != null) {
      valueType = converter.columnType();
      enumConstants.clear();
    }
    if (json != null && (converter == null || valueType == ValueType.STRING)) {
      valueType = ValueType.JSON;
      enumConstants.clear();
    }
    if (valueType == null && converter == null) {
      valueType = JavaTypes.listValueType(type);
    }
    return new PropertyModel(
        field,
        name,
        typeName,
        valueType,
        declaredType,
        primitive,
        columnName,
        column.orElse(null),
        column.map(c -> annotations.integer(c, "length")).orElse(0),
        column.map(c -> annotations.bool(c, "nullable", true)).orElse(true),
        column.map(c -> annotations.integer(c, "precision")).orElse(0),
        column.map(c -> annotations.integer(c, "scale")).orElse(0),
        // On a component, @Id and @Unique are errors of the embedded value's, never keys.
        embedded == null ? Annotations.find(field, Annotations.ID).orElse(null) : null,
        embedded == null ? Annotations.find(field, Annotations.UNIQUE).orElse(null) : null,
        rules(field),
        read,
        write,
        enumConstants,
        converter,
        embedded,
        sqlTypes(field, column),
        json);
  }

  /** The SQL types {@code @Column(type)} and {@code @ColumnType} declare, in that order. */
  private List<DeclaredSqlType> sqlTypes(
      VariableElement field, Optional<AnnotationMirror> column) {
    List<DeclaredSqlType> declared = new ArrayList<>();
    column.ifPresent(c -> {
      AnnotationValue type = Annotations.explicitValue(c, "type");
      if (type != null && type.getValue() instanceof String sql) {
        declared.add(new DeclaredSqlType(c, "type", null, sql));
      }
    });
    for (AnnotationMirror mirror
        : annotations.repeatable(field, Annotations.COLUMN_TYPE, Annotations.COLUMN_TYPE_LIST)) {
      AnnotationValue dialect = annotations.value(mirror, "dialect");
      String name = dialect != null && dialect.getValue() instanceof VariableElement constant
          ? constant.getSimpleName().toString() : "";
      declared.add(new DeclaredSqlType(mirror, "value", name, annotations.string(mirror, "value")));
    }
    return declared;
  }

  /**
   * The converter Precast creates for a {@code @Json} field that names none: precast-jackson's
   * {@code JacksonJson} of the field's type, to JSON text.
   */
  private ConverterModel jacksonConverter(
      TypeElement owner, String name, String typeName, AnnotationMirror json) {
    TypeRef ownerRef = typeRef(owner);
    TypeRef metamodel = new TypeRef(ownerRef.packageName(), List.of(ownerRef.simpleName() + "_"));
    return new ConverterModel(json, jacksonJson, JsonModel.JACKSON_JSON, true, typeName,
        "java.lang.String", ValueType.STRING, true, metamodel,
        Names.constantName(name) + "_JSON");
  }

  /**
   * The converter of a field: its own {@code @Convert}, else one a package registered for its
   * type; null when it has none.
   */
  private ConverterModel converter(
      TypeElement owner, VariableElement field, String name, String typeName) {
    Optional<AnnotationMirror> convert = Annotations.find(field, Annotations.CONVERT);
    TypeElement converter = null;
    if (convert.isPresent()) {
      AnnotationValue value = Annotations.explicitValue(convert.get(), "value");
      if (value != null && value.getValue() instanceof DeclaredType declared) {
        converter = (TypeElement) declared.asElement();
      }
    } else {
      converter = registeredConverters.get(typeName);
    }
    if (converter == null) {
      return null;
    }
    TypeRef ownerRef = typeRef(owner);
    TypeRef metamodel = new TypeRef(ownerRef.packageName(), List.of(ownerRef.simpleName() + "_"));
    return converters.model(converter, convert.orElse(null), metamodel,
        Names.constantName(name) + "_CONVERTER");
  }

  /** The Java name of the first property carrying {@code annotation}, or null. */
  private static String marked(List<PropertyModel> properties, String annotation) {
    return properties.stream()
        .filter(p -> p.embedded() == null && Annotations.find(p.field(), annotation).isPresent())
        .map(PropertyModel::name).findFirst().orElse(null);
  }

  /** The callback methods of {@code type} and its superclasses, the superclasses' first. */
  private List<CallbackModel> callbacks(TypeElement type) {
    List<TypeElement> hierarchy = new ArrayList<>();
    for (TypeElement current = type; current != null;
        current = current.getSuperclass() instanceof DeclaredType superclass
            ? (TypeElement) superclass.asElement() : null) {
      hierarchy.add(0, current);
    }
    List<CallbackModel> callbacks = new ArrayList<>();
    for (TypeElement owner : hierarchy) {
      for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
        for (CallbackModel.Kind kind : CallbackModel.Kind.values()) {
          Optional<AnnotationMirror> annotation = Annotations.find(method, kind.annotationName());
          if (annotation.isPresent()) {
            boolean callable = !method.getModifiers().contains(Modifier.PRIVATE)
                && !method.getModifiers().contains(Modifier.STATIC)
                && method.getParameters().isEmpty()
                && method.getReturnType().getKind() == TypeKind.VOID
                && !throwsCheckedException(method)
                // Generated code sits in the entity's package and is no subclass.
                && (method.getModifiers().contains(Modifier.PUBLIC)
                    || elements.getPackageOf(owner).equals(elements.getPackageOf(type)));
            callbacks.add(new CallbackModel(method, annotation.get(), kind,
                method.getSimpleName().toString(), callable));
          }
        }
      }
    }
    return callbacks;
  }

  private ReferenceModel reference(VariableElement field, AnnotationMirror mirror) {
    AnnotationValue value = annotations.value(mirror, "value");
    TypeElement target = value != null && value.getValue() instanceof DeclaredType type
        && type.asElement() instanceof TypeElement element ? element : null;
    AnnotationValue onDelete = annotations.value(mirror, "onDelete");
    String action = onDelete != null && onDelete.getValue() instanceof VariableElement constant
        ? constant.getSimpleName().toString() : "NO_ACTION";
    return new ReferenceModel(field, field.getSimpleName().toString(), mirror, target, action);
  }

  private String columnName(VariableElement field) {
    String declared = Annotations.find(field, Annotations.COLUMN)
        .map(c -> annotations.string(c, "name"))
        .orElse("");
    return declared.isEmpty() ? Names.snakeCase(field.getSimpleName().toString()) : declared;
  }

  private List<AnnotationMirror> typeUniques(TypeElement type) {
    List<AnnotationMirror> uniques = new ArrayList<>();
    Annotations.find(type, Annotations.UNIQUE).ifPresent(uniques::add);
    Annotations.find(type, Annotations.UNIQUE_LIST).ifPresent(list -> {
      for (AnnotationValue item : annotations.array(list, "value")) {
        if (item.getValue() instanceof AnnotationMirror unique) {
          uniques.add(unique);
        }
      }
    });
    return uniques;
  }

  /** The field's constraint annotations, repeated ones ({@code @Pattern.List}) unwrapped. */
  private List<AnnotationMirror> constraints(VariableElement field) {
    List<AnnotationMirror> constraints = new ArrayList<>();
    for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
      String qualifiedName = Annotations.qualifiedName(mirror);
      if (CONSTRAINT_PACKAGES.stream().noneMatch(qualifiedName::startsWith)) {
        continue;
      }
      boolean container = Annotations.simpleName(mirror).equals("List")
          && mirror.getAnnotationType().asElement().getEnclosingElement() instanceof TypeElement;
      if (!container) {
        constraints.add(mirror);
        continue;
      }
      for (AnnotationValue item : annotations.array(mirror, "value")) {
        if (item.getValue() instanceof AnnotationMirror repeated) {
          constraints.add(repeated);
        }
      }
    }
    return constraints;
  }

  private List<Rule> rules(VariableElement field) {
    List<Rule> rules = new ArrayList<>();
    for (AnnotationMirror mirror : constraints(field)) {
      String simpleName = Annotations.simpleName(mirror);
      Rule.Kind kind = switch (simpleName) {
        case "NotNull" -> Rule.Kind.NOT_NULL;
        case "NotBlank" -> Rule.Kind.NOT_BLANK;
        case "NotEmpty" -> Rule.Kind.NOT_EMPTY;
        case "Size" -> Rule.Kind.SIZE;
        case "Min" -> Rule.Kind.MIN;
        case "Max" -> Rule.Kind.MAX;
        case "Email" -> Rule.Kind.EMAIL;
        case "Pattern" -> Rule.Kind.PATTERN;
        case "DecimalMin" -> Rule.Kind.DECIMAL_MIN;
        case "DecimalMax" -> Rule.Kind.DECIMAL_MAX;
        case "Positive" -> Rule.Kind.POSITIVE;
        case "PositiveOrZero" -> Rule.Kind.POSITIVE_OR_ZERO;
        case "Negative" -> Rule.Kind.NEGATIVE;
        case "NegativeOrZero" -> Rule.Kind.NEGATIVE_OR_ZERO;
        case "Digits" -> Rule.Kind.DIGITS;
        case "Past" -> Rule.Kind.PAST;
        case "PastOrPresent" -> Rule.Kind.PAST_OR_PRESENT;
        case "Future" -> Rule.Kind.FUTURE;
        case "FutureOrPresent" -> Rule.Kind.FUTURE_OR_PRESENT;
        case "AssertTrue" -> Rule.Kind.ASSERT_TRUE;
        case "AssertFalse" -> Rule.Kind.ASSERT_FALSE;
        default -> Rule.Kind.UNSUPPORTED;
      };
      long min = kind == Rule.Kind.SIZE ? annotations.longValue(mirror, "min")
          : kind == Rule.Kind.MIN ? annotations.longValue(mirror, "value") : 0;
      long max = kind == Rule.Kind.SIZE ? annotations.longValue(mirror, "max")
          : kind == Rule.Kind.MAX ? annotations.longValue(mirror, "value") : 0;
      String regexp = switch (kind) {
        case PATTERN -> annotations.string(mirror, "regexp");
        // @Email's regexp narrows the address further; its default ".*" adds nothing.
        case EMAIL -> ".*".equals(annotations.string(mirror, "regexp"))
            ? null : annotations.string(mirror, "regexp");
        default -> null;
      };
      boolean decimal = kind == Rule.Kind.DECIMAL_MIN || kind == Rule.Kind.DECIMAL_MAX;
      boolean digits = kind == Rule.Kind.DIGITS;
      String message = annotations.string(mirror, "message");
      rules.add(new Rule(kind, mirror, simpleName, min, max, regexp,
          regexp == null ? 0 : patternFlags(mirror),
          message.isEmpty() || message.startsWith("{") ? null : message,
          decimal ? annotations.string(mirror, "value") : null,
          !decimal || annotations.bool(mirror, "inclusive", true),
          digits ? annotations.integer(mirror, "integer") : 0,
          digits ? annotations.integer(mirror, "fraction") : 0));
    }
    return rules;
  }

  private int patternFlags(AnnotationMirror pattern) {
    int flags = 0;
    for (AnnotationValue flag : annotations.array(pattern, "flags")) {
      if (flag.getValue() instanceof VariableElement constant) {
        flags |= switch (constant.getSimpleName().toString()) {
          case "UNIX_LINES" -> java.util.regex.Pattern.UNIX_LINES;
          case "CASE_INSENSITIVE" -> java.util.regex.Pattern.CASE_INSENSITIVE;
          case "COMMENTS" -> java.util.regex.Pattern.COMMENTS;
          case "MULTILINE" -> java.util.regex.Pattern.MULTILINE;
          case "DOTALL" -> java.util.regex.Pattern.DOTALL;
          case "UNICODE_CASE" -> java.util.regex.Pattern.UNICODE_CASE;
          case "CANON_EQ" -> java.util.regex.Pattern.CANON_EQ;
          default -> 0;
        };
      }
    }
    return flags;
  }

  private Access readAccess(TypeElement owner, Style style, VariableElement field) {
    String name = field.getSimpleName().toString();
    if (style == Style.RECORD) {
      return new Access(Access.Kind.METHOD, name);
    }
    List<String> getters = new ArrayList<>();
    getters.add("get" + Names.capitalize(name));
    if (isBoolean(field)) {
      getters.add(0, "is" + Names.capitalize(name));
      if (hasIsPrefix(name)) {
        getters.add(0, name);
      }
    }
    for (String getter : getters) {
      for (ExecutableElement method : methods(owner)) {
        if (method.getSimpleName().contentEquals(getter) && method.getParameters().isEmpty()
            && types.isSameType(method.getReturnType(), field.asType())) {
          return new Access(Access.Kind.METHOD, getter);
        }
      }
    }
    return field.getModifiers().contains(Modifier.PRIVATE)
        ? null : new Access(Access.Kind.FIELD, name);
  }

  private Access writeAccess(TypeElement owner, Style style, VariableElement field) {
    String name = field.getSimpleName().toString();
    if (style == Style.RECORD) {
      return new Access(Access.Kind.CONSTRUCTOR, name);
    }
    List<String> setters = new ArrayList<>();
    setters.add("set" + Names.capitalize(name));
    if (isBoolean(field) && hasIsPrefix(name)) {
      setters.add("set" + name.substring(2));
    }
    for (String setter : setters) {
      for (ExecutableElement method : methods(owner)) {
        if (method.getSimpleName().contentEquals(setter) && method.getParameters().size() == 1
            && types.isSameType(method.getParameters().get(0).asType(), field.asType())) {
          return new Access(Access.Kind.SETTER, setter);
        }
      }
    }
    boolean settable = !field.getModifiers().contains(Modifier.PRIVATE)
        && !field.getModifiers().contains(Modifier.FINAL);
    return settable ? new Access(Access.Kind.FIELD, name) : null;
  }

  private boolean isBoolean(VariableElement field) {
    return field.asType().getKind() == TypeKind.BOOLEAN
        || typeName(field.asType()).equals("java.lang.Boolean");
  }

  /**
   * Whether a boolean field is named like {@code isActive}, whose JavaBeans accessors (as IDEs
   * and Lombok write them) are {@code isActive()} and {@code setActive(...)}.
   */
  private static boolean hasIsPrefix(String name) {
    return name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2));
  }

  /** Non-private, non-static methods of the class and its superclasses. */
  private List<ExecutableElement> methods(TypeElement owner) {
    return methods.computeIfAbsent(owner, this::callableMethods);
  }

  private List<ExecutableElement> callableMethods(TypeElement owner) {
    List<ExecutableElement> callable = new ArrayList<>();
    for (Element member : elements.getAllMembers(owner)) {
      if (member instanceof ExecutableElement method && member.getKind() == ElementKind.METHOD
          && !method.getModifiers().contains(Modifier.PRIVATE)
          && !method.getModifiers().contains(Modifier.STATIC)
          && !throwsCheckedException(method)) {
        callable.add(method);
      }
    }
    return callable;
  }

  /**
   * Whether a no-argument constructor is usable: non-private, or the implicit default one,
   * whose access is the class's own (a private class is reported as such, not twice).
   */
  private boolean hasNoArgConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && !throwsCheckedException(c)
            && (!c.getModifiers().contains(Modifier.PRIVATE)
                || elements.getOrigin(c) == Elements.Origin.MANDATED));
  }

  /** Whether generated code, which handles only SQLException, could not call this. */
  private boolean throwsCheckedException(ExecutableElement executable) {
    return executable.getThrownTypes().stream()
        .anyMatch(t -> !types.isAssignable(t, runtimeException) && !types.isAssignable(t, error));
  }

  private String typeName(TypeMirror type) {
    return JavaTypes.name(type);
  }

  private TypeRef typeRef(TypeElement type) {
    return javaTypes.ref(type);
  }
}
