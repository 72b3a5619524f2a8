package dev.precast;

import dev.precast.internal.ParameterBinder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A typed column of an entity's table, generated as a constant of its metamodel
 * ({@code User_.NAME}). It builds the conditions and orderings of the query DSL; every value
 * becomes a bound parameter.
 *
 * <pre>{@code
 * users.query().where(User_.NAME.eq("John Doe")).orderBy(User_.ID.asc()).list();
 * }</pre>
 *
 * @param <E> the entity class
 * @param <V> the Java type of the column's values
 */
public final class EntityColumn<E, V> {
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
    return value == null ? isNull() : compare(" = ", value);
  }

  /** {@code column <> value}; {@code ne(null)} is {@code column IS NOT NULL}. */
  public Condition<E> ne(V value) {
    return value == null ? isNotNull() : compare(" <> ", value);
  }

  /** {@code column < value}. */
  public Condition<E> lt(V value) {
    return compare(" < ", Objects.requireNonNull(value, "lt(null)"));
  }

  /** {@code column <= value}. */
  public Condition<E> le(V value) {
    return compare(" <= ", Objects.requireNonNull(value, "le(null)"));
  }

  /** {@code column > value}. */
  public Condition<E> gt(V value) {
    return compare(" > ", Objects.requireNonNull(value, "gt(null)"));
  }

  /** {@code column >= value}. */
  public Condition<E> ge(V value) {
    return compare(" >= ", Objects.requireNonNull(value, "ge(null)"));
  }

  /** {@code column IN (values...)}; an empty collection matches no row. */
  public Condition<E> in(Collection<? extends V> values) {
    if (values.isEmpty()) {
      return new Condition<>("1 = 0", List.of());
    }
    StringBuilder text = new StringBuilder(sql).append(" IN (");
    List<Condition.Argument<?>> arguments = new ArrayList<>(values.size());
    for (V value : values) {
      text.append(arguments.isEmpty() ? "?" : ", ?");
      arguments.add(new Condition.Argument<>(binder, Objects.requireNonNull(value, "in(null)")));
    }
    return new Condition<>(text.append(')').toString(), arguments);
  }

  /** {@code column IS NULL}. */
  public Condition<E> isNull() {
    return new Condition<>(sql + " IS NULL", List.of());
  }

  /** {@code column IS NOT NULL}. */
  public Condition<E> isNotNull() {
    return new Condition<>(sql + " IS NOT NULL", List.of());
  }

  /** Ascending order on this column. */
  public Order<E> asc() {
    return new Order<>(sql + " ASC");
  }

  /** Descending order on this column. */
  public Order<E> desc() {
    return new Order<>(sql + " DESC");
  }

  private Condition<E> compare(String operator, V value) {
    return new Condition<>(sql + operator + "?", List.of(new Condition.Argument<>(binder, value)));
  }

  /** The column name. */
  @Override
  public String toString() {
    return name;
  }
}
