package dev.precast;

import java.time.Duration;

/**
 * A connection taken from the pool (or the {@link javax.sql.DataSource}), for {@link
 * DatabaseListener#onConnectionAcquired}.
 *
 * @param nanos how long the caller waited for it, in nanoseconds: a free pooled connection
 *     takes microseconds, a busy pool up to its connection timeout
 * @param failure why there was none, e.g. a {@link PoolExhaustedException} or a {@link
 *     ConnectionLostException}; null when a connection was acquired
 */
public record ConnectionEvent(long nanos, Throwable failure) {
  /** {@link #nanos()} as a {@link Duration}. */
  public Duration duration() {
    return Duration.ofNanos(nanos);
  }

  /** Whether a connection was acquired. */
  public boolean succeeded() {
    return failure == null;
  }
}
