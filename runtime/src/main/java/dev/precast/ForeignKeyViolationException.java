package dev.precast;

import java.sql.SQLException;

/** A foreign-key constraint rejected a row that references a missing one, or a delete of a row still referenced. */
public class ForeignKeyViolationException extends IntegrityViolationException {
  private static final long serialVersionUID = 1L;

  /** See {@link IntegrityViolationException#IntegrityViolationException}. */
  public ForeignKeyViolationException(String message, SQLException cause, String constraintName,
      String table, String column, String property) {
    super(message, cause, constraintName, table, column, property);
  }
}
