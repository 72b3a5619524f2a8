package dev.precast.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * What PostgreSQL's driver knows about a connection. Loaded only for PostgreSQL connections,
 * so the driver is needed only where it is used.
 */
public final class PostgresConnections {
  private PostgresConnections() {}

  /**
   * Whether a statement failed in the connection's open transaction, which PostgreSQL then
   * aborted: its COMMIT would silently roll back. False when the connection does not unwrap to
   * the driver's own.
   */
  public static boolean inFailedTransaction(Connection connection) {
    try {
      return connection.isWrapperFor(BaseConnection.class)
          && connection.unwrap(BaseConnection.class).getTransactionState()
              == TransactionState.FAILED;
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Whether the driver rewrites a batch of INSERTs into multi-row statements
   * ({@code reWriteBatchedInserts=true}), so that its "Batch entry N" counts statements, not
   * rows. False when the connection does not unwrap to the driver's own.
   */
  public static boolean rewritesBatchedInserts(Connection connection) {
    try {
      return connection.isWrapperFor(BaseConnection.class)
          && connection.unwrap(BaseConnection.class).getQueryExecutor()
              .isReWriteBatchedInsertsEnabled();
    } catch (SQLException e) {
      return false;
    }
  }
}
