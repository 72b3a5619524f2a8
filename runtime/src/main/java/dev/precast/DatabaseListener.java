package dev.precast;

/**
 * Sees what a {@link Database} does: every statement it runs, every transaction it commits or
 * rolls back, and every connection it takes from the pool, each with how long it took. For
 * profiling, metrics and tracing; every method does nothing unless overridden.
 *
 * <pre>{@code
 * Database db = Database.builder(url).listener(new DatabaseListener() {
 *   public void onStatement(StatementEvent e) {
 *     log.info("{} ms, {} rows: {}", e.duration().toMillis(), e.rows(), e.sql());
 *   }
 * }).build();
 * }</pre>
 *
 * <p>Register listeners with {@link Database.Builder#listener(DatabaseListener)} or {@link
 * Database#of(javax.sql.DataSource, DatabaseListener...)}. They are called on the thread that
 * did the work, right after it, in the order they were registered, and must be safe to call
 * from several threads at once. An exception a listener throws never fails the database
 * operation: it is logged at WARN on logger {@code dev.precast.sql.events}, once per listener
 * class and database (later ones at DEBUG), and the other listeners are still called. A
 * listener should be quick; it must not use the database it listens to.
 *
 * <p>Events carry the SQL text, never the bound values.
 */
public interface DatabaseListener {
  /**
   * A statement ran, or failed: a query, an INSERT, UPDATE or DELETE, a DDL statement, or a
   * JDBC batch of one statement over many rows (one event, with {@link
   * StatementEvent#batchSize()}).
   */
  default void onStatement(StatementEvent event) {}

  /** A transaction committed; nested transactions (savepoints) are part of their outer one. */
  default void onCommit(TransactionEvent event) {}

  /**
   * A transaction was rolled back: its body threw ({@link TransactionEvent#failure()}), it was
   * marked rollback-only, a statement in it failed, or its COMMIT failed. A transaction that
   * retries after a conflict is rolled back once per failed attempt.
   */
  default void onRollback(TransactionEvent event) {}

  /**
   * A connection was taken from the pool, or could not be ({@link ConnectionEvent#failure()}),
   * with how long the caller waited.
   */
  default void onConnectionAcquired(ConnectionEvent event) {}
}
