package dev.precast;

import java.sql.Connection;

/**
 * The isolation level of a transaction, from {@link TransactionOptions#isolation(Isolation)}.
 *
 * <pre>{@code
 * db.useTransaction(TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE).retry(5),
 *     tx -> bookings.reserve(room, night));
 * }</pre>
 *
 * <p>The stronger levels make the database roll back a transaction that conflicts with a
 * concurrent one ({@link SerializationFailureException}); retry such transactions.
 */
public enum Isolation {
  /** The level the connection already has: the pool's, else the database's default. */
  DEFAULT(-1),
  /** Each statement sees what was committed before it began; H2's and PostgreSQL's default. */
  READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
  /** Each statement sees what was committed before the transaction's first statement. */
  REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
  /** As if transactions ran one after another; the database rolls back those it cannot order. */
  SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

  private final int jdbcLevel;

  Isolation(int jdbcLevel) {
    this.jdbcLevel = jdbcLevel;
  }

  /**
   * The {@link Connection} constant, e.g. {@link Connection#TRANSACTION_SERIALIZABLE}; -1 for
   * DEFAULT. The constants grow with the level's strength.
   */
  int jdbcLevel() {
    return jdbcLevel;
  }
}
