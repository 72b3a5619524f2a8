package dev.precast;

import dev.precast.Condition.Argument;
import dev.precast.internal.Jdbc;
import dev.precast.internal.Parameters;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A bulk update of the rows a query matches, from {@link Query#update()}: one {@code UPDATE
 * table SET ... WHERE ...} statement.
 *
 * <pre>{@code
 * int expired = users.query().where(User_.TRIAL_ENDS.lt(today))
 *     .update().set(User_.STATUS, Status.EXPIRED).set(User_.PLAN, null).execute();
 * }</pre>
 *
 * <p>A bulk update writes columns, not entities: it <b>bypasses the generated validator</b>
 * (nothing checks {@code @NotBlank}, {@code @Size}, ... before the statement is sent) and does
 * not increment a {@code @Version} column, so entities read before it do not see it as a
 * concurrent change. It does not bypass the database's constraints: a value that breaks one
 * fails the whole statement, which changes no row, with the typed exception of the
 * constraint ({@link UniqueViolationException}, {@link NotNullViolationException}, {@link
 * CheckViolationException}, {@link ForeignKeyViolationException}, ...). Values are bound as
 * parameters, like every value of the DSL.
 *
 * @param <E> the entity whose table is updated
 */
public final class Update<E> {
  private final Database db;
  private final EntityTable<E> table;
  private final Condition<E> where;
  private final boolean live;
  private final List<EntityColumn<?, ?>> columns = new ArrayList<>();
  private final List<Argument<?>> values = new ArrayList<>();

  Update(Database db, EntityTable<E> table, Condition<E> where, boolean live) {
    this.db = db;
    this.table = table;
    this.where = where;
    this.live = live;
  }

  /**
   * Sets {@code column} to {@code value} (null for SQL NULL) in every matching row.
   *
   * @throws IllegalArgumentException for the primary key, which a bulk update may not change,
   *     or for a column set already
   */
  public <V> Update<E> set(EntityColumn<E, V> column, V value) {
    Objects.requireNonNull(column, "set(null, ...)");
    if (table.isPrimaryKey(column)) {
      throw new IllegalArgumentException("set(" + column.property() + ", ...): " + column.name()
          + " is the primary key of " + table.name() + ", which a bulk update does not change;"
          + " insert new rows and delete the old ones instead");
    }
    if (columns.contains(column)) {
      throw new IllegalArgumentException("set(" + column.property() + ", ...) twice: column "
          + column.name() + " is set already in this update");
    }
    columns.add(column);
    values.add(column.argument(value));
    return this;
  }

  /**
   * Runs the update and returns the number of rows it changed.
   *
   * @throws IllegalStateException when no column was {@link #set}
   * @throws IntegrityViolationException (a subclass of it) when a new value breaks a
   *     constraint; then no row changed
   */
  public int execute() {
    return Jdbc.update(db, table, sql(), this::bind);
  }

  /**
   * The UPDATE statement {@link #execute()} runs, with a {@code ?} for every value.
   *
   * @throws IllegalStateException when no column was {@link #set}
   */
  public String sql() {
    if (columns.isEmpty()) {
      throw new IllegalStateException("update() of " + table.name() + " sets no column: call"
          + " set(column, value) at least once before execute()");
    }
    return Query.sql(table, new Query.StatementShape(Query.Statement.UPDATE,
        where == null ? null : where.shape(), List.of(), false, false, List.copyOf(columns),
        live));
  }

  /** The UPDATE statement, or a note that it sets nothing yet. */
  @Override
  public String toString() {
    return columns.isEmpty() ? "update of " + table.name() + " setting no column yet" : sql();
  }

  private void bind(Parameters parameters) throws SQLException {
    int next = 1;
    for (Argument<?> value : values) {
      value.bind(parameters, next++);
    }
    if (where != null) {
      where.bind(parameters, next);
    }
  }
}
