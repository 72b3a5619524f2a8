package dev.precast;

/**
 * The body of {@link Database#useTransaction}: work that returns nothing.
 *
 * @param <X> the checked exception the body may throw, rethrown unchanged after rollback
 */
@FunctionalInterface
public interface TransactionConsumer<X extends Exception> {
  /** Runs inside the transaction. */
  void accept(Transaction transaction) throws X;
}
