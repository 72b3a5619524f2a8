package dev.precast;

/**
 * One ordering of a query, from {@link EntityColumn#asc()} or {@link EntityColumn#desc()},
 * optionally saying where NULLs go.
 *
 * <pre>{@code
 * people.query().orderBy(Person_.AGE.desc().nullsLast(), Person_.NAME.asc()).list();
 * }</pre>
 *
 * <p>Orders are immutable and equal when they order on the same column the same way.
 *
 * @param <E> the entity whose column is ordered on
 */
public final class Order<E> {
  /** Where NULLs go. */
  enum Nulls {
    /** Where the database puts them: PostgreSQL sorts NULL as the largest value, H2 smallest. */
    DEFAULT(""),
    FIRST(" NULLS FIRST"),
    LAST(" NULLS LAST");

    private final String sql;

    Nulls(String sql) {
      this.sql = sql;
    }
  }

  private final EntityColumn<E, ?> column;
  private final boolean descending;
  private final Nulls nulls;

  Order(EntityColumn<E, ?> column, boolean descending, Nulls nulls) {
    this.column = column;
    this.descending = descending;
    this.nulls = nulls;
  }

  /**
   * This order with the rows whose column is NULL before all others ({@code NULLS FIRST}),
   * the same on every database.
   */
  public Order<E> nullsFirst() {
    return new Order<>(column, descending, Nulls.FIRST);
  }

  /**
   * This order with the rows whose column is NULL after all others ({@code NULLS LAST}), the
   * same on every database.
   */
  public Order<E> nullsLast() {
    return new Order<>(column, descending, Nulls.LAST);
  }

  /** The SQL text, e.g. {@code name ASC} or {@code age DESC NULLS LAST}. */
  public String sql() {
    StringBuilder sql = new StringBuilder();
    render(sql);
    return sql.toString();
  }

  void render(StringBuilder sql) {
    sql.append(column.sql()).append(descending ? " DESC" : " ASC").append(nulls.sql);
  }

  /** Whether {@code other} orders on the same column, in the same direction, NULLs alike. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Order<?> that && column == that.column
        && descending == that.descending && nulls == that.nulls;
  }

  /** A hash code consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return (System.identityHashCode(column) * 31 + (descending ? 1 : 0)) * 31 + nulls.ordinal();
  }

  /** The SQL text. */
  @Override
  public String toString() {
    return sql();
  }
}
