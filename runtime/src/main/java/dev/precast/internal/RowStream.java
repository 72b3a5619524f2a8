package dev.precast.internal;

import dev.precast.Database;
import dev.precast.EntityTable;
import dev.precast.PrecastException;
import dev.precast.RowMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of a query as a {@link Stream} read as it is consumed, {@link #FETCH_SIZE} rows per
 * round trip. It holds its statement and connection until it is closed, read to the end or
 * fails, so a caller must close it: {@code try (Stream<User> users = ...) { ... }}.
 *
 * <p>It is reported to the database's {@link Telemetry}, if any, once, when it ends: with the
 * rows read and the time spent executing the query and reading and mapping rows, not the
 * caller's time between them.
 *
 * @param <T> what a row becomes
 */
public final class RowStream<T> extends Spliterators.AbstractSpliterator<T> {
  /** The rows fetched per round trip. */
  public static final int FETCH_SIZE = 256;

  private final Database db;
  private final EntityTable<?> table;
  private final String sql;
  private final RowMapper<T> mapper;
  private final ConnectionLease lease;
  private final Telemetry telemetry;
  private PreparedStatement statement;
  private ResultSet rows;
  private boolean closed;
  /** With telemetry: the time spent in the query so far, the rows read, the failure. */
  private long nanos;
  private int rowsRead;
  private Throwable failure;

  private RowStream(Database db, EntityTable<?> table, String sql, RowMapper<T> mapper,
      ConnectionLease lease) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.db = db;
    this.table = table;
    this.sql = sql;
    this.mapper = mapper;
    this.lease = lease;
    this.telemetry = Telemetry.of(db);
  }

  /** Runs the query now and returns its rows as a stream that must be closed. */
  public static <T> Stream<T> open(Database db, EntityTable<?> table, String sql,
      StatementBinder binder, RowMapper<T> mapper) {
    RowStream<T> rowStream = new RowStream<>(db, table, sql, mapper, Leases.open(db));
    long start = rowStream.telemetry == null ? 0 : System.nanoTime();
    try {
      rowStream.statement = rowStream.lease.connection().prepareStatement(sql);
      rowStream.statement.setFetchSize(FETCH_SIZE);
      Jdbc.bind(rowStream.statement, sql, binder);
      rowStream.rows = rowStream.statement.executeQuery();
    } catch (SQLException e) {
      rowStream.took(start);
      throw rowStream.fail(e);
    } catch (RuntimeException | Error e) {
      rowStream.took(start);
      rowStream.failure = e;
      rowStream.close();
      throw e;
    }
    rowStream.took(start);
    return StreamSupport.stream(rowStream, false).onClose(rowStream::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (closed) {
      return false;
    }
    T row;
    long start = telemetry == null ? 0 : System.nanoTime();
    try {
      if (!rows.next()) {
        took(start);
        close();
        return false;
      }
      row = mapper.map(rows);
    } catch (SQLException e) {
      took(start);
      throw fail(e);
    } catch (RuntimeException | Error e) {
      took(start);
      failure = e;
      close();
      throw e;
    }
    if (telemetry != null) {
      took(start);
      rowsRead++;
    }
    action.accept(row);
    return true;
  }

  /** Adds the time since {@code start} to the time spent in the query. */
  private void took(long start) {
    if (telemetry != null) {
      nanos += System.nanoTime() - start;
    }
  }

  private PrecastException fail(SQLException e) {
    PrecastException failure = Errors.translate(db.dialect(), table, sql, e);
    this.failure = failure;
    lease.failed(failure);
    try {
      close();
    } catch (RuntimeException closeFailure) {
      failure.addSuppressed(closeFailure);
    }
    return failure;
  }

  /** Closes the result, the statement and the lease; idempotent. */
  private void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (telemetry != null) {
      telemetry.statementTook(sql, nanos, failure == null ? rowsRead : -1, 1, failure);
    }
    try {
      if (statement != null) {
        statement.close();
      }
    } catch (SQLException e) {
      // The statement's result is of no further use; the connection's release still matters.
    } finally {
      lease.release();
    }
  }
}
