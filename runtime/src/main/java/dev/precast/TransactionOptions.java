package dev.precast;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Database#useTransaction(TransactionOptions, TransactionConsumer)} and {@link
 * Database#inTransaction(TransactionOptions, TransactionCallback)} run a transaction: its
 * isolation level, whether it is read-only, how long its statements may run and wait for
 * locks, and whether a transaction the database rolled back for a conflict with a concurrent
 * one ({@link SerializationFailureException}) runs again. Immutable: every method returns a new
 * instance.
 *
 * <pre>{@code
 * var options = TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE).retry(5);
 * db.useTransaction(options, tx -> accounts.transfer(from, to, amount));
 * }</pre>
 *
 * <p>The isolation level and read-only mode are set on the connection for the transaction and
 * restored afterwards. Only the outermost transaction retries, and only conflicts (SQLState
 * 40001, and PostgreSQL's deadlock 40P01): it rolls back, waits a jittered, exponentially
 * growing delay and runs the whole body again, so the body must not have effects outside the
 * database that cannot be repeated. Nothing else is retried: not a timeout ({@link
 * QueryTimeoutException}, {@link LockTimeoutException}), not a lost connection ({@link
 * ConnectionLostException}: the database may be down for longer than any backoff, and the
 * caller knows better when to try again), and never a commit whose outcome is unknown ({@link
 * UnknownCommitOutcomeException}), since it may have committed.
 */
public final class TransactionOptions {
  private static final TransactionOptions DEFAULTS = new TransactionOptions(
      Isolation.DEFAULT, false, 0, Duration.ofMillis(10), Duration.ofSeconds(1), null, null);

  private final Isolation isolation;
  private final boolean readOnly;
  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration statementTimeout;
  private final Duration lockTimeout;

  private TransactionOptions(Isolation isolation, boolean readOnly, int maxRetries,
      Duration initialBackoff, Duration maxBackoff, Duration statementTimeout,
      Duration lockTimeout) {
    this.isolation = isolation;
    this.readOnly = readOnly;
    this.maxRetries = maxRetries;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.statementTimeout = statementTimeout;
    this.lockTimeout = lockTimeout;
  }

  /**
   * The connection's own isolation level, read-write, the database's timeouts, no retry; a
   * retry waits 10 ms at first, then twice as long each time, up to 1 s.
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
    return new TransactionOptions(isolation, readOnly, maxRetries, initialBackoff, maxBackoff,
        statementTimeout, lockTimeout);
  }

  /**
   * These options, read-only or not. A read-only transaction tells the database it will not
   * write: PostgreSQL rejects writes in it, H2 takes it as a hint only. A nested transaction
   * runs in the outer one's mode.
   */
  public TransactionOptions readOnly(boolean readOnly) {
    return new TransactionOptions(isolation, readOnly, maxRetries, initialBackoff, maxBackoff,
        statementTimeout, lockTimeout);
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
    return new TransactionOptions(isolation, readOnly, maxRetries, initialBackoff, maxBackoff,
        statementTimeout, lockTimeout);
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
    return new TransactionOptions(isolation, readOnly, maxRetries, initial, max, statementTimeout,
        lockTimeout);
  }

  /**
   * These options, with every statement of the transaction cancelled by the database once it
   * has run for {@code timeout}: it then fails with a {@link QueryTimeoutException} and the
   * transaction is rolled back. Overrides the {@link Database.Builder#statementTimeout database's}
   * for this transaction; {@link Duration#ZERO} means no timeout. Set on the outermost
   * transaction only. Millisecond precision.
   *
   * <pre>{@code
   * db.inTransaction(TransactionOptions.defaults().statementTimeout(Duration.ofSeconds(5)),
   *     tx -> reports.monthly(month));
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code timeout} is negative, or positive but below
   *     1 ms
   */
  public TransactionOptions statementTimeout(Duration timeout) {
    return new TransactionOptions(isolation, readOnly, maxRetries, initialBackoff, maxBackoff,
        checkTimeout("statementTimeout", timeout), lockTimeout);
  }

  /**
   * These options, with a statement of the transaction that waits longer than {@code timeout}
   * for a row or table lock held by another transaction cancelled by the database: it then
   * fails with a {@link LockTimeoutException} and the transaction is rolled back. {@link
   * Duration#ZERO} means waiting as long as it takes (PostgreSQL's default; H2 waits its {@code
   * LOCK_TIMEOUT} setting unless this is set). Set on the outermost transaction only.
   *
   * @throws IllegalArgumentException when {@code timeout} is negative, or positive but below
   *     1 ms
   */
  public TransactionOptions lockTimeout(Duration timeout) {
    return new TransactionOptions(isolation, readOnly, maxRetries, initialBackoff, maxBackoff,
        statementTimeout, checkTimeout("lockTimeout", timeout));
  }

  /** The statement timeout of the transaction, if set; else the database's applies. */
  public Optional<Duration> statementTimeout() {
    return Optional.ofNullable(statementTimeout);
  }

  /** The lock timeout of the transaction, if set; else the database session's applies. */
  public Optional<Duration> lockTimeout() {
    return Optional.ofNullable(lockTimeout);
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
        && initialBackoff.equals(o.initialBackoff) && maxBackoff.equals(o.maxBackoff)
        && Objects.equals(statementTimeout, o.statementTimeout)
        && Objects.equals(lockTimeout, o.lockTimeout);
  }

  /** Consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Objects.hash(isolation, readOnly, maxRetries, initialBackoff, maxBackoff,
        statementTimeout, lockTimeout);
  }

  /** Every option, e.g. {@code TransactionOptions[SERIALIZABLE, read-write, retry 5, ...]}. */
  @Override
  public String toString() {
    return "TransactionOptions[" + isolation + ", " + (readOnly ? "read-only" : "read-write")
        + ", retry " + maxRetries + ", backoff " + initialBackoff + " to " + maxBackoff
        + (statementTimeout == null ? "" : ", statement timeout " + statementTimeout)
        + (lockTimeout == null ? "" : ", lock timeout " + lockTimeout) + "]";
  }

  private static Duration checkTimeout(String name, Duration timeout) {
    Objects.requireNonNull(timeout, name);
    if (timeout.isNegative() || (!timeout.isZero() && timeout.toMillis() == 0)) {
      throw new IllegalArgumentException(name + " must be zero (none) or at least 1 ms, got "
          + timeout);
    }
    return timeout;
  }
}
