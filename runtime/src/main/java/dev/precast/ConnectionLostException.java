package dev.precast;

/**
 * The connection to the database broke, or none could be opened: the server restarted, was
 * stopped, terminated the session or cannot be reached. What ran in a transaction did not
 * commit: the database rolls back a transaction whose connection is gone. The pool discards
 * the broken connection, so the next call gets a fresh one.
 *
 * <pre>{@code
 * try { db.useTransaction(tx -> orders.insert(order)); }
 * catch (ConnectionLostException e) { return serviceUnavailable(); }  // nothing was stored
 * }</pre>
 *
 * <p>What to do: the work may be run again once the database is back, if running it again is
 * safe for whatever the body did outside the database; {@link TransactionOptions#retry(int)}
 * does not do so by itself. A connection lost during a COMMIT, or during a repository write
 * outside a transaction (which commits by itself), is an {@link UnknownCommitOutcomeException}
 * instead, since that change may have been committed. A statement sent with {@link
 * Database#withConnection} outside a transaction runs in auto-commit mode too: when its
 * connection is lost, a write of it may have been applied.
 *
 * <p>The cause is the driver's {@link java.sql.SQLException}: SQLState class 08, PostgreSQL's
 * 57P01, 57P02 or 57P03, or H2's 90067, 90098 or 90121.
 */
public class ConnectionLostException extends PrecastException {
  private static final long serialVersionUID = 1L;

  /** A lost or impossible connection, with the failure that reported it. */
  public ConnectionLostException(String message, Throwable cause) {
    super(message, cause);
  }
}
