package dev.precast.internal;

import dev.precast.ConnectionEvent;
import dev.precast.Database;
import dev.precast.DatabaseListener;
import dev.precast.StatementEvent;
import dev.precast.TransactionEvent;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@link Database} tells about its work: the slow-statement log and its {@link
 * DatabaseListener}s. A database with neither has none, and the code that runs statements then
 * reads no clock and makes no event: it asks {@link #of(Database)} once per statement, and on
 * null does nothing more.
 */
public final class Telemetry {
  private static final Logger SLOW_LOG = LoggerFactory.getLogger("dev.precast.sql.slow");
  private static final Logger EVENTS_LOG = LoggerFactory.getLogger("dev.precast.sql.events");
  private static volatile Function<Database, Telemetry> accessor;

  private final DatabaseListener[] listeners;
  private final long slowNanos;
  /** The listener classes whose failure was logged at WARN already. */
  private final Set<Class<?>> warned = ConcurrentHashMap.newKeySet();

  private Telemetry(DatabaseListener[] listeners, long slowNanos) {
    this.listeners = listeners;
    this.slowNanos = slowNanos;
  }

  /**
   * What a database with these listeners and slow-statement threshold (0: no log) reports
   * through, or null when it reports nothing.
   */
  public static Telemetry create(List<DatabaseListener> listeners, long slowNanos) {
    if (listeners.isEmpty() && slowNanos <= 0) {
      return null;
    }
    return new Telemetry(listeners.toArray(new DatabaseListener[0]), slowNanos);
  }

  /**
   * Called by {@code Database}'s static initializer only.
   *
   * @throws IllegalStateException when an accessor is installed already
   */
  public static synchronized void install(Function<Database, Telemetry> databaseAccessor) {
    if (accessor != null) {
      throw new IllegalStateException("the telemetry accessor is installed already");
    }
    accessor = databaseAccessor;
  }

  /** {@code db}'s telemetry, or null when it has neither a listener nor a slow-statement log. */
  static Telemetry of(Database db) {
    return accessor.apply(db);
  }

  /** Whether there are listeners to tell of transactions and connections. */
  public boolean listening() {
    return listeners.length > 0;
  }

  /**
   * A statement that started at {@code startNanos} ({@link System#nanoTime()}) ended now.
   *
   * @param rows the rows it changed or returned, or -1
   * @param failure null when it succeeded
   */
  void statement(String sql, long startNanos, int rows, int batchSize, Throwable failure) {
    statementTook(sql, System.nanoTime() - startNanos, rows, batchSize, failure);
  }

  /** A statement that took {@code nanos} ended. */
  void statementTook(String sql, long nanos, int rows, int batchSize, Throwable failure) {
    if (slowNanos > 0 && nanos >= slowNanos) {
      logSlow(sql, nanos, rows, batchSize, failure);
    }
    if (listeners.length == 0) {
      return;
    }
    StatementEvent event = new StatementEvent(sql, nanos, rows, batchSize, failure);
    for (DatabaseListener listener : listeners) {
      try {
        listener.onStatement(event);
      } catch (Throwable e) {
        failed(listener, "onStatement", e);
      }
    }
  }

  /** A transaction that began at {@code startNanos} committed now. */
  public void committed(long startNanos) {
    TransactionEvent event = new TransactionEvent(System.nanoTime() - startNanos, null);
    for (DatabaseListener listener : listeners) {
      try {
        listener.onCommit(event);
      } catch (Throwable e) {
        failed(listener, "onCommit", e);
      }
    }
  }

  /** A transaction that began at {@code startNanos} was rolled back now, for {@code failure}. */
  public void rolledBack(long startNanos, Throwable failure) {
    TransactionEvent event = new TransactionEvent(System.nanoTime() - startNanos, failure);
    for (DatabaseListener listener : listeners) {
      try {
        listener.onRollback(event);
      } catch (Throwable e) {
        failed(listener, "onRollback", e);
      }
    }
  }

  /** A connection asked for at {@code startNanos} was acquired now, or not ({@code failure}). */
  public void acquired(long startNanos, Throwable failure) {
    ConnectionEvent event = new ConnectionEvent(System.nanoTime() - startNanos, failure);
    for (DatabaseListener listener : listeners) {
      try {
        listener.onConnectionAcquired(event);
      } catch (Throwable e) {
        failed(listener, "onConnectionAcquired", e);
      }
    }
  }

  /**
   * The rows a query read, as far as its result tells: the size of a list, 0 or 1 for an
   * {@code Optional}; -1 for anything else, such as a count.
   */
  static int rowsOf(Object result) {
    if (result instanceof Collection<?> rows) {
      return rows.size();
    }
    if (result instanceof Optional<?> row) {
      return row.isPresent() ? 1 : 0;
    }
    return -1;
  }

  /** The rows a batch changed, from its update counts; -1 when the driver did not tell. */
  static int rowsOf(int[] updateCounts) {
    long total = 0;
    for (int count : updateCounts) {
      if (count < 0) {
        return -1;
      }
      total += count;
    }
    return (int) Math.min(total, Integer.MAX_VALUE);
  }

  private static void logSlow(String sql, long nanos, int rows, int batchSize,
      Throwable failure) {
    if (!SLOW_LOG.isWarnEnabled()) {
      return;
    }
    String outcome = failure != null ? "failed (" + failure.getClass().getSimpleName() + ")"
        : rows < 0 ? "rows unknown" : rows == 1 ? "1 row" : rows + " rows";
    String batch = batchSize == 1 ? "" : ", batch of " + batchSize;
    SLOW_LOG.warn("slow statement: {} ms, {}{}: {}", TimeUnit.NANOSECONDS.toMillis(nanos),
        outcome, batch, sql);
  }

  /** A listener threw: logged, never passed on, so the database operation goes on. */
  private void failed(DatabaseListener listener, String method, Throwable e) {
    if (e instanceof VirtualMachineError error) {
      throw error;
    }
    if (warned.add(listener.getClass())) {
      EVENTS_LOG.warn("database listener {} threw from {}; the database operation went on,"
          + " and further failures of this listener class are logged at DEBUG",
          listener.getClass().getName(), method, e);
    } else {
      EVENTS_LOG.debug("database listener {} threw from {}", listener.getClass().getName(),
          method, e);
    }
  }
}
