package dev.precast;

/**
 * An update or delete of a {@code @Version}ed entity found its row changed (or deleted) by
 * someone else since the entity was read; nothing was changed.
 */
public class OptimisticLockException extends PrecastException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final transient Object id;
  private final long expectedVersion;

  /** A stale entity of {@code table} with key {@code id}, read at {@code expectedVersion}. */
  public OptimisticLockException(String table, Object id, long expectedVersion) {
    super(table + " row with id " + id + " was changed or deleted by someone else (expected"
        + " version " + expectedVersion + "); read it again and retry");
    this.table = table;
    this.id = id;
    this.expectedVersion = expectedVersion;
  }

  /** The SQL name of the table. */
  public String table() {
    return table;
  }

  /** The key of the row. */
  public Object id() {
    return id;
  }

  /** The version the entity had, which the row no longer has. */
  public long expectedVersion() {
    return expectedVersion;
  }
}
