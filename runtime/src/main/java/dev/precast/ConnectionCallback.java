package dev.precast;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work on a raw JDBC connection, for {@link Database#withConnection}.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface ConnectionCallback<T> {
  /** Uses the connection; must not close it. */
  T apply(Connection connection) throws SQLException;
}
