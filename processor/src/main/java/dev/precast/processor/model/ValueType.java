package dev.precast.processor.model;

/**
 * The Java types a column can hold, and how generated code moves each between Java and JDBC:
 * the {@code Parameters} setter that binds it and the expression that reads it from a row.
 * The SQL type of each lives in the dialect.
 */
public enum ValueType {
  STRING("java.lang.String", null, "setString", "setString", "%s.getString(%d)", "%s.getString(%d)"),
  BOOLEAN("java.lang.Boolean", "boolean", "setBoolean", "setBooleanOrNull",
      "%s.getBoolean(%d)", "Rows.getBooleanOrNull(%s, %d)"),
  INT("java.lang.Integer", "int", "setInt", "setIntOrNull",
      "%s.getInt(%d)", "Rows.getIntOrNull(%s, %d)"),
  LONG("java.lang.Long", "long", "setLong", "setLongOrNull",
      "%s.getLong(%d)", "Rows.getLongOrNull(%s, %d)"),
  SHORT("java.lang.Short", "short", "setShort", "setShortOrNull",
      "%s.getShort(%d)", "Rows.getShortOrNull(%s, %d)"),
  DOUBLE("java.lang.Double", "double", "setDouble", "setDoubleOrNull",
      "%s.getDouble(%d)", "Rows.getDoubleOrNull(%s, %d)"),
  FLOAT("java.lang.Float", "float", "setFloat", "setFloatOrNull",
      "%s.getFloat(%d)", "Rows.getFloatOrNull(%s, %d)"),
  BIG_DECIMAL("java.math.BigDecimal", null, "setBigDecimal", "setBigDecimal",
      "%s.getBigDecimal(%d)", "%s.getBigDecimal(%d)"),
  BYTES("byte[]", null, "setBytes", "setBytes", "%s.getBytes(%d)", "%s.getBytes(%d)"),
  UUID("java.util.UUID", null, "setUuid", "setUuid", "Rows.getUuid(%s, %d)", "Rows.getUuid(%s, %d)"),
  LOCAL_DATE("java.time.LocalDate", null, "setLocalDate", "setLocalDate",
      "Rows.getLocalDate(%s, %d)", "Rows.getLocalDate(%s, %d)"),
  LOCAL_TIME("java.time.LocalTime", null, "setLocalTime", "setLocalTime",
      "Rows.getLocalTime(%s, %d)", "Rows.getLocalTime(%s, %d)"),
  LOCAL_DATE_TIME("java.time.LocalDateTime", null, "setLocalDateTime", "setLocalDateTime",
      "Rows.getLocalDateTime(%s, %d)", "Rows.getLocalDateTime(%s, %d)"),
  INSTANT("java.time.Instant", null, "setInstant", "setInstant",
      "Rows.getInstant(%s, %d)", "Rows.getInstant(%s, %d)"),
  OFFSET_DATE_TIME("java.time.OffsetDateTime", null, "setOffsetDateTime", "setOffsetDateTime",
      "Rows.getOffsetDateTime(%s, %d)", "Rows.getOffsetDateTime(%s, %d)"),
  /** Stored by constant name; the row expression is built with the enum's {@code valueOf}. */
  ENUM(null, null, "setEnum", "setEnum", null, null),
  /** {@code List<String>} as a {@code text[]}; the parser recognises the type's argument. */
  STRING_LIST("java.util.List<java.lang.String>", null, "setStringList", "setStringList",
      "Rows.getStringList(%s, %d)", "Rows.getStringList(%s, %d)"),
  /** {@code List<Long>} as a {@code bigint[]}. */
  LONG_LIST("java.util.List<java.lang.Long>", null, "setLongList", "setLongList",
      "Rows.getLongList(%s, %d)", "Rows.getLongList(%s, %d)"),
  STRING_ARRAY("java.lang.String[]", null, "setStringArray", "setStringArray",
      "Rows.getStringArray(%s, %d)", "Rows.getStringArray(%s, %d)"),
  LONG_ARRAY("long[]", null, "setLongArray", "setLongArray",
      "Rows.getLongArray(%s, %d)", "Rows.getLongArray(%s, %d)"),
  /**
   * JSON text in a JSON column, for {@code @Json}: a {@code String} field itself, or the
   * {@code String} a converter makes. Never a Java type of its own.
   */
  JSON(null, null, "setJson", "setJson", "Rows.getJson(%s, %d)", "Rows.getJson(%s, %d)");

  private final String boxedName;
  private final String primitiveName;
  private final String primitiveSetter;
  private final String objectSetter;
  private final String primitiveGetter;
  private final String objectGetter;

  ValueType(String boxedName, String primitiveName, String primitiveSetter, String objectSetter,
      String primitiveGetter, String objectGetter) {
    this.boxedName = boxedName;
    this.primitiveName = primitiveName;
    this.primitiveSetter = primitiveSetter;
    this.objectSetter = objectSetter;
    this.primitiveGetter = primitiveGetter;
    this.objectGetter = objectGetter;
  }

  /** The type for a Java type name as javac prints it, e.g. {@code java.lang.String}, {@code int}. */
  public static ValueType of(String typeName) {
    for (ValueType type : values()) {
      if (typeName.equals(type.boxedName) || typeName.equals(type.primitiveName)) {
        return type;
      }
    }
    return null;
  }

  /** The boxed class's name, e.g. {@code java.lang.Long}; null for {@link #ENUM}. */
  public String boxedTypeName() {
    return boxedName;
  }

  /** Whether {@code typeName} is this type's primitive, e.g. {@code int} for {@link #INT}. */
  public boolean isPrimitive(String typeName) {
    return typeName.equals(primitiveName);
  }

  /** The {@code Parameters} method that binds a value. */
  public String setter(boolean primitive) {
    return primitive ? primitiveSetter : objectSetter;
  }

  /**
   * A format with the result-set variable and the column index as its arguments, reading a
   * value; null for {@link #ENUM}.
   */
  public String getterFormat(boolean primitive) {
    return primitive ? primitiveGetter : objectGetter;
  }

  /** Whether values are SQL arrays: {@code text[]} or {@code bigint[]}. */
  public boolean isArray() {
    return this == STRING_LIST || this == LONG_LIST || this == STRING_ARRAY
        || this == LONG_ARRAY;
  }

  /** Whether the array's elements are strings; meaningful for {@link #isArray()} only. */
  public boolean hasTextElements() {
    return this == STRING_LIST || this == STRING_ARRAY;
  }

  /** Whether values are character strings: length, blankness and patterns apply. */
  public boolean isText() {
    return this == STRING;
  }

  /** Whether values are numbers that {@code @Min}/{@code @Max} compare. */
  public boolean isIntegral() {
    return this == INT || this == LONG || this == SHORT;
  }

  /** Whether values are numbers of any kind. */
  public boolean isNumeric() {
    return isIntegral() || this == BIG_DECIMAL || isFloatingPoint();
  }

  /** Whether values are binary floating-point numbers, which round decimal bounds. */
  public boolean isFloatingPoint() {
    return this == DOUBLE || this == FLOAT;
  }

  /** Whether values are dates or times that {@code @Past} and {@code @Future} compare with now. */
  public boolean isTemporal() {
    return this == LOCAL_DATE || this == LOCAL_TIME || this == LOCAL_DATE_TIME || this == INSTANT
        || this == OFFSET_DATE_TIME;
  }
}
