package dev.precast;

/**
 * The body of {@link Database#inTransaction}: work that returns a value.
 *
 * @param <T> what the body returns
 * @param <X> the checked exception the body may throw, rethrown unchanged after rollback
 */
@FunctionalInterface
public interface TransactionCallback<T, X extends Exception> {
  /** Runs inside the transaction. */
  T apply(Transaction transaction) throws X;
}
