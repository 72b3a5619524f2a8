package dev.precast;

/**
 * An UPDATE or DELETE of a versioned row found it at another version, or gone: someone else
 * changed or deleted it since it was read. Nothing was written; read the row again and
 * decide.
 *
 * <pre>{@code
 * try { documents.update(doc); }
 * catch (OptimisticLockException e) { return reloadAndMerge(e.id()); }
 * }</pre>
 *
 * <p>The message reads like {@code users row with id 5 was changed or deleted by someone else
 * (expected version 3)}.
 */
public class OptimisticLockException extends PrecastException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final transient Object id;
  private final long expectedVersion;

  /** A version mismatch of the row with key {@code id} in {@code table}. */
  public OptimisticLockException(String message, String table, Object id, long expectedVersion) {
    super(message);
    this.table = table;
    this.id = id;
    this.expectedVersion = expectedVersion;
  }

  /** The SQL name of the table, e.g. {@code users}. */
  public String table() {
    return table;
  }

  /** The key of the row; null after the exception was serialized. */
  public Object id() {
    return id;
  }

  /** The version the application had read, which the row no longer has. */
  public long expectedVersion() {
    return expectedVersion;
  }
}
