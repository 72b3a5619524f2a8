package dev.precast.internal;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads the fields PostgreSQL sends with every error (constraint, table, column), which do not
 * depend on the server's message language. Loaded only for PostgreSQL connections, so the
 * driver is needed only where it is used.
 */
final class PostgresErrorDetails {
  private PostgresErrorDetails() {}

  static ErrorDetails of(SQLException e) {
    if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
      ServerErrorMessage server = psql.getServerErrorMessage();
      return new ErrorDetails(
          server.getConstraint(), false, server.getTable(), server.getColumn());
    }
    return new ErrorDetails(null, false, null, null);
  }
}
