package dev.precast.internal;

import dev.precast.Dialect;
import dev.precast.PrecastException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Statement and lock timeouts, set in the database session so that the server itself stops a
 * statement that runs too long, whatever becomes of the client. The only place where the
 * dialects' timeout settings differ: PostgreSQL's {@code statement_timeout} and {@code
 * lock_timeout}, H2's {@code QUERY_TIMEOUT} and {@code LOCK_TIMEOUT}, all in milliseconds.
 */
public final class Timeouts {
  private Timeouts() {}

  /**
   * The SQL that sets the statement timeout of every connection a pool at {@code jdbcUrl}
   * opens, before any connection has told the dialect.
   *
   * @throws PrecastException when the URL is of neither H2 nor PostgreSQL
   */
  public static String connectionInitSql(String jdbcUrl, Duration statementTimeout) {
    long millis = statementTimeout.toMillis();
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return "SET statement_timeout = " + millis;
    }
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return "SET QUERY_TIMEOUT " + millis;
    }
    throw new PrecastException("statementTimeout is supported on H2 (jdbc:h2:) and PostgreSQL"
        + " (jdbc:postgresql:) URLs; configure the driver of " + ConnectionUrls.redact(jdbcUrl)
        + " instead");
  }

  /**
   * Sets the timeouts of the transaction just begun on {@code connection}; either may be null
   * to keep the session's. PostgreSQL restores them when the transaction ends ({@code SET
   * LOCAL}); for H2 the statements that restore them are returned, to run after it ends.
   */
  public static List<String> setForTransaction(Connection connection, Dialect dialect,
      Duration statementTimeout, Duration lockTimeout) throws SQLException {
    List<String> set = new ArrayList<>(2);
    List<String> restore = new ArrayList<>(2);
    try (Statement statement = connection.createStatement()) {
      if (dialect == Dialect.POSTGRESQL) {
        if (statementTimeout != null) {
          set.add("SET LOCAL statement_timeout = " + statementTimeout.toMillis());
        }
        if (lockTimeout != null) {
          set.add("SET LOCAL lock_timeout = " + lockTimeout.toMillis());
        }
      } else {
        try (ResultSet current = statement.executeQuery("SELECT LOCK_TIMEOUT(), (SELECT"
            + " SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
            + " WHERE SETTING_NAME = 'QUERY_TIMEOUT')")) {
          current.next();
          if (statementTimeout != null) {
            set.add("SET QUERY_TIMEOUT " + statementTimeout.toMillis());
            restore.add("SET QUERY_TIMEOUT " + Long.parseLong(current.getString(2).strip()));
          }
          if (lockTimeout != null) {
            set.add("SET LOCK_TIMEOUT " + lockTimeout.toMillis());
            restore.add("SET LOCK_TIMEOUT " + current.getLong(1));
          }
        }
      }
      for (String sql : set) {
        Jdbc.logStatement(sql);
        statement.execute(sql);
      }
    }
    return restore;
  }

  /** Runs the statements {@link #setForTransaction} returned. */
  public static void restore(Connection connection, List<String> restore) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : restore) {
        Jdbc.logStatement(sql);
        statement.execute(sql);
      }
    }
  }
}
