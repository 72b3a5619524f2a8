package dev.precast;

import java.sql.SQLException;

/**
 * The database rejected a statement because it broke a constraint. The subclasses say which
 * kind; {@link #constraintName()} is the name as Precast generated it (for example
 * {@code uq_users_email}), whatever spelling the database reported. This class itself is
 * thrown for the rules of a column's type, a value too long for it or a number out of its
 * range, and for other integrity errors.
 *
 * <pre>{@code
 * try { users.insert(user); }
 * catch (UniqueViolationException e) { return conflict(e.property()); }  // "email"
 * }</pre>
 *
 * <p>The message names the table, the column and the constraint, e.g. {@code duplicate value
 * for users.email (constraint uq_users_email)}, and never a value: the database's own message,
 * which may quote personal data, is only in the cause.
 */
public class IntegrityViolationException extends PrecastException {
  private static final long serialVersionUID = 1L;

  private final String constraintName;
  private final String table;
  private final String column;
  private final String property;

  /**
   * An integrity error on {@code table}; constraint, column and property may be null where
   * unknown.
   */
  public IntegrityViolationException(String message, SQLException cause, String constraintName,
      String table, String column, String property) {
    super(message, cause);
    this.constraintName = constraintName;
    this.table = table;
    this.column = column;
    this.property = property;
  }

  /** The constraint's generated name, e.g. {@code uq_users_email}; null where none applies. */
  public String constraintName() {
    return constraintName;
  }

  /**
   * The SQL name of the table that holds the constraint, e.g. {@code users}; for a foreign key,
   * the referencing table, even when the statement deleted a referenced row. Null where unknown.
   */
  public String table() {
    return table;
  }

  /**
   * The SQL name of the column at fault, e.g. {@code email}; null for a multi-column rule or
   * where the database does not say (PostgreSQL names no column for a value too long).
   */
  public String column() {
    return column;
  }

  /** The entity's Java field mapped to {@link #column()}, e.g. {@code email}; null where unknown. */
  public String property() {
    return property;
  }
}
