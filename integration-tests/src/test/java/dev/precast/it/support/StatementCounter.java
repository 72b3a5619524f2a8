package dev.precast.it.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Counts what reaches the JDBC driver through a {@link DataSource}: statements prepared,
 * rows added to batches, batches and single statements executed, and records the text of
 * every statement (prepared, or run as a plain {@link Statement}). Test code only, so it may
 * use {@link Proxy}; the runtime and generated code may not.
 */
public final class StatementCounter {
  private final AtomicInteger prepared = new AtomicInteger();
  private final AtomicInteger batchRows = new AtomicInteger();
  private final AtomicInteger batches = new AtomicInteger();
  private final AtomicInteger singleExecutions = new AtomicInteger();
  private final List<String> sql = new CopyOnWriteArrayList<>();

  /** {@code dataSource}, counting every prepared statement of its connections. */
  public DataSource wrap(DataSource dataSource) {
    return proxy(DataSource.class, dataSource, (method, arguments, result) ->
        method.getName().equals("getConnection") ? connection((Connection) result) : result);
  }

  /** Statements prepared. */
  public int prepared() {
    return prepared.get();
  }

  /** Calls of {@code addBatch}. */
  public int batchRows() {
    return batchRows.get();
  }

  /** Calls of {@code executeBatch}. */
  public int batches() {
    return batches.get();
  }

  /** Calls of {@code execute}, {@code executeUpdate} and {@code executeQuery}. */
  public int singleExecutions() {
    return singleExecutions.get();
  }

  /**
   * The text of every statement sent, in order: each {@code prepareStatement} and
   * {@code prepareCall}, and each SQL string given to a plain statement.
   */
  public List<String> sql() {
    return List.copyOf(sql);
  }

  /** Starts counting from zero, and forgets the statement texts. */
  public void reset() {
    prepared.set(0);
    batchRows.set(0);
    batches.set(0);
    singleExecutions.set(0);
    sql.clear();
  }

  private Connection connection(Connection connection) {
    return proxy(Connection.class, connection, (method, arguments, result) -> {
      switch (method.getName()) {
        case "prepareStatement" -> {
          prepared.incrementAndGet();
          sql.add((String) arguments[0]);
          return statement((PreparedStatement) result);
        }
        case "prepareCall" -> sql.add((String) arguments[0]);
        case "createStatement" -> {
          return plainStatement((Statement) result);
        }
        default -> { }
      }
      return result;
    });
  }

  private Statement plainStatement(Statement statement) {
    return proxy(Statement.class, statement, (method, arguments, result) -> {
      if (arguments != null && arguments.length > 0 && arguments[0] instanceof String text) {
        sql.add(text);
      }
      return result;
    });
  }

  private PreparedStatement statement(PreparedStatement statement) {
    return proxy(PreparedStatement.class, statement, (method, arguments, result) -> {
      switch (method.getName()) {
        case "addBatch" -> batchRows.incrementAndGet();
        case "executeBatch", "executeLargeBatch" -> batches.incrementAndGet();
        case "execute", "executeUpdate", "executeQuery", "executeLargeUpdate" ->
            singleExecutions.incrementAndGet();
        default -> { }
      }
      return result;
    });
  }

  private interface AfterCall {
    Object apply(Method method, Object[] arguments, Object result);
  }

  private static <T> T proxy(Class<T> type, T target, AfterCall after) {
    InvocationHandler handler = (proxy, method, arguments) -> {
      Object result;
      try {
        result = method.invoke(target, arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return after.apply(method, arguments, result);
    };
    return type.cast(Proxy.newProxyInstance(
        StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
