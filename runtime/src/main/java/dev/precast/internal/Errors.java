package dev.precast.internal;

import dev.precast.CheckViolationException;
import dev.precast.ConnectionLostException;
import dev.precast.Database;
import dev.precast.Dialect;
import dev.precast.EntityColumn;
import dev.precast.EntityTable;
import dev.precast.ForeignKeyViolationException;
import dev.precast.IntegrityViolationException;
import dev.precast.LockTimeoutException;
import dev.precast.NotNullViolationException;
import dev.precast.PoolExhaustedException;
import dev.precast.PrecastException;
import dev.precast.QueryTimeoutException;
import dev.precast.SerializationFailureException;
import dev.precast.TableConstraint;
import dev.precast.UniqueViolationException;
import dev.precast.UnknownCommitOutcomeException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an {@link SQLException} into a typed {@link PrecastException}: the SQLState says which
 * kind of error it is, the dialect's error details say which constraint and column, and the
 * table's generated constraints map that back to the names Precast generated.
 *
 * <p>The messages of integrity and data errors are Precast's own: they name the table, column
 * and constraint but never a value, nor the driver's text, which may quote personal data. The
 * {@link SQLException}, always the cause, still has the driver's text.
 *
 * <table>
 *   <caption>SQLStates mapped</caption>
 *   <tr><th>SQLState</th><th>database</th><th>exception</th></tr>
 *   <tr><td>23505</td><td>both</td><td>{@link UniqueViolationException}</td></tr>
 *   <tr><td>23502</td><td>both</td><td>{@link NotNullViolationException}</td></tr>
 *   <tr><td>23503</td><td>both</td><td>{@link ForeignKeyViolationException} (H2: the row is
 *       still referenced; PostgreSQL: either way)</td></tr>
 *   <tr><td>23506</td><td>H2</td><td>{@link ForeignKeyViolationException} (the referenced row
 *       is missing)</td></tr>
 *   <tr><td>23513, 23514</td><td>H2, PostgreSQL</td><td>{@link CheckViolationException}</td></tr>
 *   <tr><td>other 23xxx</td><td>both</td><td>{@link IntegrityViolationException}</td></tr>
 *   <tr><td>22001</td><td>both</td><td>{@link IntegrityViolationException}: value too
 *       long</td></tr>
 *   <tr><td>22003; 22004 on H2</td><td>both</td><td>{@link IntegrityViolationException}:
 *       numeric value out of range</td></tr>
 *   <tr><td>40001; 40P01</td><td>both; PostgreSQL</td><td>{@link
 *       SerializationFailureException}</td></tr>
 *   <tr><td>08xxx; 57P01, 57P02, 57P03; 90067, 90098, 90121</td><td>both; PostgreSQL;
 *       H2</td><td>{@link ConnectionLostException}; during COMMIT, or during a write in
 *       auto-commit mode, {@link UnknownCommitOutcomeException}</td></tr>
 *   <tr><td>57014</td><td>both</td><td>{@link QueryTimeoutException}</td></tr>
 *   <tr><td>55P03; HYT00</td><td>PostgreSQL; H2</td><td>{@link LockTimeoutException}</td></tr>
 * </table>
 *
 * <p>A pool that gives no connection within its timeout is a {@link PoolExhaustedException}
 * when all its connections were in use, a {@link ConnectionLostException} when it could not
 * open one.
 */
public final class Errors {
  /**
   * The first number of a message, with the grouping separators that pgjdbc's MessageFormat
   * puts in numbers from 1,000 on ({@code Batch entry 1,200}, {@code 1.200}, {@code 1 200}).
   */
  private static final Pattern NUMBER =
      Pattern.compile("[0-9]{1,3}(?:[,.'\u00A0\u202F ][0-9]{3}){1,2}(?![0-9])|[0-9]{1,9}");
  /**
   * PostgreSQL's sessions ended by the server: terminated by an administrator (57P01, also what
   * a fast shutdown sends), by a crash (57P02), or refused while it starts or stops (57P03).
   */
  private static final Set<String> POSTGRES_CONNECTION_LOST = Set.of("57P01", "57P02", "57P03");
  /**
   * H2's: the connection is broken (90067), the database is closed (90098), or it was closed
   * under the session (90121, also what {@code ABORT_SESSION} leaves behind).
   */
  private static final Set<String> H2_CONNECTION_LOST = Set.of("90067", "90098", "90121");
  private static final int MAX_CHAIN = 20;

  private Errors() {}

  /**
   * The exception to throw for {@code failure}.
   *
   * @param table the table the statement worked on, or null when unknown
   * @param sql the statement, or null when unknown
   */
  public static PrecastException translate(
      Dialect dialect, EntityTable<?> table, String sql, SQLException failure) {
    return translate(dialect, table, sql, failure, null);
  }

  /**
   * The exception to throw for {@code failure} of one row of a batch.
   *
   * @param table the table the statement worked on, or null when unknown
   * @param sql the statement, or null when unknown
   * @param batchRow which row of a batch failed, e.g. {@code row 500 of 1000}; null when the
   *     statement was no batch
   */
  public static PrecastException translate(
      Dialect dialect, EntityTable<?> table, String sql, SQLException failure, String batchRow) {
    SQLException error = reportedError(failure);
    String state = error.getSQLState() == null ? "" : error.getSQLState();
    if (isConnectionLost(failure)) {
      return new ConnectionLostException("the connection to the database was lost"
          + (sql == null ? "" : " while running [" + sql + "]")
          + (batchRow == null ? "" : " (" + batchRow + ")") + ": " + error.getMessage()
          + " (SQLState " + state + "); a transaction open on it did not commit", failure);
    }
    if (state.startsWith("23")) {
      return integrity(dialect, table, sql, failure, error, state, batchRow);
    }
    if (state.equals("22001") || isOutOfRange(dialect, state)) {
      return dataError(dialect, table, failure, error, state, batchRow);
    }
    String statement = (sql == null ? "" : " [" + sql + "]")
        + (batchRow == null ? "" : " (" + batchRow + ")");
    if (isConflict(state)) {
      return new SerializationFailureException("the database rolled back the transaction: "
          + (state.equals("40P01") ? "a deadlock" : "a serialization failure")
          + " with a concurrent transaction (SQLState " + state + ")" + statement
          + "; run it again, or let TransactionOptions.retry(n) do so", failure);
    }
    if (state.equals("57014")) {
      return new QueryTimeoutException("the database cancelled the statement" + statement
          + ": it ran past its statement timeout, or was cancelled (SQLState 57014)", failure);
    }
    if (isLockTimeout(dialect, state)) {
      return new LockTimeoutException("the statement" + statement + " waited longer than the"
          + " lock timeout for a lock another transaction holds, and was cancelled (SQLState "
          + state + ")", failure);
    }
    if (state.startsWith("22")) {
      // Data exceptions quote the value they reject.
      return new PrecastException("SQL failed" + statement + ": the database rejected a value"
          + " (SQLState " + state + "); the cause has its message", failure);
    }
    return new PrecastException("SQL failed" + statement + ": " + error.getMessage(), failure);
  }

  /**
   * The exception to throw for a failed COMMIT. A lost connection leaves its outcome unknown:
   * the database may have committed before the connection broke.
   */
  public static PrecastException commitFailure(Dialect dialect, SQLException failure) {
    if (isConnectionLost(failure)) {
      return new UnknownCommitOutcomeException("the connection to the database was lost during"
          + " COMMIT: the transaction may or may not have committed; check before running it"
          + " again (" + reportedError(failure).getMessage() + ")", failure);
    }
    return translate(dialect, null, "COMMIT", failure);
  }

  /**
   * The exception to throw for a failed INSERT, UPDATE or DELETE. Outside a transaction the
   * statement commits by itself, so a connection lost while it ran leaves that unknown.
   */
  public static PrecastException writeFailure(
      Database db, EntityTable<?> table, String sql, SQLException failure) {
    if (!db.isInTransaction() && isConnectionLost(failure)) {
      return new UnknownCommitOutcomeException("the connection to the database was lost while"
          + " running [" + sql + "], which commits by itself: it may or may not have committed;"
          + " check before running it again (" + reportedError(failure).getMessage() + ")",
          failure);
    }
    return translate(db.dialect(), table, sql, failure);
  }

  /**
   * The exception to throw when a pool gave no connection.
   *
   * @param database the database, named without password
   * @param pool the pool's name when it is one Precast knows (HikariCP), else null
   * @param poolSize the pool's maximum size, when {@code pool} is not null
   * @param timeout how long the pool waits for a connection, when {@code pool} is not null
   */
  public static PrecastException acquireFailure(String database, String pool, int poolSize,
      Duration timeout, SQLException failure) {
    // HikariCP's timeout: its cause is the last failure to open a connection, if any.
    boolean timedOut = pool != null && failure instanceof SQLTransientConnectionException;
    if (timedOut && failure.getCause() == null) {
      return new PoolExhaustedException("no connection free within " + timeout.toMillis()
          + " ms: all " + poolSize + " connections of pool " + pool + " (" + database + ") are"
          + " in use; give the pool more (maximumPoolSize), hold connections for less time, or"
          + " look for a leak (leakDetectionThreshold)", failure, poolSize, timeout);
    }
    if (timedOut || isConnectionLost(failure)) {
      return new ConnectionLostException("cannot connect to " + database
          + (timedOut ? " within " + timeout.toMillis() + " ms" : "") + ": "
          + rootMessage(failure), failure);
    }
    return new PrecastException("cannot get a connection to " + database + ": "
        + rootMessage(failure), failure);
  }

  /**
   * Whether {@code failure}, or an exception chained to it, says the connection is gone: a
   * connection exception (SQLState class 08) or a session the server ended.
   */
  public static boolean isConnectionLost(SQLException failure) {
    int depth = 0;
    for (SQLException e = failure; e != null && depth < MAX_CHAIN; e = next(e), depth++) {
      String state = e.getSQLState();
      if (state != null && (state.startsWith("08") || POSTGRES_CONNECTION_LOST.contains(state)
          || H2_CONNECTION_LOST.contains(state))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which row of a batch of {@code rows} rows failed, 0-based, or -1 when the driver does not
   * tell: H2 runs every row and marks the failed ones {@link Statement#EXECUTE_FAILED}
   * in the update counts; a driver that stops at the failure returns the counts of the rows
   * before it; PostgreSQL's driver marks every row failed but names the entry in its message.
   */
  public static int failedBatchRow(Dialect dialect, SQLException failure, int rows) {
    BatchUpdateException batch = null;
    for (SQLException e = failure; e != null && batch == null; e = next(e)) {
      if (e instanceof BatchUpdateException b) {
        batch = b;
      }
    }
    if (batch == null) {
      return -1;
    }
    int[] counts = batch.getUpdateCounts();
    if (counts != null && counts.length < rows) {
      return counts.length;
    }
    if (counts != null) {
      int firstFailed = -1;
      boolean allFailed = true;
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == Statement.EXECUTE_FAILED) {
          firstFailed = firstFailed < 0 ? i : firstFailed;
        } else {
          allFailed = false;
        }
      }
      // H2 marks only the rows that failed; PostgreSQL's driver marks every row of the batch.
      if (firstFailed >= 0 && (!allFailed || dialect == Dialect.H2)) {
        return firstFailed;
      }
    }
    if (dialect == Dialect.POSTGRESQL && batch.getMessage() != null) {
      // "Batch entry 499 INSERT ..."; translations keep the entry as the first number.
      Matcher number = NUMBER.matcher(batch.getMessage());
      if (number.find()) {
        int entry = Integer.parseInt(number.group().replaceAll("[^0-9]", ""));
        return entry < rows ? entry : -1;
      }
    }
    return -1;
  }

  /** The message of the innermost cause, which says what really went wrong. */
  public static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static PrecastException integrity(Dialect dialect, EntityTable<?> table, String sql,
      SQLException failure, SQLException error, String state, String batchRow) {
    ErrorDetails reported = details(dialect, error);
    TableConstraint constraint = table == null || reported.constraint() == null
        ? null
        : table.constraint(reported.constraint())
            .or(() -> reported.primaryKey() ? primaryKey(table) : Optional.empty())
            .orElse(null);
    String constraintName = constraint != null ? constraint.name()
        : reported.primaryKey() ? null : lowerIfUpper(reported.constraint());
    // The constraint's own table: a parent's table lists the foreign keys that reference it.
    String tableName;
    if (constraint != null) {
      tableName = constraint.table();
    } else if (table != null
        && (reported.table() == null || reported.table().equalsIgnoreCase(table.name()))) {
      tableName = table.name();
    } else {
      tableName = lowerIfUpper(reported.table());
    }
    EntityTable<?> columns = table != null && table.name().equals(tableName) ? table : null;
    String column = column(columns, constraint, reported.column());
    String property = property(columns, constraint, column);
    String where = where(tableName, column);
    String details = details(state.matches("2350[2356]|2351[34]") ? null : "SQLState " + state,
        constraintName == null ? null : "constraint " + constraintName, batchRow);
    switch (state) {
      case "23505":
        return new UniqueViolationException("duplicate value for " + where + details, failure,
            constraintName, tableName, column, property);
      case "23502":
        return new NotNullViolationException(where + " is NOT NULL but was given no value"
            + details, failure, constraintName, tableName, column, property);
      case "23503":
      case "23506":
        String because;
        if (referencedRowMissing(dialect, state, table, sql, tableName)) {
          because = "the row it references does not exist";
        } else {
          because = "the " + (table == null || table.name().equals(tableName) ? ""
              : table.name() + " ") + "row is still referenced";
        }
        return new ForeignKeyViolationException(where + " violates foreign key: " + because
            + details, failure, constraintName, tableName, column, property);
      case "23513":
      case "23514":
        return new CheckViolationException(where + " violates a check" + details, failure,
            constraintName, tableName, column, property);
      default:
        return new IntegrityViolationException(where + " violates an integrity constraint"
            + details, failure, constraintName, tableName, column, property);
    }
  }

  /**
   * A value too long for its column, or a number out of its column's range. H2 names the
   * column; PostgreSQL names neither table nor column, so the table is the statement's.
   */
  private static IntegrityViolationException dataError(Dialect dialect, EntityTable<?> table,
      SQLException failure, SQLException error, String state, String batchRow) {
    ErrorDetails reported = details(dialect, error);
    String column = dataColumn(table, reported.column());
    String property = table == null || column == null ? null
        : table.column(column).map(EntityColumn::property).orElse(null);
    String tableName = table == null ? null : table.name();
    String where = column != null ? where(tableName, column)
        : tableName == null ? "a column" : "a column of " + tableName;
    String what = state.equals("22001") ? "value too long for " : "numeric value out of range for ";
    return new IntegrityViolationException(what + where + details(null, null, batchRow), failure,
        null, tableName, column, property);
  }

  /**
   * Whether {@code state} says the database rolled back the transaction because it conflicted
   * with a concurrent one: a serialization failure (40001; H2 also reports its deadlocks and
   * concurrent updates so) or a PostgreSQL deadlock (40P01).
   */
  private static boolean isConflict(String state) {
    return state.equals("40001") || state.equals("40P01");
  }

  /** PostgreSQL's lock_not_available (lock_timeout, NOWAIT); H2's lock timeout. */
  private static boolean isLockTimeout(Dialect dialect, String state) {
    return dialect == Dialect.POSTGRESQL ? state.equals("55P03") : state.equals("HYT00");
  }

  private static boolean isOutOfRange(Dialect dialect, String state) {
    // H2 says 22004 when it knows the column; PostgreSQL's 22004 is a null value not allowed.
    return state.equals("22003") || (dialect == Dialect.H2 && state.equals("22004"));
  }

  /**
   * Whether a foreign-key error is about a row that references a missing one (rather than a
   * referenced row being deleted or its key changed). H2 says so by the SQLState; PostgreSQL
   * reports 23503 either way and always names the referencing table, so a DELETE, or a
   * statement on another table than the constraint's, is on the referenced side.
   */
  private static boolean referencedRowMissing(
      Dialect dialect, String state, EntityTable<?> table, String sql, String constraintTable) {
    if (state.equals("23506")) {
      return true;
    }
    if (dialect == Dialect.H2) {
      return false;
    }
    if (sql != null && sql.stripLeading().regionMatches(true, 0, "DELETE", 0, "DELETE".length())) {
      return false;
    }
    return table == null || constraintTable == null || table.name().equals(constraintTable);
  }

  private static String where(String tableName, String column) {
    if (tableName == null) {
      return column == null ? "a table" : "column " + column;
    }
    return tableName + (column == null ? "" : "." + column);
  }

  /** {@code " (a, b)"} of the parts that are not null, or nothing. */
  private static String details(String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null) {
        present.add(part);
      }
    }
    return present.isEmpty() ? "" : " (" + String.join(", ", present) + ")";
  }

  /**
   * The exception of the chain that says what went wrong. A failed batch reports a {@link
   * BatchUpdateException} whose message may quote the row's values (PostgreSQL's does) and
   * which lacks the details (PostgreSQL's constraint name); the failing statement's own
   * exception, next in the chain, is preferred.
   */
  private static SQLException reportedError(SQLException failure) {
    for (SQLException e = failure; e != null; e = next(e)) {
      if (!(e instanceof BatchUpdateException)) {
        return e;
      }
    }
    return failure;
  }

  private static SQLException next(SQLException e) {
    if (e.getNextException() != null && e.getNextException() != e) {
      return e.getNextException();
    }
    return e.getCause() instanceof SQLException cause && cause != e ? cause : null;
  }

  private static ErrorDetails details(Dialect dialect, SQLException error) {
    return switch (dialect) {
      case H2 -> H2ErrorDetails.of(error);
      case POSTGRESQL -> PostgresErrorDetails.of(error);
    };
  }

  private static Optional<TableConstraint> primaryKey(EntityTable<?> table) {
    return table.constraints().stream()
        .filter(c -> c.kind() == TableConstraint.Kind.PRIMARY_KEY)
        .findFirst();
  }

  private static String column(
      EntityTable<?> table, TableConstraint constraint, String reportedColumn) {
    if (constraint != null) {
      return constraint.columns().size() == 1 ? constraint.columns().get(0) : null;
    }
    if (reportedColumn == null) {
      return null;
    }
    return table == null ? lowerIfUpper(reportedColumn)
        : table.column(reportedColumn).map(EntityColumn::name)
            .orElse(lowerIfUpper(reportedColumn));
  }

  /**
   * The column of a data error. H2 reports the column followed by its type ({@code NAME
   * CHARACTER VARYING(5)}, {@code Unit Price INTEGER}) or alone; the column is the longest of
   * the table's that starts it, else its first word.
   */
  private static String dataColumn(EntityTable<?> table, String reported) {
    if (reported == null) {
      return null;
    }
    if (table != null) {
      String best = null;
      for (EntityColumn<?, ?> column : table.columns()) {
        String name = column.name();
        boolean starts = reported.length() == name.length()
            ? reported.equalsIgnoreCase(name)
            : reported.length() > name.length() && reported.charAt(name.length()) == ' '
                && reported.regionMatches(true, 0, name, 0, name.length());
        if (starts && (best == null || name.length() > best.length())) {
          best = name;
        }
      }
      if (best != null) {
        return best;
      }
    }
    int space = reported.indexOf(' ');
    return lowerIfUpper(space < 0 ? reported : reported.substring(0, space));
  }

  /** The Java field of the column at fault, when the table knows it. */
  private static String property(EntityTable<?> table, TableConstraint constraint, String column) {
    if (constraint != null) {
      return constraint.properties().size() == 1 ? constraint.properties().get(0) : null;
    }
    return table == null || column == null ? null
        : table.column(column).map(EntityColumn::property).orElse(null);
  }

  /** H2 reports unquoted names folded to upper case; Precast names them in lower case. */
  private static String lowerIfUpper(String name) {
    if (name == null) {
      return null;
    }
    return name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
  }
}
