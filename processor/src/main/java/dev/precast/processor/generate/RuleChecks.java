package dev.precast.processor.generate;

import dev.precast.processor.dialect.Identifiers;
import dev.precast.processor.model.CheckModel;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.Rule;
import dev.precast.processor.model.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The validation rules a database can hold too, as the SQL conditions of one CHECK constraint
 * per column, {@code ck_<table>_<column>}; the same SQL on every dialect. The validator stays
 * the first line: each condition is the validator's rule or a weaker one, so the database
 * never rejects a value the validator accepts. A null passes every condition, as it passes
 * these rules. Rules no portable SQL states ({@code @Email}, {@code @Pattern},
 * {@code @Past}/{@code @Future}, {@code @Digits}) stay the validator's alone.
 *
 * <ul>
 *   <li>Numeric bounds ({@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax},
 *       {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative},
 *       {@code @NegativeOrZero}): {@code price >= 0.5}, exact on integer and decimal columns.
 *       On {@code DOUBLE PRECISION} and {@code REAL} columns the bound is written
 *       {@code CAST(0.1 AS DOUBLE PRECISION)}: both databases then compare in double precision
 *       with the bound rounded to the nearest double, as the validator does (without the cast
 *       H2 would compare a REAL's shortest decimal form exactly, and could reject what the
 *       validator accepts). A bound beyond the range of a double, or written with more than
 *       1000 digits, has no SQL condition.
 *   <li>{@code @NotBlank} on text: {@code CHAR_LENGTH(TRIM(name)) > 0}. SQL's TRIM removes
 *       spaces only, so the database rejects only the empty string and strings of spaces; the
 *       validator rejects those and any other string of Java white space.
 *   <li>{@code @NotEmpty}: {@code CHAR_LENGTH(code) > 0}, on bytes {@code OCTET_LENGTH}; exact.
 *   <li>{@code @Size} on text: the validator counts UTF-16 units ({@code String.length()}).
 *       The lower bound is {@code OCTET_LENGTH(word) >= 3}: every character takes at least as
 *       many bytes (UTF-8, or any server encoding) as UTF-16 units, so this is exact for ASCII
 *       and weaker otherwise, where {@code CHAR_LENGTH} would count an emoji, two units, as one
 *       on PostgreSQL and reject what the validator accepts. The upper bound is
 *       {@code CHAR_LENGTH(word) <= 40}: code points (PostgreSQL) and UTF-16 units (H2) are
 *       never more than the validator's units. On bytes both bounds use {@code OCTET_LENGTH},
 *       exactly.
 *   <li>Enums: {@code color IN ('RED', 'GREEN')}, the constants the mapper can read.
 *   <li>{@code @AssertTrue} / {@code @AssertFalse}: {@code accepted = TRUE} / {@code = FALSE}.
 *   <li>{@code @Column(length)} on bytes: {@code OCTET_LENGTH(avatar) <= 1024}, exactly.
 * </ul>
 */
public final class RuleChecks {
  /** The most digits a bound's literal may span: PostgreSQL's NUMERIC precision limit. */
  private static final int MAX_LITERAL_DIGITS = 1000;

  private RuleChecks() {}

  /**
   * The CHECK constraint of one column.
   *
   * @param property the property whose column it checks
   * @param name the constraint's name, {@code ck_<table>_<column>}
   * @param conditions the SQL conditions, all of which must hold
   */
  public record ColumnCheck(PropertyModel property, String name, List<String> conditions) {
    /** Copies {@code conditions}. */
    public ColumnCheck {
      conditions = List.copyOf(conditions);
    }

    /** The conditions joined with AND, the body of {@code CHECK (...)}. */
    public String sql() {
      return String.join(" AND ", conditions);
    }
  }

  /**
   * The CHECK constraints of {@code entity}'s columns, in property order, one a column at most:
   * the conditions of its rules, then its hand-written {@code @Check} SQL.
   */
  public static List<ColumnCheck> of(EntityModel entity) {
    List<ColumnCheck> checks = new ArrayList<>();
    for (PropertyModel property : entity.properties()) {
      List<String> conditions = new ArrayList<>(conditions(property));
      for (CheckModel check : entity.checks()) {
        if (!check.onType() && check.columnName().equals(property.columnName())) {
          conditions.add("(" + check.sql() + ")");
        }
      }
      if (!conditions.isEmpty()) {
        checks.add(new ColumnCheck(property,
            Names.check(entity.tableName(), property.columnName()), conditions));
      }
    }
    return checks;
  }

  /** The SQL conditions that hold {@code property}'s rules, in declaration order, each once. */
  public static List<String> conditions(PropertyModel property) {
    Set<String> conditions = new LinkedHashSet<>();
    String column = Identifiers.sql(property.columnName());
    ValueType type = property.valueType();
    boolean bytes = type == ValueType.BYTES;
    for (Rule rule : property.rules()) {
      String condition = switch (rule.kind()) {
        case MIN, MAX, DECIMAL_MIN, DECIMAL_MAX, POSITIVE, POSITIVE_OR_ZERO, NEGATIVE,
            NEGATIVE_OR_ZERO -> type.isNumeric() ? bound(column, type, rule.bound()) : null;
        case NOT_BLANK -> type.isText() ? "CHAR_LENGTH(TRIM(" + column + ")) > 0" : null;
        case NOT_EMPTY -> type.isText() || bytes
            ? (bytes ? "OCTET_LENGTH(" : "CHAR_LENGTH(") + column + ") > 0" : null;
        case SIZE -> type.isText() || bytes ? size(property, column, rule) : null;
        case ASSERT_TRUE -> type == ValueType.BOOLEAN ? column + " = TRUE" : null;
        case ASSERT_FALSE -> type == ValueType.BOOLEAN ? column + " = FALSE" : null;
        default -> null;
      };
      if (condition != null) {
        conditions.add(condition);
      }
    }
    if (type == ValueType.ENUM && !property.enumConstants().isEmpty()) {
      List<String> literals = property.enumConstants().stream()
          .map(constant -> "'" + constant.replace("'", "''") + "'")
          .toList();
      conditions.add(column + " IN (" + String.join(", ", literals) + ")");
    }
    if (bytes && property.length() > 0) {
      // PostgreSQL's BYTEA has no length; VARBINARY(n) on H2 holds the same limit already.
      conditions.add("OCTET_LENGTH(" + column + ") <= " + property.length());
    }
    return List.copyOf(conditions);
  }

  /**
   * The double nearest to {@code value}, as Java, H2 and PostgreSQL each round a decimal to
   * {@code DOUBLE PRECISION}; infinite beyond the range of doubles.
   */
  static double nearestDouble(BigDecimal value) {
    return Double.parseDouble(value.toString());
  }

  /** {@code column <op> bound}; null when the bound cannot be written for this column's type. */
  private static String bound(String column, ValueType type, Rule.Bound bound) {
    if (bound == null || digits(bound.value()) > MAX_LITERAL_DIGITS) {
      // Beyond what NUMERIC holds, the literal would break the DDL; the validator holds it.
      return null;
    }
    String operator = bound.lower() ? (bound.inclusive() ? ">=" : ">")
        : (bound.inclusive() ? "<=" : "<");
    String literal = bound.value().toString();
    if (type.isFloatingPoint()) {
      double nearest = nearestDouble(bound.value());
      boolean underflows = nearest == 0 && bound.value().signum() != 0;
      if (Double.isInfinite(nearest) || underflows) {
        // PostgreSQL refuses such a cast; the validator holds the bound alone.
        return null;
      }
      literal = "CAST(" + literal + " AS DOUBLE PRECISION)";
    }
    return column + " " + operator + " " + literal;
  }

  /** The digits {@code value} spans as a plain number, from its first digit to its last, or 0. */
  private static long digits(BigDecimal value) {
    long integer = Math.max((long) value.precision() - value.scale(), 0);
    long fraction = Math.max(value.scale(), 0);
    return Math.max(integer + fraction, value.precision());
  }

  private static String size(PropertyModel property, String column, Rule rule) {
    if (rule.min() < 0 || rule.max() < 0 || rule.min() > rule.max()) {
      return null;
    }
    boolean bytes = property.valueType() == ValueType.BYTES;
    List<String> parts = new ArrayList<>();
    if (rule.min() > 0) {
      parts.add("OCTET_LENGTH(" + column + ") >= " + rule.min());
    }
    boolean bounded = rule.max() < Integer.MAX_VALUE;
    // VARCHAR(n) already holds it; PostgreSQL's BYTEA has no length.
    boolean columnHoldsIt = !bytes && property.length() > 0 && property.length() <= rule.max();
    if (bounded && !columnHoldsIt) {
      parts.add((bytes ? "OCTET_LENGTH(" : "CHAR_LENGTH(") + column + ") <= " + rule.max());
    }
    return parts.isEmpty() ? null : String.join(" AND ", parts);
  }
}
