package dev.precast.internal;

import dev.precast.PrecastException;
import java.sql.Connection;

/**
 * A connection held for work that outlives one call, such as a stream the caller reads at its
 * own pace: the current transaction's connection, or one from the pool that {@link #release()}
 * gives back.
 */
public interface ConnectionLease {
  /** The connection to run the work on. */
  Connection connection();

  /** Records that the work failed on the database: inside a transaction, that dooms it. */
  void failed(PrecastException failure);

  /** Ends the work; idempotent. A pooled connection goes back to the pool. */
  void release();
}
