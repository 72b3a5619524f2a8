package dev.precast.internal;

import dev.precast.Database;
import dev.precast.Dialect;
import dev.precast.EntityTable;
import dev.precast.IntegrityViolationException;
import dev.precast.OptimisticLockException;
import dev.precast.PrecastException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the statements of generated repositories and of the query DSL: takes the connection
 * from the {@link Database}, binds the parameters, logs to {@code dev.precast.sql} (DEBUG: the
 * statement; TRACE: with its values) and translates failures into typed exceptions that name
 * the table's generated constraints. Each statement is reported to the database's {@link
 * Telemetry}, when it has one, as it ends: with its duration, rows and failure.
 */
public final class Jdbc {
  private static final Logger SQL_LOG = LoggerFactory.getLogger("dev.precast.sql");

  private Jdbc() {}

  /**
   * Binds one row's parameters of a batch.
   *
   * @param <T> the row type
   */
  @FunctionalInterface
  public interface RowBinder<T> {
    /** Binds {@code row} from index 1. */
    void bind(Parameters parameters, T row) throws SQLException;
  }

  /**
   * Reads the generated key of an inserted row and returns the row with it.
   *
   * @param <T> the row type
   */
  @FunctionalInterface
  public interface KeyReader<T> {
    /** Reads the key from the current row of {@code keys} and returns {@code row} with it. */
    T withKey(T row, ResultSet keys) throws SQLException;
  }

  /** Runs a statement without parameters or results, such as DDL. */
  public static void execute(Database db, EntityTable<?> table, String sql) {
    update(db, table, sql, StatementBinder.NONE);
  }

  /** Runs a query and reads its whole result. */
  public static <T> T query(
      Database db, EntityTable<?> table, String sql, StatementBinder binder,
      ResultReader<T> reader) {
    return db.withConnection(connection -> {
      Telemetry telemetry = Telemetry.of(db);
      long start = telemetry == null ? 0 : System.nanoTime();
      T result;
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        bind(statement, sql, binder);
        try (ResultSet resultSet = statement.executeQuery()) {
          result = reader.read(resultSet);
        }
      } catch (SQLException e) {
        throw failed(telemetry, sql, start, 1, Errors.translate(db.dialect(), table, sql, e));
      } catch (RuntimeException | Error e) {
        failed(telemetry, sql, start, 1, e);
        throw e;
      }
      if (telemetry != null) {
        telemetry.statement(sql, start, Telemetry.rowsOf(result), 1, null);
      }
      return result;
    });
  }

  /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
  public static int update(Database db, EntityTable<?> table, String sql, StatementBinder binder) {
    return db.withConnection(connection -> {
      Telemetry telemetry = Telemetry.of(db);
      long start = telemetry == null ? 0 : System.nanoTime();
      int count;
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        bind(statement, sql, binder);
        count = statement.executeUpdate();
      } catch (SQLException e) {
        throw failed(telemetry, sql, start, 1, Errors.writeFailure(db, table, sql, e));
      } catch (RuntimeException | Error e) {
        failed(telemetry, sql, start, 1, e);
        throw e;
      }
      if (telemetry != null) {
        telemetry.statement(sql, start, count, 1, null);
      }
      return count;
    });
  }

  /**
   * Runs an UPDATE that must change exactly the row with key {@code id}.
   *
   * @throws PrecastException when no row has that key
   */
  public static void updateOne(
      Database db, EntityTable<?> table, String sql, StatementBinder binder, Object id) {
    if (update(db, table, sql, binder) == 0) {
      throw new PrecastException("update of " + table.name() + " found no row with id " + id
          + ": insert it first, or it was deleted");
    }
  }

  /**
   * Runs an UPDATE of a versioned row that must change exactly the row with key {@code id}
   * at {@code expectedVersion} ({@code ... WHERE id = ? AND version = ?}).
   *
   * @throws OptimisticLockException when no row has that key and version: someone else
   *     changed or deleted it
   */
  public static void updateVersioned(Database db, EntityTable<?> table, String sql,
      StatementBinder binder, Object id, long expectedVersion) {
    if (update(db, table, sql, binder) == 0) {
      throw optimisticLock(table, id, expectedVersion, null);
    }
  }

  /**
   * Runs a DELETE of a versioned row that must delete exactly the row with key {@code id} at
   * {@code expectedVersion}.
   *
   * @throws OptimisticLockException when no row has that key and version: someone else
   *     changed or deleted it
   */
  public static void deleteVersioned(Database db, EntityTable<?> table, String sql,
      StatementBinder binder, Object id, long expectedVersion) {
    updateVersioned(db, table, sql, binder, id, expectedVersion);
  }


  /**
   * Runs a query that locks the rows it reads ({@code SELECT ... FOR UPDATE}) until the
   * transaction ends, so it must run inside one.
   *
   * @param method what the caller calls it, for the message, e.g. {@code findByIdForUpdate}
   * @throws PrecastException when no transaction of this thread is open
   */
  public static <T> T queryForUpdate(Database db, EntityTable<?> table, String method,
      String sql, StatementBinder binder, ResultReader<T> reader) {
    if (!db.isInTransaction()) {
      throw new PrecastException(method + " needs a transaction: call it inside"
          + " db.useTransaction(...), which holds its lock on the " + table.name()
          + " rows it reads until the transaction ends");
    }
    return query(db, table, sql, binder, reader);
  }

  /**
   * Runs an INSERT of one row whose key the database generates, and returns the row with it.
   *
   * @param keyColumn the key column as the database's catalog spells it
   */
  public static <T> T insert(
      Database db, EntityTable<?> table, String sql, T row, RowBinder<? super T> binder,
      String keyColumn, KeyReader<T> keyReader) {
    return db.withConnection(connection -> {
      Telemetry telemetry = Telemetry.of(db);
      long start = telemetry == null ? 0 : System.nanoTime();
      int count;
      T stored;
      try (PreparedStatement statement =
          connection.prepareStatement(sql, new String[] {keyColumn})) {
        bind(statement, sql, parameters -> binder.bind(parameters, row));
        count = statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
          nextKey(keys, table);
          stored = keyReader.withKey(row, keys);
        }
      } catch (SQLException e) {
        throw failed(telemetry, sql, start, 1, Errors.writeFailure(db, table, sql, e));
      } catch (RuntimeException | Error e) {
        failed(telemetry, sql, start, 1, e);
        throw e;
      }
      if (telemetry != null) {
        telemetry.statement(sql, start, count, 1, null);
      }
      return stored;
    });
  }

  /**
   * Refuses an insert that sets a key the database generates: the identity would not move
   * past it, so a later insert would be given the same key and fail.
   *
   * @param row the index of the row in a batch, or -1
   * @throws PrecastException when {@code keyUnset} is false
   */
  public static void requireUnsetKey(EntityTable<?> table, boolean keyUnset, Object key, int row) {
    if (!keyUnset) {
      throw new PrecastException("insert into " + table.name() + " with id " + key
          + (row < 0 ? "" : " (row " + row + ")") + ": the database generates this table's ids,"
          + " and a chosen one would collide with a later generated one; insert with no id, or"
          + " update the row that has it");
    }
  }

  /** Runs one statement as a JDBC batch over {@code rows}, atomically; returns the rows. */
  public static <T> List<T> batch(
      Database db, EntityTable<?> table, String sql, List<T> rows, RowBinder<? super T> binder) {
    return batch(db, table, sql, rows, binder, null, null);
  }

  /**
   * Runs one statement as a JDBC batch over {@code rows}, inside a transaction so that a bad
   * row stores nothing, and returns the rows, with their generated keys when {@code keyColumn}
   * is not null. A failure names the row by its 0-based index: {@code (row 500 of 1000)}.
   */
  public static <T> List<T> batch(
      Database db, EntityTable<?> table, String sql, List<T> rows, RowBinder<? super T> binder,
      String keyColumn, KeyReader<T> keyReader) {
    if (keyColumn != null && rows.size() > 1 && db.dialect() == Dialect.POSTGRESQL) {
      MultiRowInserts.Shape shape = MultiRowInserts.of(sql);
      if (shape != null) {
        try {
          return db.inTransaction(tx -> insertMultiRow(db, table, sql, shape, rows, binder,
              keyColumn, keyReader));
        } catch (IntegrityViolationException e) {
          // A multi-row statement fails as a whole, and PostgreSQL names no row. Nothing was
          // stored (the transaction, or its savepoint, is rolled back): run the same rows as a
          // JDBC batch, whose error names the row, or which stores them if the cause is gone.
          return run(db, table, sql, rows, binder, keyColumn, keyReader, i -> i, rows.size(),
              null);
        }
      }
    }
    return run(db, table, sql, rows, binder, keyColumn, keyReader, i -> i, rows.size(), null);
  }

  /**
   * Inserts {@code rows} with multi-row {@code INSERT ... VALUES (...), (...) RETURNING key}
   * statements of up to {@link MultiRowInserts.Shape#rowsPerStatement()} rows each: one round
   * trip per chunk instead of one statement per row, with the keys in the rows' order (the
   * order of the VALUES list, in which PostgreSQL inserts and returns them). Must run in a
   * transaction, so that the chunks are stored together or not at all.
   */
  private static <T> List<T> insertMultiRow(Database db, EntityTable<?> table, String sql,
      MultiRowInserts.Shape shape, List<T> rows, RowBinder<? super T> binder, String keyColumn,
      KeyReader<T> keyReader) {
    return db.withConnection(connection -> {
      Telemetry telemetry = Telemetry.of(db);
      long start = telemetry == null ? 0 : System.nanoTime();
      int perStatement = shape.rowsPerStatement();
      String[] keys = {keyColumn};
      // Every chunk runs before any key is read, so that no row is given a key unless all
      // of them were stored (a later chunk may fail).
      List<PreparedStatement> executed = new ArrayList<>(rows.size() / perStatement + 1);
      try {
        for (int from = 0; from < rows.size(); from += perStatement) {
          List<T> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
          PreparedStatement statement =
              connection.prepareStatement(shape.sql(chunk.size()), keys);
          executed.add(statement);
          Parameters parameters = new Parameters(statement, SQL_LOG.isTraceEnabled());
          for (int r = 0; r < chunk.size(); r++) {
            parameters.startRowAt(r * shape.columns);
            binder.bind(parameters, chunk.get(r));
            parameters.nextRow();
          }
          logMultiRow(sql, parameters, chunk.size(), rows.size());
          statement.executeUpdate();
        }
        List<T> stored = new ArrayList<>(rows.size());
        int row = 0;
        for (PreparedStatement statement : executed) {
          try (ResultSet generated = statement.getGeneratedKeys()) {
            int end = Math.min(rows.size(), row + perStatement);
            for (; row < end; row++) {
              nextKey(generated, table);
              stored.add(keyReader.withKey(rows.get(row), generated));
            }
          }
        }
        if (telemetry != null) {
          telemetry.statement(sql, start, stored.size(), rows.size(), null);
        }
        return stored;
      } catch (SQLException e) {
        throw failed(telemetry, sql, start, rows.size(),
            Errors.translate(db.dialect(), table, sql, e, "batch of " + rows.size() + " rows"));
      } catch (RuntimeException e) {
        throw failed(telemetry, sql, start, rows.size(), e);
      } finally {
        for (PreparedStatement statement : executed) {
          try {
            statement.close();
          } catch (SQLException e) {
            // Closing a statement of a connection that stays open frees the driver's memory
            // only; the rows' outcome is decided above.
          }
        }
      }
    });
  }

  /**
   * Runs an UPDATE of one row, by key, as a JDBC batch over {@code rows}, atomically: each row
   * must change exactly one row, or nothing is written.
   *
   * @param idOf the key of a row, for the message
   * @throws PrecastException naming the row's index and key when it changed no row
   */
  public static <T> List<T> updateAll(Database db, EntityTable<?> table, String sql,
      List<T> rows, RowBinder<? super T> binder, Function<? super T, ?> idOf) {
    return run(db, table, sql, rows, binder, null, null, i -> i, rows.size(), (i, row, count) -> {
      if (count == 0) {
        throw new PrecastException("update of " + table.name() + " found no row with id "
            + idOf.apply(row) + " (row " + i + " of " + rows.size() + "): insert it first,"
            + " or it was deleted");
      }
    });
  }

  /**
   * Runs an UPDATE of one versioned row ({@code ... WHERE id = ? AND version = ?}) as a JDBC
   * batch over {@code rows}, atomically: each row must change exactly one row, or nothing is
   * written.
   *
   * @param idOf the key of a row
   * @param versionOf the version the application read, which the statement expects
   * @throws OptimisticLockException naming the row's index when it changed no row
   */
  public static <T> List<T> updateAllVersioned(Database db, EntityTable<?> table, String sql,
      List<T> rows, RowBinder<? super T> binder, Function<? super T, ?> idOf,
      ToLongFunction<? super T> versionOf) {
    return run(db, table, sql, rows, binder, null, null, i -> i, rows.size(), (i, row, count) -> {
      if (count == 0) {
        throw optimisticLock(table, idOf.apply(row), versionOf.applyAsLong(row),
            "row " + i + " of " + rows.size());
      }
    });
  }

  /**
   * Runs a DELETE of one row by key as a JDBC batch over {@code ids}, atomically, and returns
   * how many rows it deleted; a key of no row deletes nothing.
   */
  public static <K> int deleteAllById(Database db, EntityTable<?> table, String sql,
      List<K> ids, RowBinder<? super K> binder) {
    int[] deleted = new int[1];
    run(db, table, sql, ids, binder, null, null, i -> i, ids.size(), (i, id, count) -> {
      if (count > 0) {
        deleted[0] += count;
      }
    });
    return deleted[0];
  }

  /**
   * The batch behind every public one: {@code rows} are rows {@code position(i)} of {@code
   * total} for the messages; {@code counts}, when not null, sees the update count of every
   * row and may throw to undo the batch.
   */
  private static <T> List<T> run(Database db, EntityTable<?> table, String sql, List<T> rows,
      RowBinder<? super T> binder, String keyColumn, KeyReader<T> keyReader,
      IntUnaryOperator position, int total, RowCounts<? super T> counts) {
    if (rows.isEmpty()) {
      return List.of();
    }
    return db.inTransaction(tx -> db.withConnection(connection -> {
      Telemetry telemetry = Telemetry.of(db);
      long start = telemetry == null ? 0 : System.nanoTime();
      int[] updated;
      List<T> stored;
      try (PreparedStatement statement = keyColumn == null
          ? connection.prepareStatement(sql)
          : connection.prepareStatement(sql, new String[] {keyColumn})) {
        Parameters parameters = new Parameters(statement, SQL_LOG.isTraceEnabled());
        for (T row : rows) {
          binder.bind(parameters, row);
          parameters.nextRow();
          statement.addBatch();
        }
        log(sql, parameters, rows.size());
        updated = statement.executeBatch();
        if (keyColumn == null) {
          stored = rows;
        } else {
          stored = new ArrayList<>(rows.size());
          try (ResultSet keys = statement.getGeneratedKeys()) {
            for (T row : rows) {
              nextKey(keys, table);
              stored.add(keyReader.withKey(row, keys));
            }
          }
        }
      } catch (RuntimeException | Error e) {
        failed(telemetry, sql, start, rows.size(), e);
        throw e;
      } catch (SQLException e) {
        // A rewritten batch of INSERTs (without generated keys) reports statements, not rows.
        boolean rewritten = db.dialect() == Dialect.POSTGRESQL && keyColumn == null
            && sql.stripLeading().regionMatches(true, 0, "INSERT", 0, "INSERT".length())
            && PostgresConnections.rewritesBatchedInserts(connection);
        int row = rewritten ? -1 : Errors.failedBatchRow(db.dialect(), e, rows.size());
        String where = row < 0 ? "batch of " + total + " rows"
            : "row " + position.applyAsInt(row) + " of " + total;
        throw failed(telemetry, sql, start, rows.size(),
            Errors.translate(db.dialect(), table, sql, e, where));
      }
      if (telemetry != null) {
        telemetry.statement(sql, start, Telemetry.rowsOf(updated), rows.size(), null);
      }
      // Checked once the statement is done: a row that changed nothing still undoes the batch.
      if (counts != null) {
        for (int i = 0; i < updated.length && i < rows.size(); i++) {
          counts.accept(position.applyAsInt(i), rows.get(i), updated[i]);
        }
      }
      return stored;
    }));
  }

  /** Sees how many rows each row of a batch changed; throws to undo the batch. */
  @FunctionalInterface
  private interface RowCounts<T> {
    /**
     * Sees the update {@code count} of {@code row}, or {@link
     * java.sql.Statement#SUCCESS_NO_INFO} when the driver does not tell.
     */
    void accept(int position, T row, int count);
  }

  private static OptimisticLockException optimisticLock(
      EntityTable<?> table, Object id, long expectedVersion, String batchRow) {
    return new OptimisticLockException(table.name() + " row with id " + id
        + " was changed or deleted by someone else (expected version " + expectedVersion
        + (batchRow == null ? "" : ", " + batchRow) + ")", table.name(), id, expectedVersion);
  }

  private static void nextKey(ResultSet keys, EntityTable<?> table) throws SQLException {
    if (!keys.next()) {
      throw new PrecastException("the database returned no generated key for a row inserted"
          + " into " + table.name() + " (a trigger or rule may have dropped the insert)");
    }
  }

  /**
   * Reports a statement that failed with {@code failure} to {@code telemetry}, if any, and
   * returns the failure to throw.
   */
  static <E extends Throwable> E failed(
      Telemetry telemetry, String sql, long start, int batchSize, E failure) {
    if (telemetry != null) {
      telemetry.statement(sql, start, -1, batchSize, failure);
    }
    return failure;
  }

  /** Logs a statement that has no parameters, such as COMMIT. */
  public static void logStatement(String sql) {
    SQL_LOG.debug("{}", sql);
  }

  static void bind(PreparedStatement statement, String sql, StatementBinder binder)
      throws SQLException {
    Parameters parameters = new Parameters(statement, SQL_LOG.isTraceEnabled());
    binder.bind(parameters);
    log(sql, parameters, 1);
  }

  private static void logMultiRow(String sql, Parameters parameters, int rows, int total) {
    if (SQL_LOG.isTraceEnabled()) {
      SQL_LOG.trace("{} (multi-row, {} of {} rows) {}", sql, rows, total, parameters.traced());
    } else if (SQL_LOG.isDebugEnabled()) {
      SQL_LOG.debug("{} (multi-row, {} of {} rows)", sql, rows, total);
    }
  }

  private static void log(String sql, Parameters parameters, int rows) {
    if (SQL_LOG.isTraceEnabled()) {
      SQL_LOG.trace("{} {}", sql, parameters.traced());
    } else if (SQL_LOG.isDebugEnabled()) {
      SQL_LOG.debug(rows == 1 ? "{}" : "{} (batch of " + rows + ")", sql);
    }
  }
}
