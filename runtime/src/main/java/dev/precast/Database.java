package dev.precast;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.precast.internal.ConnectionUrls;
import dev.precast.internal.Errors;
import dev.precast.internal.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

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
 * transaction is a savepoint. A {@code Database} is safe to share between threads.
 */
public final class Database implements AutoCloseable {
  /** The pool size {@link #connect} uses unless a builder sets another. */
  public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;

  private final DataSource dataSource;
  private final HikariDataSource ownedPool;
  private final String description;
  private final Dialect dialect;
  private final ThreadLocal<Scope> currentScope = new ThreadLocal<>();

  private Database(DataSource dataSource, HikariDataSource ownedPool, String description) {
    this.dataSource = dataSource;
    this.ownedPool = ownedPool;
    this.description = description;
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
    Objects.requireNonNull(dataSource, "dataSource");
    return new Database(dataSource, null, dataSource.getClass().getName());
  }

  /**
   * A pooled database configured by the environment: {@code DATABASE_URL} is a JDBC URL
   * ({@code jdbc:h2:mem:app}) or {@code postgresql://user:password@host:port/database};
   * {@code DATABASE_POOL_SIZE}, if set, is the maximum pool size.
   *
   * @throws PrecastException naming the variable when it is missing or malformed
   */
  public static Database fromEnv() {
    return fromEnv(System.getenv());
  }

  static Database fromEnv(Map<String, String> environment) {
    return ConnectionUrls.fromEnvironment(environment).builder().build();
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
   */
  public <X extends Exception> void useTransaction(TransactionConsumer<X> body) throws X {
    inTransaction(tx -> {
      body.accept(tx);
      return null;
    });
  }

  /** Like {@link #useTransaction}, returning what {@code body} returns. */
  public <T, X extends Exception> T inTransaction(TransactionCallback<T, X> body) throws X {
    Scope outer = currentScope.get();
    if (outer != null) {
      return inSavepoint(outer, body);
    }
    Connection connection = acquire();
    Scope scope = new Scope(connection);
    try {
      begin(connection);
      currentScope.set(scope);
      T result;
      try {
        result = body.apply(scope);
      } catch (Throwable failure) {
        rollback(connection, failure);
        throw failure;
      }
      if (scope.rollbackOnly) {
        rollback(connection, null);
      } else {
        commit(connection);
      }
      return result;
    } finally {
      currentScope.remove();
      release(connection);
    }
  }

  private <T, X extends Exception> T inSavepoint(Scope outer, TransactionCallback<T, X> body)
      throws X {
    Savepoint savepoint;
    try {
      savepoint = outer.connection.setSavepoint();
    } catch (SQLException e) {
      throw Errors.translate(dialect, null, "SAVEPOINT", e);
    }
    Scope nested = new Scope(outer.connection);
    T result;
    try {
      result = body.apply(nested);
    } catch (Throwable failure) {
      rollbackTo(outer.connection, savepoint, failure);
      throw failure;
    }
    if (nested.rollbackOnly) {
      rollbackTo(outer.connection, savepoint, null);
    } else {
      try {
        outer.connection.releaseSavepoint(savepoint);
      } catch (SQLException e) {
        throw Errors.translate(dialect, null, "RELEASE SAVEPOINT", e);
      }
    }
    return result;
  }

  /**
   * Runs {@code work} on a connection: the current transaction's, or one from the pool in
   * auto-commit mode, returned afterwards. An {@link SQLException} becomes a typed {@link
   * PrecastException}. This is where every connection Precast uses is taken.
   */
  public <T> T withConnection(ConnectionCallback<T> work) {
    Scope scope = currentScope.get();
    if (scope != null) {
      return runOn(scope.connection, work);
    }
    Connection connection = acquire();
    try {
      return runOn(connection, work);
    } finally {
      release(connection);
    }
  }

  /** Whether this thread is inside a transaction of this database. */
  public boolean inTransaction() {
    return currentScope.get() != null;
  }

  /** Closes the pool this database made; a {@link DataSource} passed to {@link #of} stays open. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.close();
    }
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

  private Connection acquire() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new PrecastException("cannot get a connection to " + description + ": "
          + Errors.rootMessage(e), e);
    }
  }

  private void release(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new PrecastException("cannot return a connection to " + description, e);
    }
  }

  private void begin(Connection connection) {
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw Errors.translate(dialect, null, "BEGIN", e);
    }
  }

  private void commit(Connection connection) {
    try {
      Jdbc.logStatement("COMMIT");
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      rollback(connection, e);
      throw Errors.translate(dialect, null, "COMMIT", e);
    }
  }

  private void rollback(Connection connection, Throwable failure) {
    try {
      Jdbc.logStatement("ROLLBACK");
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      if (failure == null) {
        throw Errors.translate(dialect, null, "ROLLBACK", e);
      }
      failure.addSuppressed(e);
    }
  }

  private void rollbackTo(Connection connection, Savepoint savepoint, Throwable failure) {
    try {
      Jdbc.logStatement("ROLLBACK TO SAVEPOINT");
      connection.rollback(savepoint);
    } catch (SQLException e) {
      if (failure == null) {
        throw Errors.translate(dialect, null, "ROLLBACK TO SAVEPOINT", e);
      }
      failure.addSuppressed(e);
    }
  }

  private static final class Scope implements Transaction {
    final Connection connection;
    boolean rollbackOnly;

    Scope(Connection connection) {
      this.connection = connection;
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
   * Database db = Database.builder(url).user("app").password(secret).maximumPoolSize(4).build();
   * }</pre>
   */
  public static final class Builder {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final String jdbcUrl;
    private String user;
    private String password;
    private int maximumPoolSize = DEFAULT_MAXIMUM_POOL_SIZE;

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
      HikariDataSource pool;
      try {
        pool = new HikariDataSource(config);
      } catch (RuntimeException e) {
        throw new PrecastException("cannot connect to " + description + ": "
            + Errors.rootMessage(e), e);
      }
      try {
        return new Database(pool, pool, description);
      } catch (RuntimeException e) {
        pool.close();
        throw e;
      }
    }
  }
}
