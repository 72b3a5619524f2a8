package dev.precast;

import dev.precast.internal.ParameterBinder;
import dev.precast.internal.Parameters;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A boolean condition on an entity's columns, built from its metamodel
 * ({@code User_.NAME.eq("John")}) and combined with {@link #and} and {@link #or}. Values are
 * kept apart from the SQL text and bound as parameters.
 *
 * @param <E> the entity whose columns the condition reads
 */
public final class Condition<E> {
  private final String sql;
  private final List<Argument<?>> arguments;

  Condition(String sql, List<Argument<?>> arguments) {
    this.sql = sql;
    this.arguments = arguments;
  }

  /** Both this and {@code other}. */
  public Condition<E> and(Condition<E> other) {
    return combine(" AND ", other);
  }

  /** This or {@code other}, or both. */
  public Condition<E> or(Condition<E> other) {
    return combine(" OR ", other);
  }

  /** The opposite of this condition. */
  public Condition<E> not() {
    return new Condition<>("NOT (" + sql + ")", arguments);
  }

  /** The SQL text, with a {@code ?} for every value. */
  public String sql() {
    return sql;
  }

  /** Binds this condition's values to the statement's parameters from {@code index} on. */
  int bind(Parameters parameters, int index) throws SQLException {
    int next = index;
    for (Argument<?> argument : arguments) {
      argument.bind(parameters, next++);
    }
    return next;
  }

  private Condition<E> combine(String operator, Condition<E> other) {
    List<Argument<?>> combined = new ArrayList<>(arguments.size() + other.arguments.size());
    combined.addAll(arguments);
    combined.addAll(other.arguments);
    return new Condition<>("(" + sql + ")" + operator + "(" + other.sql + ")", combined);
  }

  /** The SQL text. */
  @Override
  public String toString() {
    return sql;
  }

  record Argument<V>(ParameterBinder<V> binder, V value) {
    void bind(Parameters parameters, int index) throws SQLException {
      binder.bind(parameters, index, value);
    }
  }
}
