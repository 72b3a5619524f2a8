package dev.precast;

import dev.precast.internal.Jdbc;
import dev.precast.internal.Parameters;
import dev.precast.internal.ResultReader;
import dev.precast.internal.Results;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A type-safe query on one entity's table, from a generated repository's {@code query()}.
 * Conditions come from the metamodel's columns; every value is a bound parameter.
 *
 * <pre>{@code
 * List<User> johns = users.query()
 *     .where(User_.NAME.eq("John Doe"))
 *     .orderBy(User_.ID.asc())
 *     .list();
 * }</pre>
 *
 * <p>A query is a builder: configure it on one thread, then run it with {@link #list()},
 * {@link #first()} or {@link #count()}, as often as needed.
 *
 * @param <E> the entity the query returns
 */
public final class Query<E> {
  private final Database db;
  private final EntityTable<E> table;
  private Condition<E> where;
  private final List<Order<E>> orderBy = new ArrayList<>();
  private long limit = -1;
  private long offset;

  private Query(Database db, EntityTable<E> table) {
    this.db = db;
    this.table = table;
  }

  /** A query over every row of {@code table}. */
  public static <E> Query<E> from(Database db, EntityTable<E> table) {
    return new Query<>(db, table);
  }

  /** Keeps the rows that match {@code condition}, and any conditions given before. */
  public Query<E> where(Condition<E> condition) {
    where = where == null ? condition : where.and(condition);
    return this;
  }

  /** Orders the rows; later orderings break the ties of earlier ones. */
  @SafeVarargs
  public final Query<E> orderBy(Order<E>... orders) {
    for (Order<E> order : orders) {
      orderBy.add(order);
    }
    return this;
  }

  /** Returns at most {@code maxRows} rows. */
  public Query<E> limit(long maxRows) {
    if (maxRows < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + maxRows);
    }
    this.limit = maxRows;
    return this;
  }

  /** Skips the first {@code rows} rows (use with {@link #orderBy}). */
  public Query<E> offset(long rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + rows);
    }
    this.offset = rows;
    return this;
  }

  /** Every matching row, in the requested order. */
  public List<E> list() {
    return select(limit, Results.list(table.mapper()));
  }

  /** The first matching row in the requested order, if there is one. */
  public Optional<E> first() {
    return select(limit == 0 ? 0 : 1, Results.optional(table.mapper()));
  }

  /** The number of matching rows (ignoring order, limit and offset). */
  public long count() {
    String sql = "SELECT COUNT(*) FROM " + table.sqlName() + whereClause();
    return Jdbc.query(db, table, sql, this::bindWhere, Results.COUNT);
  }

  /** The SELECT statement {@link #list()} runs, with a {@code ?} for every value. */
  public String sql() {
    return selectSql(limit);
  }

  /** The SELECT statement. */
  @Override
  public String toString() {
    return sql();
  }

  private <T> T select(long maxRows, ResultReader<T> reader) {
    String sql = selectSql(maxRows);
    return Jdbc.query(db, table, sql, parameters -> {
      int next = bindWhere(parameters);
      if (maxRows >= 0) {
        parameters.setLong(next++, maxRows);
      }
      if (offset > 0) {
        parameters.setLong(next, offset);
      }
    }, reader);
  }

  private String selectSql(long maxRows) {
    StringBuilder sql = new StringBuilder("SELECT ").append(table.selectList())
        .append(" FROM ").append(table.sqlName()).append(whereClause());
    if (!orderBy.isEmpty()) {
      sql.append(" ORDER BY ");
      for (int i = 0; i < orderBy.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(orderBy.get(i).sql());
      }
    }
    if (maxRows >= 0) {
      sql.append(" LIMIT ?");
    }
    if (offset > 0) {
      sql.append(" OFFSET ?");
    }
    return sql.toString();
  }

  private String whereClause() {
    return where == null ? "" : " WHERE " + where.sql();
  }

  private int bindWhere(Parameters parameters) throws SQLException {
    return where == null ? 1 : where.bind(parameters, 1);
  }
}
