package dev.precast;

import dev.precast.Condition.Argument;
import dev.precast.Condition.Operator;
import dev.precast.internal.ParameterBinder;
import java.util.Collection;
import java.util.List;

/**
 * A column of a {@code String} field, generated as a constant of its metamodel
 * ({@code User_.NAME}): every operator of {@link EntityColumn}, and the pattern operators
 * that only make sense on text. They exist on this type only, so {@code User_.ID.like("1%")}
 * on a numeric column does not compile.
 *
 * <pre>{@code
 * users.query().where(User_.NAME.startsWith("100%")).list();        // literally "100%..."
 * users.query().where(User_.EMAIL.ignoreCase().eq("Ann@Example.com")).one();
 * }</pre>
 *
 * <p><b>Patterns.</b> {@link #startsWith}, {@link #endsWith} and {@link #contains} match their
 * argument literally: its {@code %}, {@code _} and {@code \} are escaped. {@link #like} and
 * {@link #notLike} take a SQL pattern as it is: {@code %} matches any run of characters,
 * {@code _} any one character, and {@code \} makes the character after it literal ({@code
 * \%}, {@code \_}, {@code \\}); {@link #escapeLike} escapes a literal part of a pattern. Every
 * LIKE the DSL writes says {@code ESCAPE '\'} explicitly, so the backslash means the same on
 * H2 and PostgreSQL (which reads {@code '\'} as one backslash with {@code
 * standard_conforming_strings} on, its default since 9.1). A pattern that ends in a lone
 * backslash is refused by the database.
 *
 * <p><b>Case.</b> {@link #ignoreCase()} compares with {@code LOWER(column)} and {@code
 * LOWER(?)}: the database lowers both sides by its own rules (on PostgreSQL, those of the
 * database's {@code LC_CTYPE}). An index on the column does not serve such a comparison; an
 * index on {@code LOWER(column)} does.
 *
 * @param <E> the entity class
 */
public final class StringColumn<E> extends EntityColumn<E, String> {
  /**
   * Called by generated code only.
   *
   * @param name the column name as declared, e.g. {@code email}
   * @param sql the name as written in SQL, quoted where needed
   * @param property the Java field name
   * @param binder binds a value of this column to a statement parameter
   */
  public StringColumn(String name, String sql, String property,
      ParameterBinder<String> binder) {
    super(name, sql, property, binder);
  }

  /**
   * {@code column LIKE pattern ESCAPE '\'}, with {@code pattern} as given: {@code %} and
   * {@code _} are wildcards, {@code \} escapes (see the class description).
   */
  public Condition<E> like(String pattern) {
    return like(Operator.LIKE, pattern, "like", false);
  }

  /** {@code column NOT LIKE pattern ESCAPE '\'}, with {@code pattern} as given. */
  public Condition<E> notLike(String pattern) {
    return like(Operator.NOT_LIKE, pattern, "notLike", false);
  }

  /** Values that start with {@code prefix}, matched literally: {@code startsWith("50%")}. */
  public Condition<E> startsWith(String prefix) {
    return literal("", prefix, "%", "startsWith", false);
  }

  /** Values that end with {@code suffix}, matched literally. */
  public Condition<E> endsWith(String suffix) {
    return literal("%", suffix, "", "endsWith", false);
  }

  /** Values that contain {@code infix}, matched literally. */
  public Condition<E> contains(String infix) {
    return literal("%", infix, "%", "contains", false);
  }

  /**
   * The same column compared case-insensitively: {@code
   * User_.NAME.ignoreCase().startsWith("jo")} matches "John" and "JOANNA".
   */
  public IgnoreCase<E> ignoreCase() {
    return new IgnoreCase<>(this);
  }

  /**
   * {@code literal} with the LIKE escape character {@code \} put before every {@code %},
   * {@code _} and {@code \}, so that it matches itself inside a pattern given to {@link #like}:
   * {@code like(escapeLike(userInput) + "%")}.
   */
  public static String escapeLike(String literal) {
    return escapeLike(literal, "escapeLike");
  }

  private static String escapeLike(String literal, String operator) {
    if (literal == null) {
      throw new NullPointerException(operator + "(null)");
    }
    StringBuilder escaped = null;
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == '%' || c == '_' || c == '\\') {
        if (escaped == null) {
          escaped = new StringBuilder(literal.length() + 8).append(literal, 0, i);
        }
        escaped.append('\\');
      }
      if (escaped != null) {
        escaped.append(c);
      }
    }
    return escaped == null ? literal : escaped.toString();
  }

  /** {@code [LOWER](column) [NOT] LIKE [LOWER](?) ESCAPE '\'} with {@code pattern} as given. */
  private Condition<E> like(Operator operator, String pattern, String name, boolean ignoreCase) {
    if (pattern == null) {
      throw new NullPointerException(name + "(null)");
    }
    return Condition.leaf(this, operator, ignoreCase, List.of(argument(pattern)));
  }

  /** A LIKE of {@code literal}, escaped, between two wildcard parts. */
  private Condition<E> literal(String before, String literal, String after, String name,
      boolean ignoreCase) {
    return like(Operator.LIKE, before + escapeLike(literal, name) + after, name, ignoreCase);
  }

  /**
   * A {@link StringColumn} that compares case-insensitively, from {@link
   * StringColumn#ignoreCase()}: {@code LOWER(column) = LOWER(?)}, {@code LOWER(column) LIKE
   * LOWER(?) ESCAPE '\'}, {@code LOWER(column) IN (LOWER(?), ...)}, on H2 and PostgreSQL alike.
   *
   * <pre>{@code
   * users.query().where(User_.EMAIL.ignoreCase().eq("Ann@Example.com")).first();
   * }</pre>
   *
   * @param <E> the entity class
   */
  public static final class IgnoreCase<E> {
    private final StringColumn<E> column;

    private IgnoreCase(StringColumn<E> column) {
      this.column = column;
    }

    /** {@code LOWER(column) = LOWER(value)}; {@code eq(null)} is {@code column IS NULL}. */
    public Condition<E> eq(String value) {
      return value == null ? column.isNull() : compare(Operator.EQ, value);
    }

    /** {@code LOWER(column) <> LOWER(value)}; {@code ne(null)} is {@code column IS NOT NULL}. */
    public Condition<E> ne(String value) {
      return value == null ? column.isNotNull() : compare(Operator.NE, value);
    }

    /** {@code LOWER(column) IN (LOWER(?), ...)}; an empty collection matches no row. */
    public Condition<E> in(Collection<String> values) {
      return Condition.leaf(column, Operator.IN, true, column.arguments(values, "in"));
    }

    /** {@code LOWER(column) NOT IN (LOWER(?), ...)}; an empty collection matches every row. */
    public Condition<E> notIn(Collection<String> values) {
      return Condition.leaf(column, Operator.NOT_IN, true, column.arguments(values, "notIn"));
    }

    /** {@code LOWER(column) LIKE LOWER(pattern) ESCAPE '\'}, with {@code pattern} as given. */
    public Condition<E> like(String pattern) {
      return column.like(Operator.LIKE, pattern, "like", true);
    }

    /** {@code LOWER(column) NOT LIKE LOWER(pattern) ESCAPE '\'}, with {@code pattern} as given. */
    public Condition<E> notLike(String pattern) {
      return column.like(Operator.NOT_LIKE, pattern, "notLike", true);
    }

    /** Values that start with {@code prefix} in any case, matched literally. */
    public Condition<E> startsWith(String prefix) {
      return column.literal("", prefix, "%", "startsWith", true);
    }

    /** Values that end with {@code suffix} in any case, matched literally. */
    public Condition<E> endsWith(String suffix) {
      return column.literal("%", suffix, "", "endsWith", true);
    }

    /** Values that contain {@code infix} in any case, matched literally. */
    public Condition<E> contains(String infix) {
      return column.literal("%", infix, "%", "contains", true);
    }

    /** The column name, with {@code (ignoring case)}. */
    @Override
    public String toString() {
      return column + " (ignoring case)";
    }

    private Condition<E> compare(Operator operator, String value) {
      return Condition.leaf(column, operator, true, List.<Argument<?>>of(column.argument(value)));
    }
  }
}
