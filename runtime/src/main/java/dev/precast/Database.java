package dev.precast;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.precast.internal.ConnectionLease;
import dev.precast.internal.ConnectionUrls;
import dev.precast.internal.Errors;
import dev.precast.internal.Jdbc;
import dev.precast.internal.Leases;
import dev.precast.internal.LostConnections;
import dev.precast.internal.PostgresConnections;
import dev.precast.internal.SchemaComparison;
import dev.precast.internal.TableDefinition;
import dev.precast.internal.Telemetry;
import dev.precast.internal.Timeouts;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database that generated repositories run on: a connection pool, the dialect detected from
 * it, and the transactions of each thread.
 *
 * <pre>{@code
 * try (Database db = Database.connect("jdbc:h2:mem:app")) {
 *   db.createAll(PrecastSchema.INSTANCE);
 *   db.useTransaction(tx -> users.insert(new User("John Doe", "johndoe@example.com")));
 * }
 * }</pre>
 *
 * <p>Outside a transaction every repository call takes a connection from the pool, runs in
 * auto-commit mode and gives the connection back. Inside {@link #useTransaction} or {@link
 * #inTransaction}, every call of that thread shares the transaction's connection; a nested
 * transaction is a savepoint. {@link TransactionOptions} set a transaction's isolation level
 * and read-only mode, its timeouts, and retry it when it conflicts with a concurrent one. A
 * {@code Database} is safe to share between threads.
 *
 * <p>Failures are typed: a connection that broke is a {@link ConnectionLostException} (nothing
 * committed; the pool discards the connection), one that broke during COMMIT an {@link
 * UnknownCommitOutcomeException}, a pool with no free connection within its timeout a {@link
 * PoolExhaustedException}, a statement past its timeout a {@link QueryTimeoutException}. After
 * {@link #close()} it refuses new work.
 *
 * <p>{@link DatabaseListener}s see every statement, commit, rollback and connection
 * acquisition with its duration, and statements slower than {@link
 * Builder#slowStatementThreshold(Duration)} (1 s unless set) are logged at WARN on logger
 * {@code dev.precast.sql.slow}, with their SQL but never their values.
 */
public final class Database implements AutoCloseable {
  /** The pool size {@link #connect} uses unless a builder sets another. */
  public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;

  /** How long {@link #connect} waits for a free connection unless a builder sets another. */
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(30);

  /** How long {@link #close()} waits for the work in flight before it closes the pool. */
  public static final Duration CLOSE_GRACE_PERIOD = Duration.ofSeconds(30);

  /**
   * How long a statement runs before the slow-statement log reports it, unless a builder sets
   * another threshold.
   */
  public static final Duration DEFAULT_SLOW_STATEMENT_THRESHOLD = Duration.ofSeconds(1);

  private static final Logger SQL_LOG = LoggerFactory.getLogger("dev.precast.sql");
  private static final long CLOSE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  static {
    Leases.install(Database::lease);
    Telemetry.install(db -> db.telemetry);
  }

  private final DataSource dataSource;
  private final HikariDataSource ownedPool;
  private final String description;
  private final Dialect dialect;
  private final ThreadLocal<Scope> currentScope = new ThreadLocal<>();
  /** The pool's name, size and wait when it is a HikariCP pool, for the messages; else null. */
  private final String poolName;
  private final int poolSize;
  private final Duration connectionTimeout;
  /** The slow-statement log and the listeners; null when there are neither. */
  private final Telemetry telemetry;
  /** Whether there are listeners: only then are transactions and connections timed. */
  private final boolean listening;
  /** Transactions and connections outside one that are running now. */
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean closed;
  private final Clock clock;

  private Database(DataSource dataSource, HikariDataSource ownedPool, String description,
      Telemetry telemetry, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.ownedPool = ownedPool;
    this.description = description;
    this.telemetry = telemetry;
    this.listening = telemetry != null && telemetry.listening();
    if (dataSource instanceof HikariDataSource pool) {
      this.poolName = pool.getPoolName();
      this.poolSize = pool.getMaximumPoolSize();
      this.connectionTimeout = Duration.ofMillis(pool.getConnectionTimeout());
    } else {
      this.poolName = null;
      this.poolSize = 0;
      this.connectionTimeout = null;
    }
    this.dialect = detectDialect();
  }

  /** A pooled database at a JDBC URL, e.g. {@code jdbc:h2:mem:app}. */
  public static Database connect(String jdbcUrl) {
    return builder(jdbcUrl).build();
  }

  /** A pooled database at a JDBC URL, with credentials. */
  public static Database connect(String jdbcUrl, String user, String password) {
    return builder(jdbcUrl).user(user).password(password).build();
  }

  /** Starts configuring a pooled database at a JDBC URL. */
  public static Builder builder(String jdbcUrl) {
    return new Builder(jdbcUrl);
  }

  /**
   * A database on a {@link DataSource} the caller owns: {@link #close()} leaves it open.
   * Use this to bring your own pool.
   */
  public static Database of(DataSource dataSource) {
    return of(dataSource, new DatabaseListener[0]);
  }

  /**
   * Like {@link #of(DataSource)}, telling {@code listeners} of every statement, transaction and
   * connection acquisition, in that order:
   *
   * <pre>{@code
   * Database db = Database.of(dataSource, PrecastMetrics.listener(registry));
   * }</pre>
   *
   * Statements are also logged at WARN when slower than {@link
   * #DEFAULT_SLOW_STATEMENT_THRESHOLD}.
   */
  public static Database of(DataSource dataSource, DatabaseListener... listeners) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(listeners, "listeners");
    List<DatabaseListener> all = new ArrayList<>(listeners.length);
    for (DatabaseListener listener : listeners) {
      all.add(Objects.requireNonNull(listener, "a listener is null"));
    }
    return new Database(dataSource, null, dataSource.getClass().getName(),
        Telemetry.create(all, DEFAULT_SLOW_STATEMENT_THRESHOLD.toNanos()), Clock.systemUTC());
  }

  /**
   * A pooled database configured by the environment: {@code DATABASE_URL} is a JDBC URL
   * ({@code jdbc:h2:mem:app}) or {@code postgresql://user:password@host:port/database};
   * {@code DATABASE_POOL_SIZE}, if set, is the maximum pool size; {@code
   * PRECAST_SLOW_STATEMENT_MS}, if set, the {@linkplain Builder#slowStatementThreshold
   * slow-statement threshold} in milliseconds (0 turns the log off).
   *
   * @throws PrecastException naming the variable when it is missing or malformed
   */
  public static Database fromEnv() {
    return fromEnv(System.getenv());
  }

  static Database fromEnv(Map<String, String> environment) {
    return ConnectionUrls.fromEnvironment(environment).builder().build();
  }

  /**
   * The connections this database uses: its own pool, or the {@link DataSource} given to
   * {@link #of}. For tools that need one, such as a migration tool run at start-up; work done
   * on a connection taken here is not part of this database's transactions, so use {@link
   * #withConnection} for anything else.
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Whether {@link #dataSource()} is the pool this database made (and {@link #close()} closes),
   * rather than one given to {@link #of}, which belongs to the caller.
   */
  public boolean ownsDataSource() {
    return ownedPool != null;
  }

  /** The dialect detected from the first connection. */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Creates every table of the schema that does not exist yet, in dependency order, in one
   * transaction where the database allows DDL in one. Running it again changes nothing.
   */
  public void createAll(Schema schema) {
    useTransaction(tx -> {
      for (EntityTable<?> table : schema.tables()) {
        for (String statement : table.createStatements(dialect)) {
          Jdbc.execute(this, table, statement);
        }
      }
      for (EntityTable<?> table : schema.tables()) {
        for (String statement : table.deferredStatements(dialect)) {
          Jdbc.execute(this, table, statement);
        }
      }
    });
  }

  /**
   * Compares the entities of {@code schema} with this database's current schema (PostgreSQL's
   * {@code currentSchema}, H2's schema of the connection): every missing table, column,
   * constraint or index and every type, length or nullability that differs, each with the SQL
   * that fixes it. Reads the catalog only; changes nothing.
   *
   * <pre>{@code
   * db.validateSchema(PrecastSchema.INSTANCE).orThrow();
   * }</pre>
   */
  public SchemaReport validateSchema(Schema schema) {
    List<TableDefinition> tables = schema.tables().stream().map(EntityTable::definition).toList();
    return withConnection(connection -> SchemaComparison.compare(connection, dialect, tables));
  }

  /**
   * Drops every table of the schema that exists, in reverse dependency order, with the
   * foreign keys of other tables that point at them.
   */
  public void dropAll(Schema schema) {
    List<EntityTable<?>> tables = schema.tables();
    useTransaction(tx -> {
      for (int i = tables.size() - 1; i >= 0; i--) {
        Jdbc.execute(this, tables.get(i), tables.get(i).dropStatement());
      }
    });
  }

  /**
   * Runs {@code body} in a transaction and commits it, or rolls it back when the body throws
   * (the exception is rethrown unchanged) or calls {@link Transaction#setRollbackOnly()}.
   * Called inside another transaction of this thread, it runs in a savepoint of that one.
   *
   * <p>A statement that fails inside the transaction dooms it: if the body catches the
   * failure and returns normally, the transaction is rolled back all the same and a {@link
   * PrecastException} says so, with the failure as its cause. To go on after a failure, run
   * the statement in a nested transaction and catch the failure outside it: rolling back to
   * the savepoint undoes the failure.
   */
  public <X extends Exception> void useTransaction(TransactionConsumer<X> body) throws X {
    useTransaction(TransactionOptions.defaults(), body);
  }

  /**
   * Like {@link #useTransaction(TransactionConsumer)}, with an isolation level, read-only
   * mode or retries of conflicts:
   *
   * <pre>{@code
   * db.useTransaction(TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE).retry(5),
   *     tx -> accounts.transfer(from, to, amount));
   * }</pre>
   *
   * @throws SerializationFailureException when the retries gave up, with the last attempt's
   *     failure as its cause
   */
  public <X extends Exception> void useTransaction(
      TransactionOptions options, TransactionConsumer<X> body) throws X {
    Objects.requireNonNull(body, "body");
    inTransaction(options, tx -> {
      body.accept(tx);
      return null;
    });
  }

  /** Like {@link #useTransaction(TransactionConsumer)}, returning what {@code body} returns. */
  public <T, X extends Exception> T inTransaction(TransactionCallback<T, X> body) throws X {
    return inTransaction(TransactionOptions.defaults(), body);
  }

  /**
   * Like {@link #useTransaction(TransactionOptions, TransactionConsumer)}, returning what
   * {@code body} returns.
   */
  public <T, X extends Exception> T inTransaction(
      TransactionOptions options, TransactionCallback<T, X> body) throws X {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(body, "body");
    Scope current = currentScope.get();
    if (current != null) {
      return inSavepoint(current, options, body);
    }
    enter();
    try {
      return withRetries(options, body);
    } finally {
      leave();
    }
  }

  private <T, X extends Exception> T withRetries(
      TransactionOptions options, TransactionCallback<T, X> body) throws X {
    for (int attempt = 1; ; attempt++) {
      try {
        return inNewTransaction(options, body);
      } catch (Throwable failure) {
        if (options.maxRetries() == 0 || !isConflict(failure)) {
          throw failure;
        }
        if (attempt > options.maxRetries()) {
          throw new SerializationFailureException("the transaction gave up after " + attempt
              + " attempts, each rolled back for a conflict with a concurrent transaction;"
              + " the last: " + failure.getMessage(), failure);
        }
        if (!backOff(options, attempt)) {
          throw failure;
        }
      }
    }
  }

  private <T, X extends Exception> T inNewTransaction(
      TransactionOptions options, TransactionCallback<T, X> body) throws X {
    Connection connection = acquire();
    Scope scope = new Scope(connection, null, options);
    Throwable primary = null;
    long start = listening ? System.nanoTime() : 0;
    try {
      begin(scope);
      currentScope.set(scope);
      T result;
      try {
        result = body.apply(scope);
      } catch (Throwable failure) {
        rollback(scope, failure, start);
        throw failure;
      }
      if (statementFailed(scope)) {
        PrecastException doomed =
            rolledBack(scope, "the transaction was rolled back, not committed,");
        rollback(scope, null, start, doomed);
        throw doomed;
      }
      if (scope.rollbackOnly) {
        rollback(scope, null, start);
      } else {
        commit(scope, start);
      }
      return result;
    } catch (Throwable failure) {
      primary = failure;
      throw failure;
    } finally {
      currentScope.remove();
      end(scope, primary);
    }
  }

  private <T, X extends Exception> T inSavepoint(
      Scope outer, TransactionOptions options, TransactionCallback<T, X> body) throws X {
    checkNestedOptions(outer, options);
    Savepoint savepoint;
    try {
      savepoint = outer.connection.setSavepoint();
    } catch (SQLException e) {
      throw outer.failed(Errors.translate(dialect, null, "SAVEPOINT", e));
    }
    Scope nested = new Scope(outer.connection, outer, options);
    currentScope.set(nested);
    try {
      T result;
      try {
        result = body.apply(nested);
      } catch (Throwable failure) {
        rollbackTo(outer, savepoint, failure);
        throw failure;
      }
      if (statementFailed(nested)) {
        rollbackTo(outer, savepoint, null);
        throw rolledBack(nested, "the nested transaction was rolled back to its savepoint");
      }
      if (nested.rollbackOnly) {
        rollbackTo(outer, savepoint, null);
      } else {
        try {
          outer.connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
          throw outer.failed(Errors.translate(dialect, null, "RELEASE SAVEPOINT", e));
        }
      }
      return result;
    } finally {
      currentScope.set(outer);
    }
  }

  /**
   * Runs {@code work} on a connection: the current transaction's, or one from the pool in
   * auto-commit mode, returned afterwards. An {@link SQLException} becomes a typed {@link
   * PrecastException}; inside a transaction it dooms the transaction (see {@link
   * #useTransaction(TransactionConsumer)}). This is where every connection Precast uses is
   * taken: a thread inside a transaction never asks the pool for another.
   *
   * @throws PoolExhaustedException when the pool has no free connection within its timeout
   * @throws ConnectionLostException when no connection can be opened, or the one used broke
   */
  public <T> T withConnection(ConnectionCallback<T> work) {
    Scope scope = currentScope.get();
    if (scope != null) {
      try {
        return runOn(scope.connection, work);
      } catch (PrecastException e) {
        if (e.getCause() instanceof SQLException) {
          scope.failed(e);
        }
        throw e;
      }
    }
    enter();
    try {
      Connection connection = acquire();
      T result;
      try {
        result = runOn(connection, work);
      } catch (RuntimeException | Error failure) {
        try {
          release(connection);
        } catch (PrecastException releaseFailure) {
          failure.addSuppressed(releaseFailure);
        }
        throw failure;
      }
      release(connection);
      return result;
    } finally {
      leave();
    }
  }

  /**
   * A connection for work that outlives one call, such as a stream: the transaction's, or one
   * from the pool, counted as work in flight until released. A pooled one runs in a read
   * transaction of its own, so that PostgreSQL can fetch the rows in chunks (its driver reads a
   * result whole in auto-commit mode); release ends it and gives the connection back.
   */
  private ConnectionLease lease() {
    Scope scope = currentScope.get();
    if (scope != null) {
      return new ConnectionLease() {
        @Override
        public Connection connection() {
          return scope.connection;
        }

        @Override
        public void failed(PrecastException failure) {
          scope.failed(failure);
        }

        @Override
        public void release() {}
      };
    }
    enter();
    Connection connection;
    try {
      connection = acquire();
      try {
        connection.setAutoCommit(false);
      } catch (SQLException e) {
        PrecastException failure = Errors.translate(dialect, null, null, e);
        try {
          release(connection);
        } catch (PrecastException releaseFailure) {
          failure.addSuppressed(releaseFailure);
        }
        throw failure;
      }
    } catch (RuntimeException | Error e) {
      leave();
      throw e;
    }
    return new ConnectionLease() {
      private boolean released;

      @Override
      public Connection connection() {
        return connection;
      }

      @Override
      public void failed(PrecastException failure) {}

      @Override
      public void release() {
        if (released) {
          return;
        }
        released = true;
        try {
          // The work only read; ending it either way releases its snapshot and locks.
          connection.rollback();
          connection.setAutoCommit(true);
        } catch (SQLException e) {
          SQL_LOG.debug("ending a streamed read on {} failed; the pool checks the connection",
              description, e);
        } finally {
          try {
            Database.this.release(connection);
          } finally {
            leave();
          }
        }
      }
    };
  }

  /** The clock that {@code @CreatedAt} and {@code @UpdatedAt} timestamps are read from. */
  public Clock clock() {
    return clock;
  }

  /** Whether this thread is inside a transaction of this database. */
  public boolean isInTransaction() {
    return currentScope.get() != null;
  }

  /**
   * Stops taking new work, waits for the transactions and calls already running to finish (up
   * to {@link #CLOSE_GRACE_PERIOD}), then closes the pool this database made; a {@link
   * DataSource} passed to {@link #of} stays open. Work still running after the grace period
   * loses its connection and fails with a {@link ConnectionLostException} (or, during COMMIT,
   * an {@link UnknownCommitOutcomeException}). Every call after {@code close()} fails with a
   * {@link PrecastException} saying the database is closed; a transaction already open goes on
   * until it ends. Closing again does nothing.
   */
  @Override
  public void close() {
    closed = true;
    // A thread that closes the database from inside its own transaction waits for the others.
    int own = currentScope.get() == null ? 0 : 1;
    long deadline = System.nanoTime() + CLOSE_GRACE_PERIOD.toNanos();
    synchronized (inFlight) {
      for (long left = CLOSE_GRACE_PERIOD.toNanos(); inFlight.get() > own && left > 0;
          left = deadline - System.nanoTime()) {
        try {
          TimeUnit.NANOSECONDS.timedWait(inFlight, Math.min(left, CLOSE_POLL_NANOS));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    int running = inFlight.get() - own;
    if (running > 0) {
      SQL_LOG.warn("closing {} with {} operation(s) still running; they lose their connections",
          description, running);
    }
    if (ownedPool != null) {
      ownedPool.close();
    }
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /** Names the database without its password. */
  @Override
  public String toString() {
    return "Database[" + description + ", " + dialect + "]";
  }

  private <T> T runOn(Connection connection, ConnectionCallback<T> work) {
    try {
      return work.apply(connection);
    } catch (SQLException e) {
      throw Errors.translate(dialect, null, null, e);
    }
  }

  private Dialect detectDialect() {
    Connection connection = acquire();
    try {
      return Dialect.of(connection.getMetaData());
    } catch (SQLException e) {
      throw new PrecastException("cannot read the database product of " + description, e);
    } finally {
      release(connection);
    }
  }

  /** Counts a unit of work about to take a connection, unless the database is closed. */
  private void enter() {
    inFlight.incrementAndGet();
    if (closed) {
      leave();
      throw new PrecastException("database " + description + " is closed: it takes no new work;"
          + " open a new Database to go on");
    }
  }

  private void leave() {
    if (inFlight.decrementAndGet() <= 0 && closed) {
      synchronized (inFlight) {
        inFlight.notifyAll();
      }
    }
  }

  private Connection acquire() {
    if (!listening) {
      return acquireFromDataSource();
    }
    long start = System.nanoTime();
    Connection connection;
    try {
      connection = acquireFromDataSource();
    } catch (RuntimeException | Error failure) {
      telemetry.acquired(start, failure);
      throw failure;
    }
    telemetry.acquired(start, null);
    return connection;
  }

  private Connection acquireFromDataSource() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw Errors.acquireFailure(description, poolName, poolSize, connectionTimeout, e);
    }
  }

  private void release(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new PrecastException("cannot return a connection to " + description, e);
    }
  }

  /** Sets the options on the connection, remembering what to restore, and starts. */
  private void begin(Scope scope) {
    Connection connection = scope.connection;
    TransactionOptions options = scope.options;
    try {
      if (options.isolation() != Isolation.DEFAULT) {
        int level = connection.getTransactionIsolation();
        if (level != options.isolation().jdbcLevel()) {
          connection.setTransactionIsolation(options.isolation().jdbcLevel());
          scope.restoreIsolation = level;
        }
        scope.isolation = options.isolation().jdbcLevel();
      }
      if (options.readOnly() && !connection.isReadOnly()) {
        connection.setReadOnly(true);
        scope.restoreReadOnly = true;
      }
      connection.setAutoCommit(false);
      scope.restoreAutoCommit = true;
      Duration statementTimeout = options.statementTimeout().orElse(null);
      Duration lockTimeout = options.lockTimeout().orElse(null);
      if (statementTimeout != null || lockTimeout != null) {
        scope.restoreTimeouts =
            Timeouts.setForTransaction(connection, dialect, statementTimeout, lockTimeout);
      }
    } catch (SQLException e) {
      throw scope.failed(Errors.translate(dialect, null, "BEGIN", e));
    }
  }

  /**
   * Puts the connection back in auto-commit mode with the isolation level and read-only mode
   * it had, and returns it to the pool. A failure here is added to {@code primary}, the
   * failure already on its way out, if there is one.
   */
  private void end(Scope scope, Throwable primary) {
    Connection connection = scope.connection;
    PrecastException failure = null;
    try {
      // A lost connection is not reset: the pool discards it.
      if (scope.restoreAutoCommit && !scope.lost) {
        connection.setAutoCommit(true);
        if (!scope.restoreTimeouts.isEmpty()) {
          Timeouts.restore(connection, scope.restoreTimeouts);
        }
      }
      if (scope.restoreIsolation >= 0 && !scope.lost) {
        connection.setTransactionIsolation(scope.restoreIsolation);
      }
      if (scope.restoreReadOnly && !scope.lost) {
        connection.setReadOnly(false);
      }
    } catch (SQLException e) {
      failure = new PrecastException("cannot reset a connection to " + description
          + " after a transaction: " + Errors.rootMessage(e), e);
    }
    try {
      release(connection);
    } catch (PrecastException e) {
      failure = failure == null ? e : failure;
    }
    if (failure != null) {
      if (primary == null) {
        throw failure;
      }
      primary.addSuppressed(failure);
    }
  }

  /** Commits {@code scope}, a transaction that began at {@code start}, and tells listeners. */
  private void commit(Scope scope, long start) {
    if (!listening) {
      commit(scope);
      return;
    }
    try {
      commit(scope);
    } catch (RuntimeException | Error failure) {
      telemetry.rolledBack(start, failure);
      throw failure;
    }
    telemetry.committed(start);
  }

  /** Rolls back {@code scope}, a transaction that began at {@code start}, and tells listeners. */
  private void rollback(Scope scope, Throwable failure, long start) {
    rollback(scope, failure, start, failure);
  }

  /** Like {@link #rollback(Scope, Throwable, long)}; listeners are told of {@code reason}. */
  private void rollback(Scope scope, Throwable failure, long start, Throwable reason) {
    if (!listening) {
      rollback(scope, failure);
      return;
    }
    try {
      rollback(scope, failure);
    } catch (RuntimeException | Error rollbackFailure) {
      telemetry.rolledBack(start, reason == null ? rollbackFailure : reason);
      throw rollbackFailure;
    }
    telemetry.rolledBack(start, reason);
  }

  private void commit(Scope scope) {
    try {
      Jdbc.logStatement("COMMIT");
      scope.connection.commit();
    } catch (SQLException e) {
      PrecastException failure = scope.failed(Errors.commitFailure(dialect, e));
      rollback(scope, e);
      throw failure;
    }
  }

  /** Rolls {@code scope} back, unless its connection is lost: the database did so already. */
  private void rollback(Scope scope, Throwable failure) {
    if (scope.root().lost) {
      return;
    }
    try {
      Jdbc.logStatement("ROLLBACK");
      scope.connection.rollback();
    } catch (SQLException e) {
      // Switching auto-commit back on would commit whatever the failed rollback left; the
      // pool's own reset of the returned connection rolls back or discards it instead.
      scope.restoreAutoCommit = false;
      if (failure == null) {
        throw Errors.translate(dialect, null, "ROLLBACK", e);
      }
      failure.addSuppressed(e);
    }
  }

  /** Rolls back to a savepoint of {@code outer}; when that fails, {@code outer} is doomed. */
  private void rollbackTo(Scope outer, Savepoint savepoint, Throwable failure) {
    if (outer.root().lost) {
      return;
    }
    try {
      Jdbc.logStatement("ROLLBACK TO SAVEPOINT");
      outer.connection.rollback(savepoint);
    } catch (SQLException e) {
      PrecastException translated =
          outer.failed(Errors.translate(dialect, null, "ROLLBACK TO SAVEPOINT", e));
      if (failure == null) {
        throw translated;
      }
      failure.addSuppressed(translated);
    }
  }

  /**
   * Whether a statement of {@code scope} failed and was not undone: one Precast ran, or, on
   * PostgreSQL, any statement, since PostgreSQL aborts the transaction and would turn COMMIT
   * into a silent ROLLBACK.
   */
  private boolean statementFailed(Scope scope) {
    return scope.failure != null
        || (dialect == Dialect.POSTGRESQL
            && PostgresConnections.inFailedTransaction(scope.connection));
  }

  /** The exception that says {@code scope} was rolled back because a statement failed. */
  private static PrecastException rolledBack(Scope scope, String what) {
    String advice = ". To go on after a failure, run the statement in a nested"
        + " db.useTransaction(...) and catch the failure around it";
    if (scope.root().lost) {
      return new ConnectionLostException(what + " because its connection was lost: "
          + scope.root().failure.getMessage(), scope.root().failure);
    }
    if (scope.failure == null) {
      return new PrecastException(what + " because a statement in it failed and the database"
          + " aborted it" + advice);
    }
    return new PrecastException(what + " because a statement in it failed: "
        + scope.failure.getMessage() + advice, scope.failure);
  }

  /** A nested transaction runs in the outer one's isolation level: it may not ask for more. */
  private void checkNestedOptions(Scope outer, TransactionOptions options) {
    // A nested retry is left to the outermost transaction, which retries the whole; but a
    // read-only request cannot be honoured inside a transaction that may write.
    if (options.readOnly()) {
      throw new PrecastException("a nested transaction cannot be read-only: it runs in the"
          + " outer transaction; make the outermost db.inTransaction(options, ...) read-only");
    }
    if (options.statementTimeout().isPresent() || options.lockTimeout().isPresent()) {
      throw new PrecastException("a nested transaction cannot set its own timeouts: it runs in"
          + " the outer transaction; set them on the outermost db.inTransaction(options, ...)");
    }
    if (options.isolation() == Isolation.DEFAULT) {
      return;
    }
    Scope root = outer.root();
    if (root.isolation < 0) {
      try {
        root.isolation = root.connection.getTransactionIsolation();
      } catch (SQLException e) {
        throw Errors.translate(dialect, null, null, e);
      }
    }
    if (root.isolation < options.isolation().jdbcLevel()) {
      throw new PrecastException("a nested transaction cannot ask for " + options.isolation()
          + ": it runs in the outer transaction, at the weaker " + levelName(root.isolation)
          + "; set the isolation level on the outermost db.inTransaction(options, ...)");
    }
  }

  private static String levelName(int jdbcLevel) {
    for (Isolation isolation : Isolation.values()) {
      if (isolation.jdbcLevel() == jdbcLevel) {
        return isolation.name();
      }
    }
    return jdbcLevel == Connection.TRANSACTION_READ_UNCOMMITTED ? "READ_UNCOMMITTED"
        : "isolation level " + jdbcLevel;
  }

  /** Whether {@code failure}, or one of its causes, is a conflict a retry may overcome. */
  private static boolean isConflict(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof SerializationFailureException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Waits before retry {@code attempt} (1 for the first): the initial delay, doubled for every
   * earlier retry up to the maximum, of which a random part of at least half. False when the
   * thread was interrupted: then there is no retry.
   */
  private static boolean backOff(TransactionOptions options, int attempt) {
    long max = options.maxBackoff().toNanos();
    long delay = options.initialBackoff().toNanos();
    for (int i = 1; i < attempt && delay < max; i++) {
      delay = delay > max / 2 ? max : delay * 2;
    }
    long wait = delay / 2 + ThreadLocalRandom.current().nextLong(delay - delay / 2 + 1);
    SQL_LOG.debug("retrying the transaction in {} ms after a conflict (retry {} of {})",
        TimeUnit.NANOSECONDS.toMillis(wait), attempt, options.maxRetries());
    try {
      TimeUnit.NANOSECONDS.sleep(wait);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * A transaction, or a savepoint of one ({@code parent} is then the enclosing scope), and
   * the first failure of a statement in it that no savepoint undid.
   */
  private static final class Scope implements Transaction {
    final Connection connection;
    final Scope parent;
    final TransactionOptions options;
    boolean rollbackOnly;
    PrecastException failure;
    /** The JDBC isolation level of the transaction; -1 until known. */
    int isolation = -1;
    int restoreIsolation = -1;
    boolean restoreReadOnly;
    boolean restoreAutoCommit;
    /** What puts H2's session timeouts back after the transaction. */
    List<String> restoreTimeouts = List.of();
    /** Whether the connection broke: the database rolled back, the pool discards it. */
    boolean lost;

    Scope(Connection connection, Scope parent, TransactionOptions options) {
      this.connection = connection;
      this.parent = parent;
      this.options = options;
    }

    Scope root() {
      Scope scope = this;
      while (scope.parent != null) {
        scope = scope.parent;
      }
      return scope;
    }

    /**
     * Records that a statement failed: this scope cannot commit. A conflict dooms the whole
     * transaction, whose snapshot it invalidated, even when a savepoint undoes the statement.
     */
    PrecastException failed(PrecastException statementFailure) {
      if (failure == null) {
        failure = statementFailure;
      }
      if (statementFailure instanceof ConnectionLostException
          || statementFailure instanceof UnknownCommitOutcomeException) {
        Scope root = root();
        root.lost = true;
        if (!(root.failure instanceof ConnectionLostException)) {
          root.failure = statementFailure;
        }
      }
      if (statementFailure instanceof SerializationFailureException) {
        Scope root = root();
        if (root.failure == null) {
          root.failure = statementFailure;
        }
      }
      return statementFailure;
    }

    @Override
    public void setRollbackOnly() {
      rollbackOnly = true;
    }

    @Override
    public boolean isRollbackOnly() {
      return rollbackOnly;
    }
  }

  /**
   * Configures a pooled {@link Database}.
   *
   * <pre>{@code
   * Database db = Database.builder(url).user("app").password(secret).maximumPoolSize(4)
   *     .connectionTimeout(Duration.ofSeconds(2)).statementTimeout(Duration.ofSeconds(10)).build();
   * }</pre>
   */
  public static final class Builder {
    private static final AtomicInteger POOLS = new AtomicInteger();
    /** HikariCP's floor: it ignores a shorter connection timeout. */
    private static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);
    /** HikariCP's floor and ceiling (its default maxLifetime): it ignores others. */
    private static final Duration MIN_LEAK_DETECTION = Duration.ofSeconds(2);
    private static final Duration MAX_LEAK_DETECTION = Duration.ofMinutes(30);
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(5);

    private final String jdbcUrl;
    private String user;
    private String password;
    private int maximumPoolSize = DEFAULT_MAXIMUM_POOL_SIZE;
    private Duration connectionTimeout = DEFAULT_CONNECTION_TIMEOUT;
    private Duration leakDetectionThreshold = Duration.ZERO;
    private Duration statementTimeout = Duration.ZERO;
    private Clock clock = Clock.systemUTC();
    private Duration slowStatementThreshold = DEFAULT_SLOW_STATEMENT_THRESHOLD;
    private final List<DatabaseListener> listeners = new ArrayList<>();

    private Builder(String jdbcUrl) {
      if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
        throw new PrecastException("a JDBC URL starts with \"jdbc:\", got "
            + (jdbcUrl == null ? "null" : "\"" + ConnectionUrls.redact(jdbcUrl) + "\""));
      }
      this.jdbcUrl = jdbcUrl;
    }

    /** The user to connect as. */
    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /** The user's password; it never appears in messages or logs. */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** The most connections the pool opens at once; at least 1. */
    public Builder maximumPoolSize(int maximumPoolSize) {
      if (maximumPoolSize < 1) {
        throw new PrecastException("maximumPoolSize must be at least 1, got " + maximumPoolSize);
      }
      this.maximumPoolSize = maximumPoolSize;
      return this;
    }

    /**
     * How long a caller waits for a connection: for a free one when all are in use (then a
     * {@link PoolExhaustedException}), or for a new one when the database does not answer (then
     * a {@link ConnectionLostException} naming the server). At least 250 ms; 30 s by default.
     */
    public Builder connectionTimeout(Duration connectionTimeout) {
      Objects.requireNonNull(connectionTimeout, "connectionTimeout");
      if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
        throw new PrecastException("connectionTimeout must be at least 250 ms, got "
            + connectionTimeout.toMillis() + " ms");
      }
      this.connectionTimeout = connectionTimeout;
      return this;
    }

    /**
     * Logs a warning, through SLF4J logger {@code com.zaxxer.hikari.pool.ProxyLeakTask}, when a
     * connection has been out of the pool for longer than {@code threshold}, with the stack
     * trace of the code that took it. At least 2 s and at most 30 min; {@link Duration#ZERO},
     * the default, turns it off.
     */
    public Builder leakDetectionThreshold(Duration threshold) {
      Objects.requireNonNull(threshold, "leakDetectionThreshold");
      if (!threshold.isZero() && (threshold.compareTo(MIN_LEAK_DETECTION) < 0
          || threshold.compareTo(MAX_LEAK_DETECTION) > 0)) {
        throw new PrecastException("leakDetectionThreshold must be 0 (off) or from 2 s to 30 min,"
            + " got " + threshold.toMillis() + " ms");
      }
      this.leakDetectionThreshold = threshold;
      return this;
    }

    /**
     * Has the database cancel every statement that runs longer than {@code timeout}, which
     * then fails with a {@link QueryTimeoutException}: PostgreSQL's {@code statement_timeout},
     * H2's {@code QUERY_TIMEOUT}, set on each connection the pool opens. A transaction may set
     * another with {@link TransactionOptions#statementTimeout(Duration)}. {@link Duration#ZERO},
     * the default, sets none. Millisecond precision.
     */
    public Builder statementTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "statementTimeout");
      if (timeout.isNegative() || (!timeout.isZero() && timeout.toMillis() == 0)) {
        throw new PrecastException("statementTimeout must be 0 (none) or at least 1 ms, got "
            + timeout);
      }
      this.statementTimeout = timeout;
      return this;
    }

    /**
     * The clock {@code @CreatedAt} and {@code @UpdatedAt} read; {@link Clock#systemUTC()}
     * unless set. A fixed clock makes tests of auditing repeatable.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Adds a listener told of every statement, commit, rollback and connection acquisition,
     * after those added before it. See {@link DatabaseListener}.
     */
    public Builder listener(DatabaseListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Logs every statement that runs for {@code threshold} or longer at WARN, on SLF4J logger
     * {@code dev.precast.sql.slow}, with its SQL (never the values), its duration in
     * milliseconds and its row count: {@code slow statement: 1520 ms, 3 rows: SELECT ...}. 1 s
     * by default ({@link #DEFAULT_SLOW_STATEMENT_THRESHOLD}); {@link Duration#ZERO} turns the
     * log off, and with no listener either, statements are then not timed at all.
     */
    public Builder slowStatementThreshold(Duration threshold) {
      Objects.requireNonNull(threshold, "slowStatementThreshold");
      if (threshold.isNegative()) {
        throw new PrecastException("slowStatementThreshold must be 0 (off) or positive, got "
            + threshold);
      }
      this.slowStatementThreshold = threshold;
      return this;
    }

    /**
     * Opens the pool and its first connection.
     *
     * @throws PrecastException naming the URL (without password) and the cause when the
     *     database cannot be reached
     */
    public Database build() {
      String description = ConnectionUrls.redact(jdbcUrl) + (user == null ? "" : " as " + user);
      HikariConfig config = new HikariConfig();
      config.setPoolName("precast-" + POOLS.incrementAndGet());
      config.setJdbcUrl(jdbcUrl);
      config.setUsername(user);
      config.setPassword(password);
      config.setMaximumPoolSize(maximumPoolSize);
      config.setConnectionTimeout(connectionTimeout.toMillis());
      // Checking an idle connection must not take longer than the caller agreed to wait.
      config.setValidationTimeout(
          Math.min(VALIDATION_TIMEOUT.toMillis(), connectionTimeout.toMillis()));
      config.setLeakDetectionThreshold(leakDetectionThreshold.toMillis());
      if (!statementTimeout.isZero()) {
        config.setConnectionInitSql(Timeouts.connectionInitSql(jdbcUrl, statementTimeout));
      }
      config.setExceptionOverride(new LostConnections());
      HikariDataSource pool;
      try {
        pool = new HikariDataSource(config);
      } catch (RuntimeException e) {
        throw new PrecastException("cannot connect to " + description + ": "
            + Errors.rootMessage(e), e);
      }
      try {
        return new Database(pool, pool, description,
            Telemetry.create(List.copyOf(listeners), slowStatementThreshold.toNanos()), clock);
      } catch (RuntimeException e) {
        pool.close();
        throw e;
      }
    }
  }
}
