package dev.precast.processor;

import dev.precast.processor.dialect.Identifiers;
import dev.precast.processor.model.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes random but valid Java: a small schema of one to three {@code @Table} classes or
 * records (with, at times, an enum, a plain base class and holders of nested entities), from
 * random combinations of Precast's and Jakarta Validation's annotations with good and bad
 * values, every kind of field type, and odd names. Every source compiles as Java, so each
 * error of its compilation must be Precast's.
 *
 * <p>Each case has a wildness: a tame case makes mostly sound choices (so that many compile
 * and their generated code is compiled too), a wild one mostly odd ones. Case {@code n} of
 * seed {@code s} is always the same, whatever was generated before it.
 */
final class ModelGenerator {
  static final String PACKAGE = "com.example";

  /** One compilation's sources, with the simple names of the {@code @Table} classes in them. */
  record Case(int number, Map<String, String> sources, List<String> entities) {
    /** Every source, one after the other, for a failure message. */
    String text() {
      StringBuilder out = new StringBuilder();
      sources.forEach((name, text) -> out.append("// ").append(name).append('\n').append(text));
      return out.toString();
    }
  }

  /**
   * Entity names: ordinary, SQL keywords, mixed case, non-ASCII, and names generated code
   * imports or uses. None is a simple name of Precast's or Jakarta's annotations, which the
   * sources import on demand (a class of that name would shadow the annotation: bad Java).
   */
  private static final List<String> ENTITY_NAMES = List.of("User", "Post", "Author", "Item",
      "Invoice", "Order", "Group", "Select", "Event", "Account", "Maß", "Größe", "Café", "Ñandú",
      "日記", "HTTPRequest", "URLPath", "iPhone", "thing", "X", "Database", "Rows", "Jdbc",
      "Parameters", "Query", "Violation", "Objects", "Optional", "List", "Map", "Schema",
      "Dialect", "Generated", "EntityTable", "Error", "Record", "Module", "Override",
      "ArrayList", "Results", "StatementBinder", "Tx");
  /** Field names: ordinary, SQL keywords, clashes after snake_case, non-ASCII, odd starts. */
  private static final List<String> FIELD_NAMES = List.of("name", "email", "title",
      "createdAt", "displayName", "display_name", "order", "group", "select", "from", "user",
      "value", "key", "table", "limit", "id", "ID", "Id", "isActive", "active", "URLPath", "aB",
      "größe", "höhe", "日付", "$cost", "_hidden", "x", "db", "parameters", "row", "entity",
      "violations", "stored", "valid", "all", "one", "event", "version", "authorId", "count",
      "TABLE", "tAble");
  private static final List<String> TYPES = List.of("String", "boolean", "Boolean", "int",
      "Integer", "long", "Long", "short", "Short", "double", "Double", "float", "Float",
      "java.math.BigDecimal", "byte[]", "java.util.UUID", "java.time.LocalDate",
      "java.time.LocalTime", "java.time.LocalDateTime", "java.time.Instant",
      "java.time.OffsetDateTime", "Status");
  private static final List<String> UNSUPPORTED_TYPES = List.of("char", "java.lang.Character",
      "byte", "java.lang.Byte", "java.util.List<String>", "java.util.Map<String, Integer>",
      "Object", "java.util.Optional<String>", "int[]", "String[]", "java.util.Date",
      "java.math.BigInteger", "java.util.List<?>", "Comparable<String>");
  private static final List<String> ID_TYPES =
      List.of("Long", "long", "Integer", "int", "java.util.UUID", "String");
  private static final List<String> ODD_COLUMN_NAMES = List.of("", " ", "a\"b", "tab\tbed",
      " lead", "x".repeat(70));
  private static final List<String> COLUMN_NAMES = List.of("name", "order", "Mixed Case",
      "UPPER", "größe", "col_1", "select", "user", "value");
  private static final List<String> REGEXPS = List.of("[a-z]+", "\\d+", "(?<n>x)", "é+", "");
  private static final List<String> BAD_REGEXPS = List.of("[a-", "(", "a{2,1}", "*", "\\");
  private static final List<String> DECIMALS = List.of("0", "0.5", "-1e3", "1e400", "1e-5000",
      "-0", "99.99");
  private static final List<String> BAD_DECIMALS = List.of("abc", "", "NaN", "1,5");
  private static final List<String> LONGS = List.of("Long.MIN_VALUE", "-5", "0", "1", "100",
      "Long.MAX_VALUE");
  private static final List<String> INTS = List.of("0", "1", "5", "20", "255",
      "Integer.MAX_VALUE");
  private static final List<String> ACTIONS = List.of("NO_ACTION", "CASCADE", "SET_NULL",
      "RESTRICT");
  private static final List<String> ANY_TYPE_RULES = List.of("NotNull");
  private static final List<String> NUMBER_RULES = List.of("Positive", "PositiveOrZero",
      "Negative", "NegativeOrZero", "Min", "Max", "DecimalMin", "DecimalMax", "Digits");
  private static final List<String> TEXT_RULES = List.of("NotBlank", "NotEmpty", "Size", "Email",
      "Pattern", "Digits");
  private static final List<String> TIME_RULES = List.of("Past", "PastOrPresent", "Future",
      "FutureOrPresent");
  private static final List<String> BOOLEAN_RULES = List.of("AssertTrue", "AssertFalse");
  private static final List<String> ALL_RULES = List.of("NotNull", "Null", "Positive",
      "PositiveOrZero", "Negative", "NegativeOrZero", "Min", "Max", "DecimalMin", "DecimalMax",
      "Digits", "NotBlank", "NotEmpty", "Size", "Email", "Pattern", "Past", "PastOrPresent",
      "Future", "FutureOrPresent", "AssertTrue", "AssertFalse");

  private final Random random;
  private final int number;
  /** The table and index names of this case so far, which a tame case keeps apart. */
  private final Set<String> tables = new LinkedHashSet<>();
  private final Set<String> indexNames = new LinkedHashSet<>();
  /** 0 for a tame case, 1 or 2 for wilder ones: how often odd choices are made. */
  private final int wildness;

  ModelGenerator(long seed, int number) {
    this.random = new Random(seed * 1_000_003L + number);
    this.number = number;
    this.wildness = pick(new int[] {0, 0, 0, 0, 1, 1, 2});
  }

  /**
   * A field as planned: its name, type and column, and what it is, so that other choices (the
   * columns of a type's {@code @Unique}, say) can be made to agree with it.
   */
  private static final class Field {
    final String name;
    final String type;
    final String column;
    final boolean id;
    boolean transientField;
    boolean unique;
    boolean version;
    /** The {@code @References} target as written in Java, or null. */
    String reference;

    Field(String name, String type, String column, boolean id) {
      this.name = name;
      this.type = type;
      this.column = column;
      this.id = id;
    }

    String name() {
      return name;
    }

    String type() {
      return type;
    }

    String column() {
      return column;
    }

    boolean id() {
      return id;
    }

    boolean primitive() {
      return Character.isLowerCase(type.charAt(0)) && !type.contains(".");
    }
  }

  /** An entity as planned, before its source is written. */
  private static final class Entity {
    String name;
    String holder;
    String shape;
    boolean nested;
    boolean mapped;
    boolean extendable;
    String idType;
    /** The unique column lists and index names declared so far, to keep a tame case sound. */
    final Set<String> constraints = new LinkedHashSet<>();
    final Set<String> getters = new LinkedHashSet<>();

    boolean record() {
      return shape.equals("record");
    }

    /** Whether other classes can name it: a private nested class they cannot. */
    boolean visible() {
      return !shape.equals("private");
    }

    String reference() {
      return nested ? holder + "." + name : name;
    }
  }

  Case generate() {
    Map<String, String> sources = new LinkedHashMap<>();
    List<Entity> entities = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    int count = pick(new int[] {1, 1, 1, 2, 2, 3});
    boolean colorEnum = chance(20);
    boolean base = chance(10);
    for (int i = 0; i < count; i++) {
      Entity entity = new Entity();
      entity.name = unique(used, () -> chance(8) ? longName(true) : oneOf(ENTITY_NAMES));
      entity.nested = chance(10);
      entity.holder = "Holder" + i;
      entity.shape = chance(30) ? "record"
          : bad(20) ? oneOf(List.of("abstract", "interface", "enum", "generic", "inner",
              "private")) : "class";
      if (!entity.nested && (entity.shape.equals("inner") || entity.shape.equals("private"))) {
        entity.shape = "class";
      }
      entity.idType = oneOf(ID_TYPES);
      entities.add(entity);
    }
    if (colorEnum) {
      sources.put(PACKAGE + ".Color",
          "package " + PACKAGE + ";\n\npublic enum Color { RED, GREEN, Größe }\n");
    }
    if (base) {
      sources.put(PACKAGE + ".Base", """
          package %s;

          public abstract class Base {
            protected String label;
            public String getLabel() { return label; }
            public void setLabel(String label) { this.label = label; }
          }
          """.formatted(PACKAGE));
    }
    for (Entity entity : entities) {
      String body = entity(entity, entities, colorEnum, base);
      String file = entity.nested ? entity.holder : entity.name;
      String text = header() + (entity.nested
          ? "public class " + entity.holder + " {\n" + indent(body) + "}\n"
          : body);
      sources.put(PACKAGE + "." + file, text);
    }
    return new Case(number, sources,
        entities.stream().filter(e -> e.mapped).map(e -> e.name).toList());
  }

  private static String header() {
    return "package " + PACKAGE + ";\n\nimport dev.precast.annotations.*;\n"
        + "import jakarta.validation.constraints.*;\n\n";
  }

  private String entity(Entity entity, List<Entity> all, boolean colorEnum, boolean base) {
    StringBuilder out = new StringBuilder();
    String shape = entity.shape;
    List<Field> fields = planFields(entity, all, colorEnum);
    List<Field> mapped = fields.stream().filter(f -> !f.transientField || bad(30)).toList();
    List<String> columns = mapped.stream().map(Field::column).toList();
    entity.mapped = !bad(5);
    if (entity.mapped) {
      String table = tableName(entity);
      out.append("@Table").append(table.equals(Names.snakeCase(entity.name)) ? ""
          : "(name = " + literal(table) + ")").append('\n');
    }
    if (chance(5)) {
      out.append("@SuppressWarnings(\"precast\")\n");
    }
    int uniques = pick(new int[] {0, 0, 0, 1, 1, 2});
    for (int i = 0; i < uniques; i++) {
      String list = columnList(entity, mapped, "unique");
      if (list != null) {
        out.append("@Unique").append(bad(10) ? "" : "(columns = " + list + ")").append('\n');
      }
    }
    int indexes = pick(new int[] {0, 0, 0, 1, 2});
    for (int i = 0; i < indexes; i++) {
      String list = columnList(entity, mapped, "index");
      if (list == null) {
        continue;
      }
      List<String> attributes = new ArrayList<>();
      if (!bad(10)) {
        attributes.add("columns = " + list);
      }
      if (chance(30)) {
        attributes.add("name = " + literal(indexName()));
      }
      out.append("@Index(").append(String.join(", ", attributes)).append(")\n");
    }
    if (chance(20)) {
      out.append("@Check(").append(literal(checkSql(columns, mapped))).append(")\n");
    }
    String modifiers = switch (shape) {
      case "inner" -> "public ";
      case "private" -> "private static ";
      default -> entity.nested ? "public static " : "public ";
    };
    String name = entity.name;
    switch (shape) {
      case "record" -> {
        out.append(modifiers).append("record ").append(name).append('(');
        List<String> components = new ArrayList<>();
        for (Field field : fields) {
          components.add(annotations(entity, field, all, mapped) + field.type() + " "
              + field.name());
        }
        out.append(String.join(", ", components)).append(") {\n");
      }
      case "interface" -> out.append(modifiers).append("interface ").append(name).append(" {\n");
      case "enum" -> out.append(modifiers).append("enum ").append(name).append(" {\n  A, B;\n");
      default -> {
        out.append(modifiers).append(shape.equals("abstract") ? "abstract " : "")
            .append("class ").append(name).append(shape.equals("generic") ? "<T>" : "");
        Entity parent = all.stream()
            .filter(e -> e != entity && e.extendable && all.indexOf(e) < all.indexOf(entity))
            .findFirst().orElse(null);
        if (parent != null && chance(15)) {
          out.append(" extends ").append(parent.reference());
          // A getter of the same name would override the parent's, maybe with another type.
          entity.getters.addAll(parent.getters);
        } else if (base && chance(40)) {
          out.append(" extends Base");
          entity.getters.add("getLabel");
        }
        out.append(" {\n");
      }
    }
    out.append("  public enum Status { ON, OFF }\n");
    if (entity.record()) {
      out.append(extras(shape));
      out.append("}\n");
      return out.toString();
    }
    boolean isInterface = shape.equals("interface");
    for (Field field : fields) {
      out.append(classField(entity, field, all, mapped));
    }
    if (!isInterface && !shape.equals("enum")) {
      String constructor = bad(15)
          ? oneOf(List.of("private", "args", "throws")) : oneOf(List.of("none", "public"));
      entity.extendable = !entity.nested && !shape.equals("generic")
          && (constructor.equals("none") || constructor.equals("public"));
      switch (constructor) {
        case "public" -> out.append("  public ").append(name).append("() {}\n");
        case "private" -> out.append("  private ").append(name).append("() {}\n");
        case "args" -> out.append("  public ").append(name).append("(String unused) {}\n");
        case "throws" -> out.append("  public ").append(name)
            .append("() throws Exception {}\n");
        default -> { }
      }
      out.append(accessors(entity, fields));
    }
    if (!isInterface && bad(5)) {
      out.append("  private enum Secret { S }\n  Secret secret;\n");
    }
    out.append(extras(shape));
    out.append("}\n");
    return out.toString();
  }

  private List<Field> planFields(Entity entity, List<Entity> all, boolean colorEnum) {
    List<Field> fields = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    // Tame cases keep columns and metamodel constants apart, as a real model would.
    Set<String> columns = new LinkedHashSet<>();
    int ids = bad(15) ? pick(new int[] {0, 2}) : 1;
    for (int i = 0; i < ids; i++) {
      String name = unique(names, () -> chance(70) ? "id" : oneOf(FIELD_NAMES));
      String type = bad(10) ? oneOf(TYPES) : entity.idType;
      fields.add(field(name, type, true, columns));
    }
    int count = random.nextInt(7);
    boolean versioned = false;
    for (int i = 0; i < count; i++) {
      List<Entity> targets = all.stream()
          .filter(e -> e == entity || (e.visible() && all.indexOf(e) < all.indexOf(entity)))
          .toList();
      Entity target = chance(15) ? oneOf(targets) : null;
      String name = unique(names, () -> target != null ? "ref" + Names.capitalize(target.name)
          : chance(8) ? longName(false) : oneOf(FIELD_NAMES));
      String type = target != null ? target.idType
          : bad(20) ? oneOf(UNSUPPORTED_TYPES)
          : chance(5) && colorEnum ? "Color"
          : entity.shape.equals("generic") && chance(30) ? "T"
          : oneOf(TYPES);
      Field field = field(name, type, false, columns);
      if (field == null) {
        continue;
      }
      field.reference = target == null ? null : target.reference() + ".class";
      field.unique = chance(12);
      field.transientField = !entity.record() && chance(5);
      field.version = !versioned && target == null
          && (type.equals("int") || type.equals("long")) && chance(20);
      versioned |= field.version;
      fields.add(field);
    }
    if (entity.record() && chance(5)) {
      fields.add(new Field("items", "String...", "items", false));
    }
    return fields;
  }

  /** A planned field; null in a tame case when its column or constant would clash. */
  private Field field(String name, String type, boolean id, Set<String> columns) {
    String column = bad(10) ? oneOf(ODD_COLUMN_NAMES)
        : chance(15) ? oneOf(COLUMN_NAMES) : Names.snakeCase(name);
    boolean clash = !columns.add(column.toLowerCase(Locale.ROOT))
        || !columns.add("constant " + Names.constantName(name))
        || Names.constantName(name).equals("TABLE")
        || (!id && Names.constantName(name).equals("ID"));
    if (clash && wildness == 0) {
      return id ? new Field(name, type, "pk_" + columns.size(), true) : null;
    }
    return new Field(name, type, column, id);
  }

  /** The annotations of one field or record component, each followed by a space. */
  private String annotations(Entity self, Field field, List<Entity> all, List<Field> fields) {
    if (field.transientField && !bad(50)) {
      return "@Transient ";
    }
    StringBuilder out = new StringBuilder();
    if (field.id()) {
      out.append("@Id ");
    }
    String type = field.type();
    boolean text = type.equals("String");
    boolean sized = text || type.equals("byte[]") || type.equals("Status");
    List<String> attributes = new ArrayList<>();
    if (!field.column().equals(Names.snakeCase(field.name()))) {
      attributes.add("name = " + literal(field.column()));
    }
    if ((sized && chance(50)) || bad(10)) {
      attributes.add("length = " + (bad(10) ? "-1" : oneOf(INTS)));
    }
    if (chance(15)) {
      attributes.add("nullable = " + random.nextBoolean());
    }
    if ((type.equals("java.math.BigDecimal") && chance(40)) || bad(5)) {
      int precision = bad(10) ? pick(new int[] {-1, 0, 1001}) : pick(new int[] {5, 10, 1000});
      attributes.add("precision = " + precision);
      if (chance(50)) {
        attributes.add("scale = " + (bad(10) ? pick(new int[] {-1, 2000})
            : random.nextInt(Math.max(1, precision))));
      }
    }
    if (!attributes.isEmpty() || chance(5)) {
      out.append("@Column(").append(String.join(", ", attributes)).append(") ");
    }
    if (field.unique || bad(5)) {
      out.append(bad(10) ? "@Unique(columns = \"x\") " : "@Unique ");
    }
    if (chance(8)) {
      List<String> index = new ArrayList<>();
      if (bad(10)) {
        index.add("columns = \"x\"");
      }
      if (chance(30)) {
        index.add("name = " + literal(indexName()));
      }
      if (!self.constraints.add("index " + field.column().toLowerCase(Locale.ROOT))
          && !bad(50)) {
        index.clear();
        index.add("name = " + literal(indexName()));
      }
      out.append("@Index").append(index.isEmpty() ? "" : "(" + String.join(", ", index) + ")")
          .append(' ');
    }
    if (field.reference != null || bad(8)) {
      out.append(reference(self, field, all));
    }
    if (chance(6)) {
      out.append("@Check(").append(literal(checkSql(
          fields.stream().map(Field::column).toList(), fields))).append(") ");
    }
    if (field.version || bad(3)) {
      out.append("@Version ");
    }
    if (field.transientField || bad(3)) {
      out.append("@Transient ");
    }
    if (chance(4)) {
      out.append("@SuppressWarnings(").append(literal(oneOf(List.of("precast", "all",
          "unchecked")))).append(") ");
    }
    int rules = pick(new int[] {0, 0, 0, 1, 1, 2, 3});
    Set<String> written = new LinkedHashSet<>();
    boolean bounded = false;
    for (int i = 0; i < rules; i++) {
      String rule = constraint(type);
      String simple = rule.substring(1, rule.contains("(") ? rule.indexOf('(') : rule.length());
      // Two bounds of one number may leave no value (an error); a tame case draws one.
      boolean bound = NUMBER_RULES.contains(simple) && !simple.equals("Digits");
      if (bound && bounded && !bad(50)) {
        continue;
      }
      bounded |= bound;
      if (written.add(simple) || simple.equals("Pattern")) {
        out.append(rule).append(' ');
      }
    }
    return out.toString();
  }

  /**
   * {@code @References}: in a tame case to an entity of this case whose id type the field has,
   * in a wild one to anything a class literal can name.
   */
  private String reference(Entity self, Field field, List<Entity> all) {
    List<Entity> visible = all.stream().filter(e -> e == self || e.visible()).toList();
    String value = field.reference != null && !bad(30) ? field.reference
        : bad(50) ? oneOf(List.of("String.class", "int.class", "String[].class",
            "Object.class", "Status.class", "Long.class", "void.class"))
        : oneOf(visible).reference() + ".class";
    // SET_NULL needs a nullable column, which the rules drawn later may not leave.
    String action = bad(30) ? oneOf(ACTIONS) : oneOf(List.of("NO_ACTION", "CASCADE", "RESTRICT"));
    return "@References(" + (chance(40)
        ? "value = " + value + ", onDelete = ReferentialAction." + action : value) + ") ";
  }

  /**
   * A Jakarta constraint for a field of {@code type}: in a tame case one that applies to it
   * with sound values, in a wild one any, with values that may be bad.
   */
  private String constraint(String type) {
    List<String> applicable = switch (type) {
      case "String" -> TEXT_RULES;
      case "int", "Integer", "long", "Long", "short", "Short", "double", "Double", "float",
          "Float", "java.math.BigDecimal" -> NUMBER_RULES;
      case "boolean", "Boolean" -> BOOLEAN_RULES;
      case "java.time.LocalDate", "java.time.LocalTime", "java.time.LocalDateTime",
          "java.time.Instant", "java.time.OffsetDateTime" -> TIME_RULES;
      default -> ANY_TYPE_RULES;
    };
    String kind = bad(30) ? oneOf(ALL_RULES) : chance(20) ? "NotNull" : oneOf(applicable);
    List<String> attributes = new ArrayList<>();
    switch (kind) {
      case "Size" -> {
        int min = bad(20) ? pick(new int[] {-1, 300}) : pick(new int[] {0, 1, 2});
        if (chance(50)) {
          attributes.add("min = " + min);
        }
        if (chance(70)) {
          attributes.add("max = " + oneOf(INTS.subList(2, INTS.size())));
        }
      }
      case "Min" -> attributes.add("value = " + oneOf(LONGS.subList(0, 3)));
      case "Max" -> attributes.add("value = " + (bad(20) ? "Long.MIN_VALUE"
          : oneOf(LONGS.subList(4, LONGS.size()))));
      case "DecimalMin", "DecimalMax" -> {
        attributes.add("value = " + literal(bad(30) ? oneOf(BAD_DECIMALS) : oneOf(DECIMALS)));
        if (chance(30)) {
          attributes.add("inclusive = " + random.nextBoolean());
        }
      }
      case "Digits" -> {
        attributes.add("integer = " + (bad(20) ? "-1" : oneOf(INTS)));
        attributes.add("fraction = " + oneOf(INTS));
      }
      case "Email" -> {
        if (chance(30)) {
          attributes.add("regexp = " + literal(bad(30) ? oneOf(BAD_REGEXPS) : oneOf(REGEXPS)));
        }
      }
      case "Pattern" -> {
        attributes.add("regexp = " + literal(bad(30) ? oneOf(BAD_REGEXPS) : oneOf(REGEXPS)));
        if (chance(30)) {
          attributes.add("flags = {Pattern.Flag.CASE_INSENSITIVE, Pattern.Flag.COMMENTS}");
        }
      }
      default -> { }
    }
    if (bad(5)) {
      attributes.add("groups = jakarta.validation.groups.Default.class");
    }
    if (chance(5)) {
      attributes.add("message = " + literal("custom {x} \"quoted\""));
    }
    return "@" + kind + (attributes.isEmpty() ? "" : "(" + String.join(", ", attributes) + ")");
  }

  private String classField(Entity self, Field field, List<Entity> all, List<Field> fields) {
    String type = field.type();
    String annotations = annotations(self, field, all, fields);
    if (self.shape.equals("interface")) {
      return "  " + annotations + type + " " + field.name() + " = " + zero(type) + ";\n";
    }
    String access = oneOf(List.of("private ", "private ", "", "public ", "protected "));
    String modifier = bad(15) ? oneOf(List.of("final ", "static ", "transient ")) : "";
    if (type.equals("T") && modifier.equals("static ")) {
      modifier = ""; // a type variable has no static meaning
    }
    String initializer = modifier.equals("final ") ? " = " + zero(type) : "";
    return "  " + annotations + access + modifier + type + " " + field.name() + initializer
        + ";\n";
  }

  /** Getters and setters: in a tame case for every field, in a wild one for some, at times mistyped. */
  private String accessors(Entity entity, List<Field> fields) {
    StringBuilder out = new StringBuilder();
    Set<String> methods = new LinkedHashSet<>(entity.getters);
    for (Field field : fields) {
      String name = field.name();
      String type = field.type();
      String capitalized = Names.capitalize(name);
      if (!bad(40)) {
        boolean bool = type.equals("boolean");
        String getter = (bool && chance(50) ? "is" : "get") + capitalized;
        String returned = bad(10) ? "Object" : type;
        if (methods.add(getter)) {
          entity.getters.add(getter);
          out.append("  public ").append(returned).append(' ').append(getter)
              .append("() { return ").append(name).append("; }\n");
        }
      }
      if (!bad(40)) {
        String setter = "set" + capitalized;
        if (methods.add(setter + "(" + type + ")")) {
          out.append("  public void ").append(setter).append('(').append(type)
              .append(" value) { }\n");
        }
      }
    }
    return out.toString();
  }

  /** Members that are no columns: constants, a static counter, a validated method. */
  private String extras(String shape) {
    StringBuilder out = new StringBuilder();
    boolean isInterface = shape.equals("interface");
    if (chance(10)) {
      out.append("  static final long serialVersionUID = 1L;\n");
    }
    if (!isInterface && bad(5)) {
      out.append("  @Column(name = \"nope\") static int instances;\n");
    }
    if (!isInterface && !shape.equals("record") && bad(5)) {
      out.append("  @Unique transient Object cache;\n");
    }
    if (!isInterface && bad(5)) {
      out.append("  @NotNull public String describe() { return \"\"; }\n");
    }
    return out.toString();
  }

  private String tableName(Entity entity) {
    if (bad(20)) {
      return oneOf(List.of(" ", "", "a\"b", "users", "USERS", "x\ty"));
    }
    String name = chance(60) ? Names.snakeCase(entity.name)
        : oneOf(List.of("order", "Fancy Things", "größe", longName(false), entity.name + "s"));
    if (!tables.add(name.toLowerCase(Locale.ROOT))) {
      name = Names.snakeCase(entity.name) + "_" + tables.size();
      tables.add(name);
    }
    return name;
  }

  private String indexName() {
    if (bad(30)) {
      return oneOf(List.of("ix_post_author_id", "", " ", "ix_lookup"));
    }
    String name = oneOf(List.of("Mixed Index", longName(false), "größe_ix", "ix_lookup"));
    return indexNames.add(name.toLowerCase(Locale.ROOT)) ? name : name + "_" + indexNames.size();
  }

  /**
   * A column list for {@code @Unique} or {@code @Index}: in a tame case the columns of mapped
   * fields, a list not declared before (null when none is left), in a wild one also Java names,
   * misspellings, repeats and nothing.
   */
  private String columnList(Entity entity, List<Field> fields, String kind) {
    int size = bad(10) ? 0 : pick(new int[] {1, 1, 2, 2, 3});
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < size && !fields.isEmpty(); i++) {
      Field field = fields.get(random.nextInt(fields.size()));
      String column = !bad(40) ? field.column() : oneOf(List.of(field.name(),
          misspell(field.column()), field.column().toUpperCase(Locale.ROOT), "nope", ""));
      if (!columns.contains(literal(column)) || bad(20)) {
        columns.add(literal(column));
      }
    }
    String key = kind + " " + String.join(",", columns).toLowerCase(Locale.ROOT);
    boolean single = columns.size() == 1 && fields.stream().anyMatch(f -> f.unique
        && columns.get(0).equalsIgnoreCase(literal(f.column())));
    if ((!entity.constraints.add(key) || (single && kind.equals("unique"))) && !bad(50)) {
      return null;
    }
    if (kind.equals("index") && columns.size() == 1) {
      entity.constraints.add("index " + columns.get(0).toLowerCase(Locale.ROOT)
          .replace("\"", ""));
    }
    return columns.size() == 1 && chance(50) ? columns.get(0)
        : "{" + String.join(", ", columns) + "}";
  }

  private String checkSql(List<String> columns, List<Field> fields) {
    String column = columns.isEmpty() ? "x" : oneOf(columns);
    String word = fields.isEmpty() ? "x" : oneOf(fields).name();
    if (!bad(50)) {
      String written = Identifiers.sql(column);
      return oneOf(List.of(written + " IS NOT NULL", "CASE WHEN " + written
          + " IS NULL THEN TRUE ELSE TRUE END", "1 = 1 -- " + column));
    }
    return oneOf(List.of(column + " > 0", "\"" + column + "\" >= 0", misspell(column) + " < 10",
        "", " ", "length(" + column + ") > 2", "'unterminated", "\"unterminated",
        "-- only a comment", column + " IN ('a', 'b''c')", "größe > 0", word + " <> " + word,
        column + "::text <> ''", "/* " + column));
  }

  /** {@code name} with two neighbouring characters swapped, or one dropped. */
  private String misspell(String name) {
    if (name.length() < 2) {
      return name + "x";
    }
    int i = random.nextInt(name.length() - 1);
    return chance(50)
        ? name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2)
        : name.substring(0, i) + name.substring(i + 1);
  }

  /** A Java identifier of 40 to 130 characters, capitalized for a class. */
  private String longName(boolean type) {
    String[] words = {"very", "Long", "Name", "Of", "The", "Northern", "Weather", "Station",
        "Reading", "Größe"};
    StringBuilder out = new StringBuilder(type ? "Very" : "very");
    int length = 40 + random.nextInt(90);
    while (out.length() < length) {
      out.append(Names.capitalize(words[random.nextInt(words.length)]));
    }
    return out.toString();
  }

  private static String zero(String type) {
    return switch (type) {
      case "boolean" -> "false";
      case "int", "short", "byte", "long", "char", "double", "float" -> "0";
      default -> "null";
    };
  }

  /** {@code s} as a Java string literal. */
  static String literal(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String indent(String text) {
    return text.lines().map(line -> "  " + line + "\n").reduce("", String::concat);
  }

  private String unique(Set<String> used, Supplier<String> names) {
    for (int attempt = 0; attempt < 20; attempt++) {
      String name = names.get();
      if (used.add(name)) {
        return name;
      }
    }
    String name = "extra" + used.size();
    used.add(name);
    return name;
  }

  /** An odd choice: never in a tame case, {@code percent} or twice that in wilder ones. */
  private boolean bad(int percent) {
    return wildness > 0 && random.nextInt(100) < percent * wildness;
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private int pick(int[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
