package dev.precast;

/**
 * A query that must match exactly one row, {@link Query#one()}, matched none or several.
 * Nothing was changed; the message names the table and the statement.
 *
 * <pre>{@code
 * try {
 *   return users.query().where(User_.EMAIL.ignoreCase().eq(email)).one();
 * } catch (IncorrectResultSizeException e) {
 *   throw e.actualSize() == 0 ? new NoSuchUserException(email) : e;
 * }
 * }</pre>
 */
public class IncorrectResultSizeException extends PrecastException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final long actualSize;

  /** {@code actualSize} rows of {@code table} matched where exactly one should have. */
  public IncorrectResultSizeException(String message, String table, long actualSize) {
    super(message);
    this.table = table;
    this.actualSize = actualSize;
  }

  /** The table queried, as declared, e.g. {@code users}. */
  public String table() {
    return table;
  }

  /**
   * How many rows matched: 0, or at least 2. When more than one matched, this is their count
   * as a second statement found it (a concurrent change may have moved it), or 2 for a query
   * with a limit or offset, which is not counted: then it means "at least 2".
   */
  public long actualSize() {
    return actualSize;
  }
}
