package dev.precast;

/**
 * One ordering of a query, from {@link EntityColumn#asc()} or {@link EntityColumn#desc()}.
 *
 * @param <E> the entity whose column is ordered on
 */
public final class Order<E> {
  private final String sql;

  Order(String sql) {
    this.sql = sql;
  }

  /** The SQL text, e.g. {@code name ASC}. */
  public String sql() {
    return sql;
  }

  /** The SQL text. */
  @Override
  public String toString() {
    return sql;
  }
}
