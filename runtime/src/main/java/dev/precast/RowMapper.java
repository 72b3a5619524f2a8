package dev.precast;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns the current row of a result set into an object. Every entity's generated metamodel
 * has one, reading columns by index: {@code User_.TABLE.mapper()}.
 *
 * @param <T> what a row becomes
 */
@FunctionalInterface
public interface RowMapper<T> {
  /** Maps the row the result set is on; does not move the cursor. */
  T map(ResultSet row) throws SQLException;
}
