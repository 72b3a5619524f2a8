package dev.precast;

import dev.precast.Condition.Argument;
import dev.precast.Condition.Operator;
import dev.precast.internal.ParameterBinder;
import dev.precast.internal.Parameters;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A typed column of an entity's table, generated as a constant of its metamodel
 * ({@code User_.AGE}). It builds the conditions and orderings of the query DSL; every value
 * becomes a bound parameter. Columns of {@code String} fields are {@link StringColumn}s, which
 * add the pattern operators.
 *
 * <pre>{@code
 * users.query().where(User_.AGE.between(18, 65)).orderBy(User_.ID.asc()).list();
 * }</pre>
 *
 * <p>The value type {@code V} is checked by the compiler: {@code User_.ID.eq("x")} does not
 * compile when {@code ID} is a {@code Long} column.
 *
 * @param <E> the entity class
 * @param <V> the Java type of the column's values
 */
public sealed class EntityColumn<E, V> permits StringColumn {
  private final String name;
  private final String sql;
  private final String property;
  private final ParameterBinder<V> binder;

  /**
   * Called by generated code only.
   *
   * @param name the column name as declared, e.g. {@code email}
   * @param sql the name as written in SQL, quoted where needed
   * @param property the Java field name
   * @param binder binds a value of this column to a statement parameter
   */
  public EntityColumn(String name, String sql, String property, ParameterBinder<V> binder) {
    this.name = name;
    this.sql = sql;
    this.property = property;
    this.binder = binder;
  }

  /** The column name as declared, e.g. {@code display_name}. */
  public String name() {
    return name;
  }

  /** The column name as written in SQL: quoted when it is a reserved word or not lower case. */
  public String sql() {
    return sql;
  }

  /** The Java field this column maps, e.g. {@code displayName}. */
  public String property() {
    return property;
  }

  /** {@code column = value}; {@code eq(null)} is {@code column IS NULL}. */
  public Condition<E> eq(V value) {
    return value == null ? isNull() : compare(Operator.EQ, value);
  }

  /**
   * {@code column <> value}; {@code ne(null)} is {@code column IS NOT NULL}. As in SQL, a row
   * whose column is NULL is not unequal to a value: {@code ne(25)} does not match it.
   */
  public Condition<E> ne(V value) {
    return value == null ? isNotNull() : compare(Operator.NE, value);
  }

  /** {@code column < value}. */
  public Condition<E> lt(V value) {
    return compare(Operator.LT, Objects.requireNonNull(value, "lt(null)"));
  }

  /** {@code column <= value}. */
  public Condition<E> le(V value) {
    return compare(Operator.LE, Objects.requireNonNull(value, "le(null)"));
  }

  /** {@code column > value}. */
  public Condition<E> gt(V value) {
    return compare(Operator.GT, Objects.requireNonNull(value, "gt(null)"));
  }

  /** {@code column >= value}. */
  public Condition<E> ge(V value) {
    return compare(Operator.GE, Objects.requireNonNull(value, "ge(null)"));
  }

  /**
   * {@code column BETWEEN low AND high}: both bounds included. As in SQL, a {@code low}
   * greater than {@code high} matches no row.
   */
  public Condition<E> between(V low, V high) {
    Objects.requireNonNull(low, "between(null, ...)");
    Objects.requireNonNull(high, "between(..., null)");
    return leaf(Operator.BETWEEN, List.of(argument(low), argument(high)));
  }

  /**
   * {@code column IN (values...)}; an empty collection matches no row. Each distinct number
   * of values is a statement of its own (see {@link Query} on the statement cache).
   */
  public Condition<E> in(Collection<? extends V> values) {
    return leaf(Operator.IN, arguments(values, "in"));
  }

  /**
   * {@code column NOT IN (values...)}; an empty collection matches every row. As in SQL, a row
   * whose column is NULL matches neither {@code in} nor a non-empty {@code notIn}.
   */
  public Condition<E> notIn(Collection<? extends V> values) {
    return leaf(Operator.NOT_IN, arguments(values, "notIn"));
  }

  /**
   * Binds {@code value} to parameter {@code index} as this column stores it (through its
   * converter, if it has one). Called by generated code only.
   */
  public void bind(Parameters parameters, int index, V value) throws SQLException {
    binder.bind(parameters, index, value);
  }

  /** {@code column IS NULL}. */
  public Condition<E> isNull() {
    return leaf(Operator.IS_NULL, List.of());
  }

  /** {@code column IS NOT NULL}. */
  public Condition<E> isNotNull() {
    return leaf(Operator.IS_NOT_NULL, List.of());
  }

  /**
   * Ascending order on this column. NULLs sort as the database sorts them (PostgreSQL: as the
   * largest value, so last; H2 by default: as the smallest, so first) unless {@link
   * Order#nullsFirst()} or {@link Order#nullsLast()} says where they go.
   */
  public Order<E> asc() {
    return new Order<>(this, false, Order.Nulls.DEFAULT);
  }

  /**
   * Descending order on this column. NULLs sort as the database sorts them (PostgreSQL: first;
   * H2 by default: last) unless {@link Order#nullsFirst()} or {@link Order#nullsLast()} says
   * where they go.
   */
  public Order<E> desc() {
    return new Order<>(this, true, Order.Nulls.DEFAULT);
  }

  /** The column name. */
  @Override
  public String toString() {
    return name;
  }

  /** Binds a value of this column's type, for an UPDATE's SET. */
  Argument<V> argument(V value) {
    return new Argument<>(binder, value);
  }

  /** One argument per value, each checked for null. */
  List<Argument<?>> arguments(Collection<? extends V> values, String operator) {
    if (values == null) {
      throw new NullPointerException(operator + "(null)");
    }
    List<Argument<?>> arguments = new ArrayList<>(values.size());
    for (V value : values) {
      if (value == null) {
        throw new NullPointerException(operator + "(...) with a null value: use isNull()");
      }
      arguments.add(argument(value));
    }
    return arguments;
  }

  Condition<E> leaf(Operator operator, List<Argument<?>> arguments) {
    return Condition.leaf(this, operator, false, arguments);
  }

  private Condition<E> compare(Operator operator, V value) {
    return leaf(operator, List.of(argument(value)));
  }
}
