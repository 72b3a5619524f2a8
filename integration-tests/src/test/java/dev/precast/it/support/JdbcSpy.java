package dev.precast.it.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Watches what Precast does with the JDBC objects of a {@link DataSource}: how many
 * connections, statements and result sets it holds open right now, and, on demand, makes a
 * call fail <em>after</em> the driver carried it out, as when the answer of a COMMIT or an
 * INSERT is lost with the connection. Test code only, so it may use {@link Proxy}; the runtime
 * and generated code may not.
 */
public final class JdbcSpy {
  private final AtomicInteger openConnections = new AtomicInteger();
  private final AtomicInteger openStatements = new AtomicInteger();
  private final AtomicInteger openResultSets = new AtomicInteger();
  /** Per method name ({@code commit}, {@code executeUpdate}, ...), the failures to come. */
  private final Map<String, Queue<SQLException>> failures = new ConcurrentHashMap<>();

  /** {@code dataSource}, watched. */
  public DataSource wrap(DataSource dataSource) {
    return proxy(DataSource.class, dataSource, null, (method, result) ->
        method.getName().equals("getConnection") ? connection((Connection) result) : result);
  }

  /**
   * The next call of {@code method} on a connection or statement runs, then throws {@code
   * failure} instead of returning.
   */
  public void failAfterNext(String method, SQLException failure) {
    failures.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(failure);
  }

  /** Connections taken and not closed. */
  public int openConnections() {
    return openConnections.get();
  }

  /** Statements created and not closed. */
  public int openStatements() {
    return openStatements.get();
  }

  /** Result sets returned and not closed. */
  public int openResultSets() {
    return openResultSets.get();
  }

  private Connection connection(Connection connection) {
    openConnections.incrementAndGet();
    return proxy(Connection.class, connection, openConnections, (method, result) -> {
      switch (method.getName()) {
        case "createStatement":
          return statement(Statement.class, (Statement) result);
        case "prepareStatement":
          return statement(PreparedStatement.class, (PreparedStatement) result);
        case "prepareCall":
          return statement(CallableStatement.class, (CallableStatement) result);
        default:
          return result;
      }
    });
  }

  private <S extends Statement> S statement(Class<S> type, S statement) {
    openStatements.incrementAndGet();
    return proxy(type, statement, openStatements, (method, result) ->
        result instanceof ResultSet resultSet ? resultSet(resultSet) : result);
  }

  private ResultSet resultSet(ResultSet resultSet) {
    openResultSets.incrementAndGet();
    return proxy(ResultSet.class, resultSet, openResultSets, (method, result) -> result);
  }

  private interface AfterCall {
    Object apply(Method method, Object result) throws SQLException;
  }

  /**
   * A proxy of {@code target} that passes each call on, then lets {@code after} see its
   * result; its first {@code close()} decrements {@code open}, when not null.
   */
  private <T> T proxy(Class<T> type, T target, AtomicInteger open, AfterCall after) {
    boolean[] closed = new boolean[1];
    InvocationHandler handler = (proxy, method, arguments) -> {
      if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
        return method.invoke(target, arguments);
      }
      Object result;
      try {
        result = method.invoke(target, arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (open != null && method.getName().equals("close")) {
        synchronized (closed) {
          if (!closed[0]) {
            closed[0] = true;
            open.decrementAndGet();
          }
        }
      }
      Queue<SQLException> pending = failures.get(method.getName());
      SQLException failure = pending == null ? null : pending.poll();
      if (failure != null) {
        throw failure;
      }
      return after.apply(method, result);
    };
    return type.cast(Proxy.newProxyInstance(
        JdbcSpy.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
