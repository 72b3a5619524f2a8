package dev.precast;

import java.sql.SQLException;

/** Java functions for H2's {@code CREATE ALIAS}, which needs them public. */
public final class H2Functions {
  private H2Functions() {}

  /** {@code SELECT conflict()}: a statement that fails as a serialization failure would. */
  public static int conflict() throws SQLException {
    throw new SQLException("simulated serialization failure", "40001");
  }
}
