package dev.precast.it.support;

import dev.precast.Database;
import dev.precast.Dialect;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Database sessions of the tests' own connections: which one a connection is, and ending it
 * from another connection as an administrator would. Only ever a session the test itself
 * opened and named by its id: other work on the same server is never touched.
 */
public final class Sessions {
  private Sessions() {}

  /** The id of the session of this thread's connection: H2's SESSION_ID(), PostgreSQL's pid. */
  public static long current(Database db) {
    String sql = db.dialect() == Dialect.H2 ? "SELECT SESSION_ID()" : "SELECT pg_backend_pid()";
    return db.withConnection(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery(sql)) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  /**
   * Ends session {@code id} from another thread, and so another connection of {@code db}:
   * H2's ABORT_SESSION, PostgreSQL's pg_terminate_backend, waiting until the backend is gone.
   */
  public static void kill(Database db, long id) {
    String sql = db.dialect() == Dialect.H2 ? "SELECT ABORT_SESSION(" + id + ")"
        : "SELECT pg_terminate_backend(" + id + ", 10000)";
    boolean killed;
    try {
      killed = CompletableFuture.supplyAsync(() -> db.withConnection(connection -> {
        try (Statement statement = connection.createStatement();
            ResultSet row = statement.executeQuery(sql)) {
          row.next();
          return row.getBoolean(1);
        }
      })).get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("could not end session " + id, e);
    }
    if (!killed) {
      throw new AssertionError("session " + id + " was not ended");
    }
  }
}
