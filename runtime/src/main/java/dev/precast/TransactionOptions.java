package dev.precast;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Database#useTransaction(TransactionOptions, TransactionConsumer)} and {@link
 * Database#inTransaction(TransactionOptions, TransactionCallback)} run a transaction: its
 * isolation level, whether it is read-only, and whether a transaction the database rolled back
 * for a conflict with a concurrent one ({@link SerializationFailureException}) runs again.
 * Immutable: every method returns a new instance.
 *
 * <pre>{@code
 * var options = TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE).retry(5);
 * db.useTransaction(options, tx -> accounts.transfer(from, to, amount));
 * }</pre>
 *
 * <p>The isolation level and read-only mode are set on the connection for the transaction and
 * restored afterwards. Only the outermost transaction retries, and only conflicts (SQLState
 * 40001, and PostgreSQL's deadlock 40P01; never a lock or statement timeout): it rolls back,
 * waits a jittered, exponentially growing delay and runs the whole body again, so the body must
 * not have effects outside the database that cannot be repeated. A commit that fails for any
 * other reason is never retried, since it may have committed.
 */
public final class TransactionOptions {
  private static final TransactionOptions DEFAULTS = new TransactionOptions(
      Isolation.DEFAULT, false, 0, Duration.ofMillis(10), Duration.ofSeconds(1));

  private final Isolation isolation;
  private final boolean readOnly;
  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private TransactionOptions(Isolation isolation, boolean readOnly, int maxRetries,
      Duration initialBackoff, Duration maxBackoff) {
    this.isolation = isolation;
    this.readOnly = readOnly;
    this.maxRetries = maxRetries;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  /**
   * The connection's own isolation level, read-write, no retry; a retry waits 10 ms at first,
   * then twice as long each time, up to 1 s.
   */
  public static TransactionOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with another isolation level. A nested transaction runs in the outer one's
   * level, so it may only ask for that level or a weaker one.
   */
  public TransactionOptions isolation(Isolation isolation) {
    Objects.requireNonNull(isolation, "isolation (use Isolation.DEFAULT for the connection's)");
    return new TransactionOptions(isolation, readOnly, maxRetries, initialBackoff, maxBackoff);
  }

  /**
   * These options, read-only or not. A read-only transaction tells the database it will not
   * write: PostgreSQL rejects writes in it, H2 takes it as a hint only. A nested transaction
   * runs in the outer one's mode.
   */
  public TransactionOptions readOnly(boolean readOnly) {
    return new TransactionOptions(isolation, readOnly, maxRetries, initialBackoff, maxBackoff);
  }

  /**
   * These options, running the transaction again up to {@code maxRetries} times (so at most
   * {@code maxRetries + 1} attempts) while the database rolls it back for a conflict with a
   * concurrent one. {@code retry(0)}, the default, never retries. A nested transaction never
   * retries by itself: the outermost one does.
   *
   * @throws IllegalArgumentException when {@code maxRetries} is negative
   */
  public TransactionOptions retry(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
    }
    return new TransactionOptions(isolation, readOnly, maxRetries, initialBackoff, maxBackoff);
  }

  /**
   * These options, waiting {@code initial} before the first retry, twice as long before each
   * next one but never more than {@code max}; each wait is a random part, at least half, of
   * that delay, so that conflicting transactions do not retry in step.
   *
   * @throws IllegalArgumentException when a delay is negative or {@code max} is below
   *     {@code initial}
   */
  public TransactionOptions backoff(Duration initial, Duration max) {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff needs 0 <= initial <= max, got initial "
          + initial + " and max " + max);
    }
    return new TransactionOptions(isolation, readOnly, maxRetries, initial, max);
  }

  /** The isolation level; {@link Isolation#DEFAULT} leaves the connection's. */
  public Isolation isolation() {
    return isolation;
  }

  /** Whether the transaction is read-only. */
  public boolean readOnly() {
    return readOnly;
  }

  /** How many times a conflicting transaction runs again; 0 when it does not. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The wait before the first retry. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest wait before a retry. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** Equal when every option is. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TransactionOptions o && isolation == o.isolation
        && readOnly == o.readOnly && maxRetries == o.maxRetries
        && initialBackoff.equals(o.initialBackoff) && maxBackoff.equals(o.maxBackoff);
  }

  /** Consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Objects.hash(isolation, readOnly, maxRetries, initialBackoff, maxBackoff);
  }

  /** Every option, e.g. {@code TransactionOptions[SERIALIZABLE, read-write, retry 5, ...]}. */
  @Override
  public String toString() {
    return "TransactionOptions[" + isolation + ", " + (readOnly ? "read-only" : "read-write")
        + ", retry " + maxRetries + ", backoff " + initialBackoff + " to " + maxBackoff + "]";
  }
}
