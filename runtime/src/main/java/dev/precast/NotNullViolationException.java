package dev.precast;

import java.sql.SQLException;

/** A NOT NULL column was given no value. */
public class NotNullViolationException extends IntegrityViolationException {
  private static final long serialVersionUID = 1L;

  /** See {@link IntegrityViolationException#IntegrityViolationException}. */
  public NotNullViolationException(String message, SQLException cause, String constraintName,
      String table, String column, String property) {
    super(message, cause, constraintName, table, column, property);
  }
}
