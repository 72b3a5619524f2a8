package dev.precast;

import java.time.Duration;

/**
 * A statement that a {@link Database} ran, for {@link DatabaseListener#onStatement}.
 *
 * <pre>{@code
 * public void onStatement(StatementEvent e) {
 *   if (!e.succeeded()) log.warn("{} failed after {} ms", e.sql(), e.duration().toMillis());
 * }
 * }</pre>
 *
 * @param sql the SQL text as sent, with {@code ?} for the parameters; never the values
 * @param nanos how long it ran, in nanoseconds: from preparing the statement until its result
 *     was read (for a query), its update count or generated keys returned (for a write) or it
 *     failed; not the wait for a connection ({@link DatabaseListener#onConnectionAcquired}).
 *     For a query read as a {@code Stream}, the time spent executing it and reading and mapping
 *     its rows, without the caller's own work between rows; reported when the stream ends
 * @param rows the rows it changed (a write; for a batch, all its rows together) or returned (a
 *     query read into a list or an {@code Optional}, or a stream), or -1 when unknown: a failed
 *     statement, a count, or a driver that does not tell
 * @param batchSize the rows of a JDBC batch, or 1 for a statement run once
 * @param failure what it failed with, usually a {@link PrecastException} such as a {@link
 *     UniqueViolationException}; null when it succeeded
 */
public record StatementEvent(String sql, long nanos, int rows, int batchSize, Throwable failure) {
  /** Whether the statement succeeded. */
  public boolean succeeded() {
    return failure == null;
  }

  /** {@link #nanos()} as a {@link Duration}. */
  public Duration duration() {
    return Duration.ofNanos(nanos);
  }
}
