package dev.precast.it.support;

import java.sql.SQLException;

/** Java functions for H2's {@code CREATE ALIAS}, which needs them public. */
public final class H2Functions {
  private H2Functions() {}

  /** {@code SELECT precast_conflict()}: fails as a serialization failure would. */
  public static int conflict() throws SQLException {
    throw new SQLException("simulated serialization failure", "40001");
  }
}
