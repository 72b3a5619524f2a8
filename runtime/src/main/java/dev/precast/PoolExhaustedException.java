package dev.precast;

import java.time.Duration;

/**
 * No connection became free within the pool's connection timeout: every connection of the
 * pool was in use the whole time. Nothing was sent to the database.
 *
 * <pre>{@code
 * Database db = Database.builder(url).maximumPoolSize(20)
 *     .connectionTimeout(Duration.ofSeconds(2)).build();
 * }</pre>
 *
 * <p>What to do: report it (an HTTP 503, say) or try again later; nothing was done. If it
 * happens under ordinary load, the pool is too small for the work, or connections are held too
 * long: by long transactions, or by code that takes a connection and never gives it back,
 * which {@link Database.Builder#leakDetectionThreshold(Duration)} finds. The message names
 * the pool, its size and the wait, e.g. {@code no connection free within 250 ms: all 4
 * connections of pool precast-1 (jdbc:h2:mem:app) are in use}.
 */
public class PoolExhaustedException extends PrecastException {
  private static final long serialVersionUID = 1L;

  private final int poolSize;
  private final Duration waited;

  /** The pool of {@code poolSize} connections had none free for {@code waited}. */
  public PoolExhaustedException(String message, Throwable cause, int poolSize, Duration waited) {
    super(message, cause);
    this.poolSize = poolSize;
    this.waited = waited;
  }

  /** The most connections the pool holds. */
  public int poolSize() {
    return poolSize;
  }

  /** How long the caller waited for a connection: the pool's connection timeout. */
  public Duration waited() {
    return waited;
  }
}
