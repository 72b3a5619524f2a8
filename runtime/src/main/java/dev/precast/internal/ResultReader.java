package dev.precast.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a whole result set.
 *
 * @param <T> what it produces
 */
@FunctionalInterface
public interface ResultReader<T> {
  /** Reads from the result set, which is positioned before its first row. */
  T read(ResultSet resultSet) throws SQLException;
}
