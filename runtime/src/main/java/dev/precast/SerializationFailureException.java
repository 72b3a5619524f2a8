package dev.precast;

/**
 * The database rolled back a transaction because it conflicted with a concurrent one: a
 * serialization failure (SQLState 40001, which H2 also reports for its deadlocks and
 * concurrent updates of a row) or a deadlock (PostgreSQL's 40P01). Nothing of the transaction
 * was committed; running it again may well succeed, which {@link TransactionOptions#retry(int)}
 * does for you.
 *
 * <pre>{@code
 * db.useTransaction(TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE).retry(5),
 *     tx -> accounts.transfer(from, to, amount));
 * }</pre>
 *
 * <p>Where the failing statement is known the cause is its {@link java.sql.SQLException};
 * when retries gave up, the cause is the last attempt's failure.
 */
public class SerializationFailureException extends PrecastException {
  private static final long serialVersionUID = 1L;

  /** A conflict, with the failure that reported it. */
  public SerializationFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
