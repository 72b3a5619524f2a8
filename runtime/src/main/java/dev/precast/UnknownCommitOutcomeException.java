package dev.precast;

/**
 * The connection broke while the database was committing: the change may or may not have
 * been committed, and nobody on this side can tell which. It is never reported as a success,
 * and never as a rollback. The pool discards the broken connection.
 *
 * <pre>{@code
 * try { db.useTransaction(tx -> payments.insert(payment)); }
 * catch (UnknownCommitOutcomeException e) {
 *   if (payments.findByReference(payment.reference()).isEmpty()) { retryLater(payment); }
 * }
 * }</pre>
 *
 * <p>What to do: find out before running it again. Read back what the transaction wrote (a
 * unique business key makes that easy, and makes a second attempt fail safely with a {@link
 * UniqueViolationException} instead of storing it twice), or report the outcome as unknown.
 * {@link TransactionOptions#retry(int)} never retries it. Thrown for a COMMIT whose connection
 * was lost, and for a repository write outside a transaction whose connection was lost while
 * it ran, since such a statement commits by itself.
 */
public class UnknownCommitOutcomeException extends PrecastException {
  private static final long serialVersionUID = 1L;

  /** A commit of unknown outcome, with the failure that reported it. */
  public UnknownCommitOutcomeException(String message, Throwable cause) {
    super(message, cause);
  }
}
