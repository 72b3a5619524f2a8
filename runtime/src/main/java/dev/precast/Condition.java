package dev.precast;

import dev.precast.internal.ParameterBinder;
import dev.precast.internal.Parameters;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A boolean condition on an entity's columns, built from its metamodel
 * ({@code User_.NAME.eq("John")}) and combined with {@link #and}, {@link #or} and {@link #not}.
 *
 * <pre>{@code
 * Condition<User> adults = User_.AGE.ge(18).and(User_.NAME.startsWith("J"));
 * users.query().where(adults).list();
 * }</pre>
 *
 * <p>A condition is immutable and keeps its values apart from its SQL: it is a <em>shape</em>
 * (which columns, which operators, how they combine, how many values an {@code IN} list has)
 * plus the values, in the order of their {@code ?}. Values are always bound as parameters,
 * never written into the SQL text. Two conditions of the same shape have the same SQL text,
 * which {@link Query} builds once and reuses (see {@link Query} on the statement cache).
 *
 * @param <E> the entity whose columns the condition reads
 */
public final class Condition<E> {
  private final Shape shape;
  private final List<Argument<?>> arguments;

  Condition(Shape shape, List<Argument<?>> arguments) {
    this.shape = shape;
    this.arguments = arguments;
  }

  /** Both this and {@code other}. */
  public Condition<E> and(Condition<E> other) {
    return combine(Connective.AND, other);
  }

  /** This or {@code other}, or both. */
  public Condition<E> or(Condition<E> other) {
    return combine(Connective.OR, other);
  }

  /**
   * The opposite of this condition. As in SQL, a row where this condition is unknown (it
   * compares a NULL) matches neither this condition nor its opposite.
   */
  public Condition<E> not() {
    return new Condition<>(new Negation(shape), arguments);
  }

  /** The SQL text, with a {@code ?} for every value. */
  public String sql() {
    StringBuilder sql = new StringBuilder();
    shape.render(sql);
    return sql.toString();
  }

  /** The SQL text. */
  @Override
  public String toString() {
    return sql();
  }

  /** The structure of this condition without its values: the key of its SQL text. */
  Shape shape() {
    return shape;
  }

  /** Binds this condition's values to the statement's parameters from {@code index} on. */
  int bind(Parameters parameters, int index) throws SQLException {
    int next = index;
    for (Argument<?> argument : arguments) {
      argument.bind(parameters, next++);
    }
    return next;
  }

  private Condition<E> combine(Connective connective, Condition<E> other) {
    Objects.requireNonNull(other, "other condition");
    List<Argument<?>> combined = new ArrayList<>(arguments.size() + other.arguments.size());
    combined.addAll(arguments);
    combined.addAll(other.arguments);
    return new Condition<>(new Junction(connective, shape, other.shape), combined);
  }

  /** A condition on one column. */
  static <E, V> Condition<E> leaf(EntityColumn<E, V> column, Operator operator,
      boolean ignoreCase, List<Argument<?>> arguments) {
    return new Condition<>(new Leaf(column, operator, ignoreCase, arguments.size()), arguments);
  }

  /** One value and the binder of its column. */
  record Argument<V>(ParameterBinder<V> binder, V value) {
    void bind(Parameters parameters, int index) throws SQLException {
      binder.bind(parameters, index, value);
    }
  }

  /**
   * The structure of a condition, without values: equal shapes render the same SQL text. Every
   * implementation is an immutable record, so shapes are usable as cache keys, and none holds
   * a value, so a cache of them never keeps a user's data alive.
   */
  interface Shape {
    /** Appends the SQL text of this shape. */
    void render(StringBuilder sql);
  }

  /** How two conditions combine. */
  enum Connective {
    AND(") AND ("),
    OR(") OR (");

    private final String sql;

    Connective(String sql) {
      this.sql = sql;
    }
  }

  /**
   * The operators of one column. Each renders its SQL from the column's SQL name, whether the
   * comparison ignores case ({@code LOWER} on both sides) and the number of values.
   */
  enum Operator {
    EQ(" = "),
    NE(" <> "),
    LT(" < "),
    LE(" <= "),
    GT(" > "),
    GE(" >= "),
    IS_NULL(" IS NULL"),
    IS_NOT_NULL(" IS NOT NULL"),
    BETWEEN(" BETWEEN ? AND ?"),
    IN(" IN ("),
    NOT_IN(" NOT IN ("),
    LIKE(" LIKE "),
    NOT_LIKE(" NOT LIKE ");

    /** The escape character of every LIKE the DSL writes; see {@link StringColumn}. */
    static final String ESCAPE = " ESCAPE '\\'";

    private final String sql;

    Operator(String sql) {
      this.sql = sql;
    }

    void render(StringBuilder out, String column, boolean ignoreCase, int arity) {
      String parameter = ignoreCase ? "LOWER(?)" : "?";
      switch (this) {
        case IS_NULL, IS_NOT_NULL, BETWEEN -> out.append(column).append(sql);
        case IN, NOT_IN -> {
          if (arity == 0) {
            // An empty IN matches no row, an empty NOT IN every row; neither is valid SQL.
            out.append(this == IN ? "1 = 0" : "1 = 1");
            return;
          }
          appendColumn(out, column, ignoreCase).append(sql);
          for (int i = 0; i < arity; i++) {
            out.append(i == 0 ? "" : ", ").append(parameter);
          }
          out.append(')');
        }
        case LIKE, NOT_LIKE ->
            appendColumn(out, column, ignoreCase).append(sql).append(parameter).append(ESCAPE);
        default -> appendColumn(out, column, ignoreCase).append(sql).append(parameter);
      }
    }

    private static StringBuilder appendColumn(StringBuilder out, String column,
        boolean ignoreCase) {
      return ignoreCase ? out.append("LOWER(").append(column).append(')') : out.append(column);
    }
  }

  /** One column, one operator, {@code arity} values. */
  record Leaf(EntityColumn<?, ?> column, Operator operator, boolean ignoreCase, int arity)
      implements Shape {
    @Override
    public void render(StringBuilder sql) {
      operator.render(sql, column.sql(), ignoreCase, arity);
    }
  }

  /** {@code (left) AND (right)} or {@code (left) OR (right)}. */
  record Junction(Connective connective, Shape left, Shape right) implements Shape {
    @Override
    public void render(StringBuilder sql) {
      sql.append('(');
      left.render(sql);
      sql.append(connective.sql);
      right.render(sql);
      sql.append(')');
    }
  }

  /** {@code NOT (inner)}. */
  record Negation(Shape inner) implements Shape {
    @Override
    public void render(StringBuilder sql) {
      sql.append("NOT (");
      inner.render(sql);
      sql.append(')');
    }
  }
}
