package dev.precast.it.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Counts what reaches the JDBC driver through a {@link DataSource}: statements prepared,
 * rows added to batches, batches and single statements executed. Test code only, so it may
 * use {@link Proxy}; the runtime and generated code may not.
 */
public final class StatementCounter {
  private final AtomicInteger prepared = new AtomicInteger();
  private final AtomicInteger batchRows = new AtomicInteger();
  private final AtomicInteger batches = new AtomicInteger();
  private final AtomicInteger singleExecutions = new AtomicInteger();

  /** {@code dataSource}, counting every prepared statement of its connections. */
  public DataSource wrap(DataSource dataSource) {
    return proxy(DataSource.class, dataSource, (method, result) ->
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

  /** Starts counting from zero. */
  public void reset() {
    prepared.set(0);
    batchRows.set(0);
    batches.set(0);
    singleExecutions.set(0);
  }

  private Connection connection(Connection connection) {
    return proxy(Connection.class, connection, (method, result) -> {
      if (method.getName().equals("prepareStatement")) {
        prepared.incrementAndGet();
        return statement((PreparedStatement) result);
      }
      return result;
    });
  }

  private PreparedStatement statement(PreparedStatement statement) {
    return proxy(PreparedStatement.class, statement, (method, result) -> {
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
    Object apply(Method method, Object result);
  }

  private static <T> T proxy(Class<T> type, T target, AfterCall after) {
    InvocationHandler handler = (proxy, method, arguments) -> {
      Object result;
      try {
        result = method.invoke(target, arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return after.apply(method, result);
    };
    return type.cast(Proxy.newProxyInstance(
        StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
