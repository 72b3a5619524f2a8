package dev.precast;

import java.sql.SQLException;

/** A unique or primary-key constraint rejected a duplicate value. */
public class UniqueViolationException extends IntegrityViolationException {
  private static final long serialVersionUID = 1L;

  /** See {@link IntegrityViolationException#IntegrityViolationException}. */
  public UniqueViolationException(String message, SQLException cause, String constraintName,
      String table, String column, String property) {
    super(message, cause, constraintName, table, column, property);
  }
}
