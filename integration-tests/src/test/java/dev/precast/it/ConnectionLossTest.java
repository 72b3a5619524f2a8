package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.precast.ConnectionLostException;
import dev.precast.Database;
import dev.precast.TransactionOptions;
import dev.precast.UnknownCommitOutcomeException;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.JdbcSpy;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.Sessions;
import dev.precast.it.support.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A connection that dies: killed by the database mid-transaction or during COMMIT, or whose
 * answer to a COMMIT or an auto-committed write never arrives. Each case names what the caller
 * may assume: nothing committed (a {@link ConnectionLostException}), or nobody can tell (an
 * {@link UnknownCommitOutcomeException}); never a success.
 */
class ConnectionLossTest {
  private static final TransactionOptions RETRY_3 = TransactionOptions.defaults().retry(3)
      .backoff(Duration.ofMillis(1), Duration.ofMillis(5));

  @OnEveryDatabase
  void sessionKilledInATransactionLosesItAndTheNextCallGetsAFreshConnection(
      TestDatabase database) {
    try (Database db = pooled(database)) {
      NoteRepository notes = new NoteRepository(db);
      notes.insert(new Note("before"));
      AtomicInteger attempts = new AtomicInteger();

      Throwable thrown = catchThrowable(() -> db.useTransaction(RETRY_3, tx -> {
        attempts.incrementAndGet();
        notes.insert(new Note("doomed"));
        Sessions.kill(db, Sessions.current(db));
        notes.insert(new Note("after the kill"));
      }));

      assertThat(thrown).isExactlyInstanceOf(ConnectionLostException.class)
          .hasMessageStartingWith("the connection to the database was lost while running"
              + " [INSERT INTO note")
          .hasMessageEndingWith("a transaction open on it did not commit")
          .hasCauseInstanceOf(SQLException.class);
      assertThat(attempts).as("a lost connection is not retried").hasValue(1);
      // Had the pool kept the dead connection, this thread would be handed it again.
      for (int i = 0; i < 3; i++) {
        assertThat(notes.findAll()).extracting(n -> n.body).containsExactly("before");
      }
      notes.insert(new Note("on a fresh connection"));
      assertThat(notes.count()).isEqualTo(2);
    }
  }

  /** The body that swallows the failure still learns that nothing was committed. */
  @OnEveryDatabase
  void swallowedConnectionLossStillRollsTheTransactionBack(TestDatabase database) {
    try (Database db = pooled(database)) {
      NoteRepository notes = new NoteRepository(db);

      Throwable thrown = catchThrowable(() -> db.useTransaction(tx -> {
        notes.insert(new Note("doomed"));
        Sessions.kill(db, Sessions.current(db));
        try {
          notes.insert(new Note("after the kill"));
        } catch (ConnectionLostException swallowed) {
          // carries on as if nothing happened
        }
      }));

      assertThat(thrown).isExactlyInstanceOf(ConnectionLostException.class)
          .hasMessageStartingWith("the transaction was rolled back, not committed, because its"
              + " connection was lost: the connection to the database was lost")
          .hasCauseInstanceOf(ConnectionLostException.class);
      assertThat(notes.count()).isZero();
    }
  }

  /**
   * PostgreSQL runs a deferred constraint trigger inside COMMIT; the backend is killed while
   * the trigger sleeps, so the connection dies with the COMMIT sent and unanswered. Here the
   * database had not committed yet; the client cannot know that, and says so.
   */
  @Test
  void sessionKilledDuringCommitIsAnUnknownOutcomeNeverASuccessNorARetry() throws Exception {
    try (Database db = pooled(TestDatabase.POSTGRESQL)) {
      execute(db, "DROP TABLE IF EXISTS commit_probe");
      execute(db, "CREATE TABLE commit_probe (id BIGINT PRIMARY KEY)");
      execute(db, "CREATE OR REPLACE FUNCTION commit_probe_sleeps() RETURNS trigger"
          + " LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(20); RETURN NULL; END $$");
      execute(db, "CREATE CONSTRAINT TRIGGER commit_probe_sleeps AFTER INSERT ON commit_probe"
          + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION commit_probe_sleeps()");
      try {
        AtomicInteger attempts = new AtomicInteger();
        AtomicLong victim = new AtomicLong();
        CompletableFuture<Void> killer = new CompletableFuture<>();

        Throwable thrown = catchThrowable(() -> db.useTransaction(RETRY_3, tx -> {
          attempts.incrementAndGet();
          victim.set(Sessions.current(db));
          execute(db, "INSERT INTO commit_probe VALUES (1)");
          CompletableFuture.runAsync(() -> {
            awaitCommitInTrigger(db, victim.get());
            Sessions.kill(db, victim.get());
          }).whenComplete((done, failure) -> {
            if (failure == null) {
              killer.complete(null);
            } else {
              killer.completeExceptionally(failure);
            }
          });
        }));
        killer.get(30, TimeUnit.SECONDS);

        assertThat(thrown).isExactlyInstanceOf(UnknownCommitOutcomeException.class)
            .hasMessageStartingWith("the connection to the database was lost during COMMIT:"
                + " the transaction may or may not have committed; check before running it"
                + " again");
        assertThat(attempts).hasValue(1);
        assertThat(count(db, "commit_probe")).isZero();
      } finally {
        execute(db, "DROP TABLE IF EXISTS commit_probe");
        execute(db, "DROP FUNCTION IF EXISTS commit_probe_sleeps()");
      }
    }
  }

  /** The COMMIT reached the database and committed; only its answer was lost. */
  @OnEveryDatabase
  void commitWhoseAnswerIsLostIsUnknownThoughItCommitted(TestDatabase database) {
    JdbcSpy spy = new JdbcSpy();
    Database db = Database.of(spy.wrap(database.unpooled()));
    db.createAll(PrecastSchema.INSTANCE);
    NoteRepository notes = new NoteRepository(db);
    spy.failAfterNext("commit", new SQLException("An I/O error occurred", "08006"));
    AtomicInteger attempts = new AtomicInteger();

    Throwable thrown = catchThrowable(() -> db.useTransaction(RETRY_3, tx -> {
      attempts.incrementAndGet();
      notes.insert(new Note("committed"));
    }));

    assertThat(thrown).isExactlyInstanceOf(UnknownCommitOutcomeException.class)
        .hasMessageContaining("may or may not have committed");
    assertThat(attempts).as("never retried: it would store the note twice").hasValue(1);
    assertThat(notes.findAll()).extracting(n -> n.body).containsExactly("committed");
    assertThat(spy.openConnections()).isZero();
    db.dropAll(PrecastSchema.INSTANCE);
  }

  /** Outside a transaction a write commits by itself: losing its answer leaves that unknown. */
  @OnEveryDatabase
  void autoCommittedWriteWhoseAnswerIsLostIsUnknownButAQueryIsJustLost(TestDatabase database) {
    JdbcSpy spy = new JdbcSpy();
    Database db = Database.of(spy.wrap(database.unpooled()));
    db.createAll(PrecastSchema.INSTANCE);
    NoteRepository notes = new NoteRepository(db);

    spy.failAfterNext("executeUpdate", new SQLException("An I/O error occurred", "08006"));
    assertThat(catchThrowable(() -> notes.insert(new Note("stored"))))
        .isExactlyInstanceOf(UnknownCommitOutcomeException.class)
        .hasMessageStartingWith("the connection to the database was lost while running [INSERT"
            + " INTO note")
        .hasMessageContaining("which commits by itself: it may or may not have committed");
    assertThat(notes.count()).as("the write did happen").isEqualTo(1);

    spy.failAfterNext("executeQuery", new SQLException("An I/O error occurred", "08006"));
    assertThat(catchThrowable(notes::findAll))
        .isExactlyInstanceOf(ConnectionLostException.class);

    spy.failAfterNext("executeUpdate", new SQLException("An I/O error occurred", "08006"));
    assertThat(catchThrowable(() -> db.useTransaction(tx -> notes.insert(new Note("undone")))))
        .as("in a transaction the database rolls back what the lost connection did")
        .isExactlyInstanceOf(ConnectionLostException.class);
    assertThat(notes.count()).isEqualTo(1);
    assertThat(spy.openConnections()).isZero();
    assertThat(spy.openStatements()).isZero();
    db.dropAll(PrecastSchema.INSTANCE);
  }

  /** A pool of its own, with empty tables. */
  private static Database pooled(TestDatabase database) {
    Database db = database.builder(database.newUrl()).maximumPoolSize(3)
        .connectionTimeout(Duration.ofSeconds(5)).build();
    db.dropAll(PrecastSchema.INSTANCE);
    db.createAll(PrecastSchema.INSTANCE);
    return db;
  }

  /** Waits (at most 20 s) until session {@code pid} runs COMMIT and sleeps in the trigger. */
  private static void awaitCommitInTrigger(Database db, long pid) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      boolean sleeping = db.withConnection(connection -> {
        try (Statement statement = connection.createStatement();
            ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                + " WHERE pid = " + pid + " AND query = 'COMMIT' AND wait_event = 'PgSleep'")) {
          row.next();
          return row.getInt(1) == 1;
        }
      });
      if (sleeping) {
        return;
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("session " + pid + " never reached the trigger in its COMMIT");
  }

  private static void execute(Database db, String sql) {
    db.withConnection(connection -> {
      try (Statement statement = connection.createStatement()) {
        return statement.execute(sql);
      }
    });
  }

  private static long count(Database db, String table) {
    return db.withConnection(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
        row.next();
        return row.getLong(1);
      }
    });
  }
}
