package dev.precast;

import java.time.Duration;

/**
 * A transaction that ended, for {@link DatabaseListener#onCommit} and {@link
 * DatabaseListener#onRollback}.
 *
 * @param nanos how long it lasted, in nanoseconds: from BEGIN (once it had its connection)
 *     until its COMMIT or ROLLBACK returned
 * @param failure why it was rolled back: the exception its body threw, the statement failure
 *     that doomed it, or the failure of its COMMIT (an {@link UnknownCommitOutcomeException} may
 *     have committed); null for a commit and for a rollback the body asked for with {@link
 *     Transaction#setRollbackOnly()}
 */
public record TransactionEvent(long nanos, Throwable failure) {
  /** {@link #nanos()} as a {@link Duration}. */
  public Duration duration() {
    return Duration.ofNanos(nanos);
  }
}
