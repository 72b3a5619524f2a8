package dev.precast;

/**
 * A statement waited longer than the lock timeout for a row or table lock that another
 * transaction holds, and was cancelled: PostgreSQL's 55P03 (a {@link
 * TransactionOptions#lockTimeout(java.time.Duration) lock timeout}, or {@code NOWAIT}) or H2's
 * HYT00 (its {@code LOCK_TIMEOUT} setting, or the lock timeout of the transaction). The
 * transaction is rolled back; nothing of it was committed.
 *
 * <pre>{@code
 * db.useTransaction(TransactionOptions.defaults().lockTimeout(Duration.ofSeconds(2)),
 *     tx -> stock.reserve(item, 1));
 * }</pre>
 *
 * <p>What to do: the other transaction will usually finish, so running the whole transaction
 * again a little later is safe and will often succeed (if the body's effects outside the
 * database can be repeated); {@link TransactionOptions#retry(int)} does not do so by itself.
 * If it keeps happening, a transaction holds its locks too long. A {@link
 * QueryTimeoutException}, so code that treats every timeout alike catches it too.
 */
public class LockTimeoutException extends QueryTimeoutException {
  private static final long serialVersionUID = 1L;

  /** A lock wait that timed out, with the failure that reported it. */
  public LockTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
