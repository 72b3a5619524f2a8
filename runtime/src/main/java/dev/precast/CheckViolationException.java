package dev.precast;

import java.sql.SQLException;

/** A CHECK constraint rejected a value. */
public class CheckViolationException extends IntegrityViolationException {
  private static final long serialVersionUID = 1L;

  /** See {@link IntegrityViolationException#IntegrityViolationException}. */
  public CheckViolationException(String message, SQLException cause, String constraintName,
      String table, String column, String property) {
    super(message, cause, constraintName, table, column, property);
  }
}
