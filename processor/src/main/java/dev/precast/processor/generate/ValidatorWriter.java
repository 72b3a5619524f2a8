package dev.precast.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.precast.internal.Checks;
import dev.precast.processor.model.EmbeddedModel;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IdStrategy;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.Rule;
import dev.precast.processor.model.ValueType;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code UserValidator}: the entity's declared rules ({@code @Column} length,
 * precision and nullability, and the Jakarta Validation constraints) as plain Java checks,
 * then, for every property of an affected type whatever its rules, the limits of what every
 * supported database stores as written (see {@link Checks}): text without NUL or unpaired
 * surrogates, unbounded decimals within the digits both hold, dates and timestamps within
 * PostgreSQL's range and offsets within its ±15:59:59. Which property gets which check is
 * decided here, from its type; the generated code calls {@code Checks} directly.
 */
public final class ValidatorWriter {
  private static final String VIOLATIONS = "violations";

  private final EntityModel entity;
  private final ClassName entityType;
  private final String parameter;
  private final List<FieldSpec> patterns = new ArrayList<>();
  private final List<FieldSpec> decimals = new ArrayList<>();

  public ValidatorWriter(EntityModel entity) {
    this.entity = entity;
    this.entityType = GeneratedNames.entity(entity);
    this.parameter = GeneratedNames.parameter(entity);
  }

  public JavaFile write() {
    MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Code.LIST, Code.VIOLATION))
        .addParameter(entityType, parameter)
        .addJavadoc("Every rule {@code $N} breaks, in field order; empty when it is valid.\n",
            parameter)
        .addStatement("$T<$T> $N = new $T<>()", Code.LIST, Code.VIOLATION, VIOLATIONS,
            Code.ARRAY_LIST);
    for (EntityModel.Member member : entity.members()) {
      validate.addCode(member.property() != null
          ? checks(member.property()) : checks(member.embedded()));
    }
    validate.addStatement("return $N", VIOLATIONS);

    MethodSpec validateOrThrow = MethodSpec.methodBuilder("validateOrThrow")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(entityType, parameter)
        .addJavadoc("Throws when {@code $N} breaks any rule.\n\n"
            + "@throws $T listing every rule it breaks\n", parameter, Code.VALIDATION_EXCEPTION)
        .addStatement("$T<$T> $N = validate($N)", Code.LIST, Code.VIOLATION, VIOLATIONS, parameter)
        .beginControlFlow("if (!$N.isEmpty())", VIOLATIONS)
        .addStatement("throw new $T($S, $N)", Code.VALIDATION_EXCEPTION, entity.simpleName(),
            VIOLATIONS)
        .endControlFlow()
        .build();

    MethodSpec validateRowOrThrow = MethodSpec.methodBuilder("validateOrThrow")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(entityType, parameter)
        .addParameter(int.class, "row")
        .addJavadoc("Throws when {@code $N}, at index {@code row} of a batch, breaks any rule.\n\n"
            + "@throws $T listing every rule it breaks, and the row\n", parameter,
            Code.VALIDATION_EXCEPTION)
        .addStatement("$T<$T> $N = validate($N)", Code.LIST, Code.VIOLATION, VIOLATIONS, parameter)
        .beginControlFlow("if (!$N.isEmpty())", VIOLATIONS)
        .addStatement("throw new $T($S, row, $N)", Code.VALIDATION_EXCEPTION,
            entity.simpleName(), VIOLATIONS)
        .endControlFlow()
        .build();

    TypeSpec.Builder type = TypeSpec.classBuilder(GeneratedNames.validator(entity))
        .addOriginatingElement(entity.element())
        .addAnnotation(Code.generated())
        .addAnnotation(Code.suppressDeprecation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Checks a {@link $T} against its declared rules, before any SQL is sent.\n"
            + "\n<pre>{@code\nList<Violation> problems = new $T().validate($N);\n}</pre>\n",
            entityType, GeneratedNames.validator(entity), parameter);
    MethodSpec validateMethod = validate.build();
    type.addFields(patterns);
    type.addFields(decimals);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("A validator; it holds no state and may be shared.\n").build());
    type.addMethod(validateMethod);
    type.addMethod(validateOrThrow);
    type.addMethod(validateRowOrThrow);
    return JavaFile.builder(entity.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * The checks of an embedded value: {@code @NotNull} on the field, then, when the value is
   * present, its components' rules, each violation naming {@code address.street}.
   */
  private CodeBlock checks(EmbeddedModel embedded) {
    CodeBlock.Builder components = CodeBlock.builder();
    for (PropertyModel component : entity.components(embedded)) {
      components.add(checks(component));
    }
    CodeBlock componentChecks = components.build();
    if (componentChecks.isEmpty() && !embedded.required()) {
      return componentChecks;
    }
    String local = embeddedLocal(embedded);
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T $N = $L", GeneratedNames.className(embedded.type()), local,
            Code.read(parameter, embedded));
    if (embedded.required()) {
      code.beginControlFlow("if ($N == null)", local)
          .addStatement("$N.add(new $T($S, $S))", VIOLATIONS, Code.VIOLATION, embedded.name(),
              "must not be null");
      if (!componentChecks.isEmpty()) {
        code.nextControlFlow("else");
      }
    } else {
      code.beginControlFlow("if ($N != null)", local);
    }
    return code.add(componentChecks).endControlFlow().build();
  }

  private String embeddedLocal(EmbeddedModel embedded) {
    String name = embedded.name();
    return name.equals(parameter) || name.equals(VIOLATIONS) ? name + "Value" : name;
  }

  /** Reads the property: of the entity, or of the embedded value's local variable. */
  private CodeBlock read(PropertyModel property) {
    return property.embedded() == null ? Code.read(parameter, property)
        : Code.readComponent(embeddedLocal(property.embedded()), property);
  }

  private CodeBlock checks(PropertyModel property) {
    List<CodeBlock> valueChecks = valueChecks(property);
    Set<String> nullMessages = nullMessages(property);
    if (property.primitive()) {
      CodeBlock.Builder code = CodeBlock.builder();
      valueChecks.forEach(code::add);
      return code.build();
    }
    if (valueChecks.isEmpty() && nullMessages.isEmpty()) {
      return CodeBlock.of("");
    }
    String local = local(property);
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T $N = $L", Code.type(property), local, read(property));
    if (nullMessages.isEmpty()) {
      code.beginControlFlow("if ($N != null)", local);
    } else {
      code.beginControlFlow("if ($N == null)", local);
      for (String message : nullMessages) {
        code.addStatement(violation(property, message));
      }
      if (!valueChecks.isEmpty()) {
        code.nextControlFlow("else");
      }
    }
    valueChecks.forEach(code::add);
    return code.endControlFlow().build();
  }

  /** The messages for a null value: one per rule that rejects null. */
  private Set<String> nullMessages(PropertyModel property) {
    Set<String> messages = new LinkedHashSet<>();
    if (property.primitive()
        || (property.isId() && property.idStrategy() != IdStrategy.ASSIGNED)) {
      return messages;
    }
    for (Rule rule : property.rules()) {
      if (rule.rejectsNull()) {
        messages.add(message(rule, switch (rule.kind()) {
          case NOT_BLANK -> "must not be blank";
          case NOT_EMPTY -> "must not be empty";
          default -> "must not be null";
        }));
      }
    }
    if (messages.isEmpty() && property.notNull()) {
      messages.add("must not be null");
    }
    return messages;
  }

  private List<CodeBlock> valueChecks(PropertyModel property) {
    List<CodeBlock> checks = new ArrayList<>();
    CodeBlock value = property.primitive()
        ? read(property) : CodeBlock.of("$N", local(property));
    ValueType type = property.valueType();
    for (Rule rule : property.rules()) {
      switch (rule.kind()) {
        case NOT_BLANK -> checks.add(check(property, CodeBlock.of("$T.isBlank($L)", Code.CHECKS,
            value), message(rule, "must not be blank")));
        case NOT_EMPTY -> checks.add(check(property, CodeBlock.of("$L.$L == 0", value,
            type == ValueType.BYTES ? "length" : "length()"), message(rule, "must not be empty")));
        case SIZE -> checks.add(size(property, rule, value));
        case MIN, MAX, DECIMAL_MIN, DECIMAL_MAX, POSITIVE, POSITIVE_OR_ZERO, NEGATIVE,
            NEGATIVE_OR_ZERO -> checks.add(check(property, outside(property, rule, value),
            message(rule, boundMessage(rule))));
        case DIGITS -> checks.add(check(property, CodeBlock.of("!$T.fitsDigits($L, $L, $L)",
            Code.CHECKS, value, rule.integer(), rule.fraction()), message(rule,
            "numeric value out of bounds (<" + rule.integer() + " digits>.<" + rule.fraction()
                + " digits> expected)")));
        case PAST -> checks.add(check(property, CodeBlock.of("!$L.isBefore($T.now())", value,
            Code.type(property)), message(rule, "must be a past date")));
        case PAST_OR_PRESENT -> checks.add(check(property, CodeBlock.of("$L.isAfter($T.now())",
            value, Code.type(property)),
            message(rule, "must be a date in the past or in the present")));
        case FUTURE -> checks.add(check(property, CodeBlock.of("!$L.isAfter($T.now())", value,
            Code.type(property)), message(rule, "must be a future date")));
        case FUTURE_OR_PRESENT -> checks.add(check(property, CodeBlock.of("$L.isBefore($T.now())",
            value, Code.type(property)),
            message(rule, "must be a date in the present or in the future")));
        case ASSERT_TRUE -> checks.add(check(property, CodeBlock.of("!$L", value),
            message(rule, "must be true")));
        case ASSERT_FALSE -> checks.add(check(property, CodeBlock.of("$L", value),
            message(rule, "must be false")));
        case EMAIL -> checks.add(check(property, rule.regexp() == null
            ? CodeBlock.of("!$T.isEmail($L)", Code.CHECKS, value)
            : CodeBlock.of("!$T.isEmail($L) || !$N.matcher($L).matches()", Code.CHECKS, value,
                pattern(property, rule), value),
            message(rule, "must be a well-formed email address")));
        case PATTERN -> checks.add(check(property,
            CodeBlock.of("!$N.matcher($L).matches()", pattern(property, rule), value),
            message(rule, "must match \"" + rule.regexp() + "\"")));
        case NOT_NULL, UNSUPPORTED -> { }
      }
    }
    if (property.converter() != null) {
      // The column's limits apply to what the converter stores; its rules were refused.
      value = CodeBlock.of("$T.toDatabase($L, $L)", Code.CONVERSIONS,
          Code.converter(property.converter()), value);
    }
    if (property.length() > 0 && type != ValueType.ENUM) {
      // UTF-16 units, as String.length() and H2 count: never looser than PostgreSQL's code points.
      CodeBlock length = CodeBlock.of(type == ValueType.BYTES ? "$L.length" : "$L.length()", value);
      checks.add(check(property, CodeBlock.of("$L > $L", length, property.length()),
          "size must be at most " + property.length()));
    }
    if (type == ValueType.BIG_DECIMAL && property.precision() > 0) {
      checks.add(check(property, CodeBlock.of("!$T.fitsNumeric($L, $L, $L)", Code.CHECKS, value,
          property.precision(), property.scale()), "numeric value out of bounds (<"
          + (property.precision() - property.scale()) + " digits>.<" + property.scale()
          + " digits> expected)"));
    }
    checks.addAll(storageChecks(property, value));
    return checks;
  }

  /**
   * The checks that keep out what some database would refuse, or store changed, whatever
   * the property's rules: decided by its type alone.
   */
  private List<CodeBlock> storageChecks(PropertyModel property, CodeBlock value) {
    List<CodeBlock> checks = new ArrayList<>();
    switch (property.valueType()) {
      case STRING -> {
        checks.add(check(property, CodeBlock.of("$T.hasNul($L)", Code.CHECKS, value),
            "must not contain the NUL character (U+0000)"));
        checks.add(check(property, CodeBlock.of("$T.hasUnpairedSurrogate($L)", Code.CHECKS,
            value), "must not contain an unpaired UTF-16 surrogate"));
      }
      case BIG_DECIMAL -> {
        if (property.precision() == 0) {
          checks.add(check(property, CodeBlock.of("!$T.fitsNumeric($L)", Code.CHECKS, value),
              "numeric value out of bounds (<" + Checks.NUMERIC_INTEGER_DIGITS + " digits>.<"
                  + Checks.NUMERIC_FRACTION_DIGITS + " digits> expected)"));
        }
      }
      case LOCAL_DATE -> checks.add(range(property, value, Checks.DATE_MIN, Checks.DATE_MAX));
      case LOCAL_DATE_TIME ->
          checks.add(range(property, value, Checks.TIMESTAMP_MIN, Checks.TIMESTAMP_MAX));
      case INSTANT -> checks.add(range(property, value, Checks.INSTANT_MIN, Checks.INSTANT_MAX));
      case OFFSET_DATE_TIME -> {
        checks.add(range(property, value, Checks.INSTANT_MIN, Checks.INSTANT_MAX));
        String limit = ZoneOffset.ofTotalSeconds(Checks.MAX_OFFSET_SECONDS).getId();
        checks.add(check(property, CodeBlock.of("!$T.hasStorableOffset($L)", Code.CHECKS,
            value), "offset must be between " + limit.replace('+', '-') + " and " + limit));
      }
      default -> { }
    }
    return checks;
  }

  /** {@code !Checks.isStorable(value)}, with the range in the message as Java prints it. */
  private CodeBlock range(PropertyModel property, CodeBlock value, Object min, Object max) {
    return check(property, CodeBlock.of("!$T.isStorable($L)", Code.CHECKS, value),
        "must be between " + min + " and " + max);
  }

  private CodeBlock size(PropertyModel property, Rule rule, CodeBlock value) {
    CodeBlock length = CodeBlock.of(property.valueType() == ValueType.BYTES ? "$L.length"
        : "$L.length()", value);
    boolean bounded = rule.max() < Integer.MAX_VALUE;
    // Hibernate Validator's wording; "at most" is @Column(length)'s own.
    String text = bounded ? "size must be between " + rule.min() + " and " + rule.max()
        : "size must be at least " + rule.min();
    CodeBlock condition = rule.min() > 0 && bounded
        ? CodeBlock.of("$L < $L || $L > $L", length, rule.min(), length, rule.max())
        : bounded ? CodeBlock.of("$L > $L", length, rule.max())
        : CodeBlock.of("$L < $L", length, rule.min());
    return check(property, condition, message(rule, text));
  }

  private static String boundMessage(Rule rule) {
    String orEqual = rule.inclusive() ? "or equal to " : "";
    return switch (rule.kind()) {
      case MIN -> "must be greater than or equal to " + rule.min();
      case MAX -> "must be less than or equal to " + rule.max();
      case DECIMAL_MIN -> "must be greater than " + orEqual + rule.value();
      case DECIMAL_MAX -> "must be less than " + orEqual + rule.value();
      case POSITIVE -> "must be greater than 0";
      case POSITIVE_OR_ZERO -> "must be greater than or equal to 0";
      case NEGATIVE -> "must be less than 0";
      default -> "must be less than or equal to 0";
    };
  }

  /**
   * The condition under which {@code value} breaks a numeric bound. Integers and BigDecimals
   * compare exactly. Doubles and floats compare in double precision with the bound rounded to
   * the nearest double, as the CHECK constraint does (see {@link RuleChecks}), and NaN is
   * outside every bound.
   */
  private CodeBlock outside(PropertyModel property, Rule rule, CodeBlock value) {
    Rule.Bound bound = rule.bound();
    String operator = bound.lower() ? (bound.inclusive() ? "<" : "<=")
        : (bound.inclusive() ? ">" : ">=");
    ValueType type = property.valueType();
    Long exact = longValue(bound.value());
    if (type.isFloatingPoint()) {
      ClassName box = type == ValueType.FLOAT ? ClassName.get(Float.class)
          : ClassName.get(Double.class);
      return CodeBlock.of("$T.isNaN($L) || $L $L $L", box, value, value, operator,
          doubleLiteral(RuleChecks.nearestDouble(bound.value())));
    }
    if (type == ValueType.BIG_DECIMAL) {
      if (bound.value().signum() == 0) {
        return CodeBlock.of("$L.signum() $L 0", value, operator);
      }
      if (exact != null && (rule.kind() == Rule.Kind.MIN || rule.kind() == Rule.Kind.MAX)) {
        return CodeBlock.of("$L.compareTo($T.valueOf($LL)) $L 0", value, Code.BIG_DECIMAL, exact,
            operator);
      }
      return CodeBlock.of("$L.compareTo($N) $L 0", value, decimal(property, rule), operator);
    }
    if (exact != null) {
      return CodeBlock.of("$L $L $LL", value, operator, exact);
    }
    return CodeBlock.of("$T.valueOf($L).compareTo($N) $L 0", Code.BIG_DECIMAL, value,
        decimal(property, rule), operator);
  }

  /** The bound as a long when it is a whole number that fits one, else null. */
  private static Long longValue(BigDecimal bound) {
    try {
      return bound.longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static CodeBlock doubleLiteral(double value) {
    if (Double.isInfinite(value)) {
      return CodeBlock.of("$T.$L", Double.class,
          value > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
    }
    return CodeBlock.of("$L", Double.toString(value));
  }

  /** A constant for a {@code @DecimalMin}/{@code @DecimalMax} bound: {@code PRICE_DECIMAL_MIN}. */
  private String decimal(PropertyModel property, Rule rule) {
    String base = Names.constantName(property.name()) + "_"
        + (rule.kind() == Rule.Kind.DECIMAL_MIN ? "DECIMAL_MIN" : "DECIMAL_MAX");
    String name = base;
    for (int n = 2; isField(name); n++) {
      name = base + "_" + n;
    }
    decimals.add(FieldSpec.builder(Code.BIG_DECIMAL, name, Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("new $T($S)", Code.BIG_DECIMAL, rule.value())
        .build());
    return name;
  }

  private boolean isField(String name) {
    return patterns.stream().anyMatch(f -> f.name().equals(name))
        || decimals.stream().anyMatch(f -> f.name().equals(name));
  }

  private String pattern(PropertyModel property, Rule rule) {
    String name = Names.constantName(property.name()) + "_PATTERN"
        + (patterns.stream().anyMatch(p -> p.name().startsWith(
            Names.constantName(property.name()) + "_PATTERN")) ? "_" + patterns.size() : "");
    patterns.add(FieldSpec.builder(Code.PATTERN, name, Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer(rule.flags() == 0 ? CodeBlock.of("$T.compile($S)", Code.PATTERN, rule.regexp())
            : CodeBlock.of("$T.compile($S, $L)", Code.PATTERN, rule.regexp(), rule.flags()))
        .build());
    return name;
  }

  private CodeBlock check(PropertyModel property, CodeBlock condition, String message) {
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", condition)
        .addStatement(violation(property, message))
        .endControlFlow()
        .build();
  }

  private CodeBlock violation(PropertyModel property, String message) {
    return CodeBlock.of("$N.add(new $T($S, $S))", VIOLATIONS, Code.VIOLATION, property.path(),
        message);
  }

  private static String message(Rule rule, String fallback) {
    return rule.message() != null ? rule.message() : fallback;
  }

  /** A local variable for the property's value that clashes with no other name in scope. */
  private String local(PropertyModel property) {
    String name = property.name();
    return name.equals(parameter) || name.equals(VIOLATIONS) ? name + "Value" : name;
  }
}
