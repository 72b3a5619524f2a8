package dev.precast.internal;

import java.sql.SQLException;

/** Binds every parameter of one statement. */
@FunctionalInterface
public interface StatementBinder {
  /** A binder for a statement without parameters. */
  StatementBinder NONE = parameters -> {};

  /** Binds the parameters, from index 1. */
  void bind(Parameters parameters) throws SQLException;
}
