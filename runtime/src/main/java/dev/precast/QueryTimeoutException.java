package dev.precast;

/**
 * The database cancelled a statement that ran past its timeout: the statement timeout of the
 * {@link Database.Builder#statementTimeout(java.time.Duration) database} or of the {@link
 * TransactionOptions#statementTimeout(java.time.Duration) transaction}, or a cancel from
 * elsewhere (SQLState 57014). The database stopped the statement; what it had done is undone,
 * and inside a transaction the transaction is rolled back. {@link LockTimeoutException}, a
 * subclass, says the statement waited too long for a lock.
 *
 * <pre>{@code
 * try { return reports.monthly(month); }
 * catch (QueryTimeoutException e) { return tooSlow(); }
 * }</pre>
 *
 * <p>What to do: report it. Running the same statement again will most likely time out again;
 * make it cheaper (an index, a narrower query) or give it a longer timeout. {@link
 * TransactionOptions#retry(int)} does not retry it.
 */
public class QueryTimeoutException extends PrecastException {
  private static final long serialVersionUID = 1L;

  /** A cancelled statement, with the failure that reported it. */
  public QueryTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
