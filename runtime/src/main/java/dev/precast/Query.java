package dev.precast;

import dev.precast.internal.Jdbc;
import dev.precast.internal.SoftDeletion;
import dev.precast.internal.Parameters;
import dev.precast.internal.ResultReader;
import dev.precast.internal.Results;
import dev.precast.internal.RowStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A type-safe query on one entity's table, from a generated repository's {@code query()}.
 * Conditions come from the metamodel's columns; every value is a bound parameter.
 *
 * <pre>{@code
 * List<User> johns = users.query()
 *     .where(User_.NAME.eq("John Doe"))
 *     .orderBy(User_.ID.asc())
 *     .list();
 * int gone = users.query().where(User_.LAST_LOGIN.lt(cutoff)).delete();
 * }</pre>
 *
 * <p>A query is a builder: configure it on one thread with {@link #where}, {@link #orderBy},
 * {@link #limit} and {@link #offset}, then run it as often as needed:
 *
 * <table>
 *   <caption>What a query runs</caption>
 *   <tr><th>method</th><th>returns</th><th>statement</th></tr>
 *   <tr><td>{@link #list()}</td><td>every matching row</td><td>{@code SELECT}</td></tr>
 *   <tr><td>{@link #first()}</td><td>the first row, if any</td><td>{@code SELECT ... LIMIT
 *       1}</td></tr>
 *   <tr><td>{@link #one()}</td><td>the only row, else an {@link
 *       IncorrectResultSizeException}</td><td>{@code SELECT ... LIMIT 2}</td></tr>
 *   <tr><td>{@link #count()}</td><td>the number of matching rows</td><td>{@code SELECT
 *       COUNT(*)}</td></tr>
 *   <tr><td>{@link #exists()}</td><td>whether a row matches</td><td>{@code SELECT 1 ... LIMIT
 *       1}</td></tr>
 *   <tr><td>{@link #stream()}</td><td>the rows, read as consumed; must be closed</td><td>{@code
 *       SELECT}</td></tr>
 *   <tr><td>{@link #page(PageRequest)}</td><td>one {@link Page} and the total</td><td>{@code
 *       SELECT ... LIMIT ? OFFSET ?}, then {@code SELECT COUNT(*)} when needed</td></tr>
 *   <tr><td>{@link #explain()}</td><td>the database's plan</td><td>{@code EXPLAIN
 *       SELECT}</td></tr>
 *   <tr><td>{@link #delete()}</td><td>the number of rows deleted</td><td>{@code
 *       DELETE}</td></tr>
 *   <tr><td>{@link #update()}{@code .set(...).execute()}</td><td>the number of rows
 *       changed</td><td>{@code UPDATE}</td></tr>
 * </table>
 *
 * <p><b>The statement cache.</b> The DSL builds the SQL text of a statement once per distinct
 * <em>shape</em> and reuses it. A shape is what the text depends on and nothing else: the kind
 * of statement, the condition's structure ({@link Condition}: for each leaf its column, its
 * operator, whether it ignores case, and how many values it binds, such as the size of an
 * {@code IN} list; for each inner node AND, OR or NOT), the orderings, whether there is a
 * limit and an offset, and the columns an update sets. Shapes are immutable records without
 * values, compared structurally; each table keeps a bounded map from shape to text (see
 * {@code StatementCache}: at most 2048 shapes a table, beyond which new shapes are rendered
 * each time and not kept). Running a query therefore builds its small condition objects and
 * looks its text up, but concatenates no SQL once its shape has run; and since the text is the
 * same, drivers that cache prepared statements per text (pgjdbc does, per connection) reuse
 * theirs too. A statement cached once is never built again, whatever its values.
 *
 * @param <E> the entity the query returns
 */
public final class Query<E> {
  private final Database db;
  private final EntityTable<E> table;
  private Condition<E> where;
  private boolean all;
  private final List<Order<E>> orderBy = new ArrayList<>();
  private long limit = -1;
  private long offset;
  private boolean includeDeleted;

  private Query(Database db, EntityTable<E> table) {
    this.db = db;
    this.table = table;
  }

  /** A query over every row of {@code table}. */
  public static <E> Query<E> from(Database db, EntityTable<E> table) {
    return new Query<>(db, table);
  }

  /**
   * Keeps the rows that match {@code condition}, and any conditions given before.
   *
   * @throws IllegalStateException after {@link #all()}
   */
  public Query<E> where(Condition<E> condition) {
    Objects.requireNonNull(condition, "where(null)");
    if (all) {
      throw new IllegalStateException("where(...) after all(): all() says the query is on"
          + " every row of " + table.name() + "; give either all() or where(...)");
    }
    where = where == null ? condition : where.and(condition);
    return this;
  }

  /**
   * Says that the query is meant for every row of the table, which {@link #delete()} and
   * {@link #update()} require when there is no {@link #where} condition:
   * {@code users.query().all().delete()}. A SELECT reads every row without it too.
   *
   * @throws IllegalStateException after {@link #where}
   */
  public Query<E> all() {
    if (where != null) {
      throw new IllegalStateException("all() after where(...): the query already keeps only"
          + " the rows that match its condition; give either all() or where(...)");
    }
    all = true;
    return this;
  }
  /**
   * Also reads (and changes) the rows a {@code @SoftDelete} table marks deleted, which every
   * query skips otherwise; on other tables it changes nothing.
   */
  public Query<E> includeDeleted() {
    this.includeDeleted = true;
    return this;
  }


  /** Orders the rows; later orderings break the ties of earlier ones. */
  @SafeVarargs
  public final Query<E> orderBy(Order<E>... orders) {
    for (Order<E> order : orders) {
      orderBy.add(Objects.requireNonNull(order, "orderBy(null)"));
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
    return select(limit, offset, Results.list(table.mapper()));
  }

  /** The first matching row in the requested order, if there is one. */
  public Optional<E> first() {
    return select(limit == 0 ? 0 : 1, offset, Results.optional(table.mapper()));
  }

  /**
   * The one matching row: for a query that must match exactly one, such as one by a unique
   * column. Reads at most two rows; use {@link #first()} when none may match.
   *
   * @throws IncorrectResultSizeException when no row matches, or more than one does; its
   *     message and {@link IncorrectResultSizeException#actualSize()} say how many (counted by
   *     a second statement, when there was neither limit nor offset)
   */
  public E one() {
    long maxRows = limit >= 0 && limit < 2 ? limit : 2;
    List<E> rows = select(maxRows, offset, Results.list(table.mapper()));
    if (rows.size() == 1) {
      return rows.get(0);
    }
    if (rows.isEmpty()) {
      throw new IncorrectResultSizeException("one() expected exactly one row of " + table.name()
          + " but none matched [" + sql() + "]; use first() when there may be none",
          table.name(), 0);
    }
    boolean counted = limit < 0 && offset == 0;
    long found = counted ? Math.max(2, count()) : 2;
    throw new IncorrectResultSizeException("one() expected exactly one row of " + table.name()
        + " but " + (counted ? found + " rows" : "more than one (at least 2)") + " matched ["
        + sql() + "]; use list() or first(), or a condition that matches one row",
        table.name(), found);
  }

  /** The number of matching rows (ignoring order, limit and offset). */
  public long count() {
    return Jdbc.query(db, table, sql(Statement.COUNT, false, false), this::bindWhere,
        Results.COUNT);
  }

  /**
   * Whether any row matches ({@code SELECT 1 ... LIMIT 1}: the database stops at the first);
   * like {@link #count()}, ignores order, limit and offset.
   */
  public boolean exists() {
    return Jdbc.query(db, table, sql(Statement.EXISTS, false, false), this::bindWhere,
        Results.EXISTS);
  }

  /**
   * The matching rows as a stream read from the database as it is consumed, {@value
   * RowStream#FETCH_SIZE} rows a round trip, for results too big for a list. The statement
   * runs now.
   *
   * <p><b>The stream must be closed</b>, or read to its end: until then it holds its
   * connection (outside a transaction, one from the pool; inside one, the transaction's).
   * Use try-with-resources:
   *
   * <pre>{@code
   * try (Stream<User> all = users.query().orderBy(User_.ID.asc()).stream()) {
   *   all.filter(User::isActive).forEach(mailer::send);
   * }
   * }</pre>
   *
   * <p>Outside a transaction the rows are read in a read transaction of their own (so that
   * PostgreSQL fetches them in chunks), ended when the stream closes.
   */
  public Stream<E> stream() {
    long maxRows = limit;
    long skip = offset;
    return RowStream.open(db, table, sql(Statement.SELECT, maxRows >= 0, skip > 0),
        parameters -> bindSelect(parameters, maxRows, skip), table.mapper());
  }

  /**
   * One page of the matching rows, in the requested order ({@code LIMIT size OFFSET
   * page * size}), and the number of matching rows on all pages. Order the query on a unique
   * column (at least as a tie-breaker) so that the pages do not overlap.
   *
   * <p>These are two statements: the page, then {@code SELECT COUNT(*)} for the total, which
   * is skipped when the page itself tells it (a page that is not full, and not past the end).
   * Outside a transaction each runs on its own, so a concurrent change may make the total
   * disagree with the content by the rows it added or removed; inside a transaction both run
   * in it, and at {@link Isolation#REPEATABLE_READ} or above they see one snapshot:
   *
   * <pre>{@code
   * Page<User> page = db.inTransaction(TransactionOptions.defaults().readOnly(true)
   *     .isolation(Isolation.REPEATABLE_READ), tx -> query.page(PageRequest.of(2, 20)));
   * }</pre>
   *
   * @throws IllegalStateException when the query has a {@link #limit} or {@link #offset}: the
   *     request sets both
   */
  public Page<E> page(PageRequest request) {
    Objects.requireNonNull(request, "page(null)");
    if (limit >= 0 || offset > 0) {
      throw new IllegalStateException("page(...) of a query with limit() or offset(): the"
          + " PageRequest sets both; drop them from the query");
    }
    List<E> content = select(request.size(), request.offset(), Results.list(table.mapper()));
    boolean pageTellsTotal = content.size() < request.size()
        && (!content.isEmpty() || request.offset() == 0);
    long total = pageTellsTotal ? request.offset() + content.size() : count();
    return new Page<>(content, request, total);
  }

  /**
   * The database's plan for the SELECT that {@link #list()} runs, with the same parameters
   * bound: H2's {@code EXPLAIN} text, or PostgreSQL's {@code EXPLAIN} rows joined by line
   * breaks. The query is planned, not run.
   */
  public String explain() {
    String sql = "EXPLAIN " + sql(Statement.SELECT, limit >= 0, offset > 0);
    return Jdbc.query(db, table, sql, parameters -> bindSelect(parameters, limit, offset),
        Results.LINES);
  }

  /**
   * Deletes every matching row ({@code DELETE FROM table WHERE ...}) and returns how many it
   * deleted. One statement, atomic on its own; a foreign key that still references a row makes
   * it fail with a {@link ForeignKeyViolationException} and delete nothing.
   *
   * @throws IllegalStateException when the query has no {@link #where} condition and no
   *     {@link #all()}, or has an order, limit or offset (which a DELETE does not take)
   */
  public int delete() {
    requireBulkShape("delete()");
    SoftDeletion softDeletion = table.softDeletion();
    if (softDeletion == null) {
      return Jdbc.update(db, table, sql(Statement.DELETE, false, false), this::bindWhere);
    }
    return Jdbc.update(db, table, sql(Statement.SOFT_DELETE, false, false), parameters -> {
      int next = softDeletion.bind(parameters, 1, db.clock());
      if (where != null) {
        where.bind(parameters, next);
      }
    });
  }

  /**
   * Starts a bulk update of every matching row: {@code
   * users.query().where(User_.STATUS.eq(TRIAL)).update().set(User_.STATUS, EXPIRED).execute()}.
   *
   * @throws IllegalStateException when the query has no {@link #where} condition and no
   *     {@link #all()}, or has an order, limit or offset (which an UPDATE does not take)
   */
  public Update<E> update() {
    requireBulkShape("update()");
    return new Update<>(db, table, where, live());
  }

  /** The SELECT statement {@link #list()} runs, with a {@code ?} for every value. */
  public String sql() {
    return sql(Statement.SELECT, limit >= 0, offset > 0);
  }

  /** The SELECT statement. */
  @Override
  public String toString() {
    return sql();
  }

  private void requireBulkShape(String operation) {
    if (where == null && !all) {
      throw new IllegalStateException(operation + " without a where(...) condition would change"
          + " every row of " + table.name() + ": call all() first if that is meant,"
          + " e.g. query().all()." + operation);
    }
    if (!orderBy.isEmpty() || limit >= 0 || offset > 0) {
      throw new IllegalStateException(operation + " takes no orderBy(), limit() or offset():"
          + " it changes every row that matches the where(...) condition");
    }
  }

  private <T> T select(long maxRows, long skip, ResultReader<T> reader) {
    return Jdbc.query(db, table, sql(Statement.SELECT, maxRows >= 0, skip > 0),
        parameters -> bindSelect(parameters, maxRows, skip), reader);
  }

  private void bindSelect(Parameters parameters, long maxRows, long skip) throws SQLException {
    int next = bindWhere(parameters);
    if (maxRows >= 0) {
      parameters.setLong(next++, maxRows);
    }
    if (skip > 0) {
      parameters.setLong(next, skip);
    }
  }

  private int bindWhere(Parameters parameters) throws SQLException {
    return where == null ? 1 : where.bind(parameters, 1);
  }

  /** The text of this query as {@code statement}; only a SELECT keeps the order. */
  private String sql(Statement statement, boolean limited, boolean skipped) {
    List<Order<?>> orders = statement == Statement.SELECT && !orderBy.isEmpty()
        ? List.copyOf(orderBy) : List.of();
    return sql(table, new StatementShape(statement, where == null ? null : where.shape(), orders,
        limited, skipped, List.of(), live()));
  }

  /** Whether the statement skips the rows a soft-delete table marks deleted. */
  private boolean live() {
    return !includeDeleted && table.softDeletion() != null;
  }

  /** The text of {@code shape} on {@code table}: cached, or rendered (and cached if room). */
  static String sql(EntityTable<?> table, StatementShape shape) {
    StatementCache cache = table.statements();
    String sql = cache.get(shape);
    return sql != null ? sql : cache.put(shape, shape.render(table));
  }

  /** The kinds of statement the DSL writes. */
  enum Statement {
    SELECT,
    COUNT,
    EXISTS,
    DELETE,
    /** The UPDATE that marks rows deleted, on a table with a {@code @SoftDelete} column. */
    SOFT_DELETE,
    UPDATE
  }

  /**
   * Everything the text of a DSL statement depends on, and no value: the key of {@link
   * StatementCache}.
   *
   * @param where the condition's shape, or null for none
   * @param orderBy the orderings (a SELECT's only)
   * @param limited whether a {@code LIMIT ?} follows
   * @param skipped whether an {@code OFFSET ?} follows
   * @param assignments the columns an UPDATE sets, in order
   * @param live whether rows a soft-delete table marks deleted are skipped
   */
  record StatementShape(Statement statement, Condition.Shape where, List<Order<?>> orderBy,
      boolean limited, boolean skipped, List<EntityColumn<?, ?>> assignments, boolean live) {
    String render(EntityTable<?> table) {
      StringBuilder sql = new StringBuilder(128);
      switch (statement) {
        case SELECT -> sql.append("SELECT ").append(table.selectList()).append(" FROM ");
        case COUNT -> sql.append("SELECT COUNT(*) FROM ");
        case EXISTS -> sql.append("SELECT 1 FROM ");
        case DELETE -> sql.append("DELETE FROM ");
        case UPDATE, SOFT_DELETE -> sql.append("UPDATE ");
      }
      sql.append(table.sqlName());
      if (statement == Statement.SOFT_DELETE) {
        sql.append(" SET ").append(table.softDeletion().assignment());
      }
      for (int i = 0; i < assignments.size(); i++) {
        sql.append(i == 0 ? " SET " : ", ").append(assignments.get(i).sql()).append(" = ?");
      }
      if (where != null || live) {
        sql.append(" WHERE ");
      }
      if (where != null && live) {
        sql.append('(');
        where.render(sql);
        sql.append(") AND ");
      } else if (where != null) {
        where.render(sql);
      }
      if (live) {
        sql.append(table.softDeletion().alive());
      }
      for (int i = 0; i < orderBy.size(); i++) {
        sql.append(i == 0 ? " ORDER BY " : ", ");
        orderBy.get(i).render(sql);
      }
      if (statement == Statement.EXISTS) {
        sql.append(" LIMIT 1");
      }
      if (limited) {
        sql.append(" LIMIT ?");
      }
      if (skipped) {
        sql.append(" OFFSET ?");
      }
      return sql.toString();
    }
  }
}
