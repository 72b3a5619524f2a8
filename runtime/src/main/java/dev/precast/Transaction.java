package dev.precast;

/**
 * The transaction a {@link Database#useTransaction} or {@link Database#inTransaction} body runs
 * in. Every repository call the body makes on its thread shares this transaction's connection.
 */
public interface Transaction {
  /**
   * Marks the transaction (or, when nested, its savepoint) to be rolled back instead of
   * committed when the body returns normally.
   */
  void setRollbackOnly();

  /** Whether {@link #setRollbackOnly()} was called. */
  boolean isRollbackOnly();
}
