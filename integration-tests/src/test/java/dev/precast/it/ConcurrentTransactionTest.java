package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precast.Database;
import dev.precast.Isolation;
import dev.precast.PrecastException;
import dev.precast.SerializationFailureException;
import dev.precast.TransactionOptions;
import dev.precast.internal.Jdbc;
import dev.precast.internal.Results;
import dev.precast.internal.StatementBinder;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.H2Functions;
import dev.precast.it.support.HandWrittenTables;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Transaction options on real databases: isolation and read-only mode, and retries of
 * transactions that two threads make conflict, until they succeed or give up.
 */
class ConcurrentTransactionTest extends DatabaseTest {
  private static final TransactionOptions SERIALIZABLE_RETRIED = TransactionOptions.defaults()
      .isolation(Isolation.SERIALIZABLE).retry(5)
      .backoff(Duration.ofMillis(1), Duration.ofMillis(20));
  private static final String READ_BODY = "SELECT body FROM raw_document WHERE id = 1";

  private static ExecutorService threads;

  @BeforeAll
  static void startThreads() {
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stopThreads() {
    threads.shutdownNow();
  }

  @OnEveryDatabase
  void isolationAndReadOnlyHoldForTheTransactionOnly(TestDatabase database) {
    Database db = fresh(database);

    db.useTransaction(TransactionOptions.defaults().isolation(Isolation.REPEATABLE_READ)
        .readOnly(true), tx -> db.withConnection(connection -> {
          assertThat(connection.getTransactionIsolation())
              .isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
          assertThat(connection.isReadOnly()).isTrue();
          return null;
        }));

    db.withConnection(connection -> {
      assertThat(connection.getTransactionIsolation())
          .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
      assertThat(connection.isReadOnly()).isFalse();
      assertThat(connection.getAutoCommit()).isTrue();
      return null;
    });
  }

  /** PostgreSQL enforces read-only transactions; H2 takes them as a hint. */
  @OnEveryDatabase
  void readOnlyTransactionRejectsWritesOnPostgresql(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);
    TransactionOptions readOnly = TransactionOptions.defaults().readOnly(true);

    if (database == TestDatabase.POSTGRESQL) {
      assertThatThrownBy(() -> db.useTransaction(readOnly, tx -> notes.insert(new Note("x"))))
          .isExactlyInstanceOf(PrecastException.class)
          .hasMessageContaining("read-only");
      assertThat(notes.count()).isZero();
    } else {
      db.useTransaction(readOnly, tx -> notes.insert(new Note("x")));
      assertThat(notes.count()).isEqualTo(1);
    }
    long counted = db.inTransaction(readOnly, tx -> notes.count());
    assertThat(counted).isLessThanOrEqualTo(1);
  }

  /**
   * Two threads read the same row, then both write it back changed: the second writer's
   * transaction is rolled back (PostgreSQL: "could not serialize access due to concurrent
   * update"; H2 reports it as a deadlock), retried, and sees the first one's write.
   */
  @OnEveryDatabase
  void lostUpdateIsRetriedToSuccess(TestDatabase database) throws Exception {
    Database db = HandWrittenTables.fresh(fresh(database));
    execute(db, "INSERT INTO raw_document VALUES (1, '', 0)");
    CountDownLatch bothRead = new CountDownLatch(2);
    AtomicInteger attempts = new AtomicInteger();

    runTogether(name -> db.useTransaction(SERIALIZABLE_RETRIED, tx -> {
      attempts.incrementAndGet();
      String body = Jdbc.query(db, HandWrittenTables.DOCUMENT, READ_BODY, StatementBinder.NONE,
          Results.optional(row -> row.getString(1))).orElseThrow();
      bothRead.countDown();
      bothRead.await(10, TimeUnit.SECONDS);
      Jdbc.update(db, HandWrittenTables.DOCUMENT,
          "UPDATE raw_document SET body = ?, version = version + 1 WHERE id = 1",
          parameters -> parameters.setString(1, body + name));
    }));

    String body = Jdbc.query(db, HandWrittenTables.DOCUMENT, READ_BODY, StatementBinder.NONE,
        Results.optional(row -> row.getString(1))).orElseThrow();
    assertThat(body).isIn("ab", "ba");
    assertThat(attempts.get()).as("attempts").isGreaterThanOrEqualTo(3);
  }

  /**
   * Write skew: both threads check that nobody is on call, then put themselves on call. Under
   * SERIALIZABLE PostgreSQL rolls one back; retried, it sees the other on call and stays off.
   * H2's SERIALIZABLE does not detect write skew.
   */
  @OnEveryDatabase
  void writeSkewUnderSerializableIsRetriedToSuccess(TestDatabase database) throws Exception {
    assumeTrue(database == TestDatabase.POSTGRESQL, "H2's SERIALIZABLE lets write skew through");
    Database db = HandWrittenTables.fresh(fresh(database));
    CountDownLatch bothRead = new CountDownLatch(2);
    AtomicInteger attempts = new AtomicInteger();

    runTogether(name -> db.useTransaction(SERIALIZABLE_RETRIED, tx -> {
      attempts.incrementAndGet();
      long onCall = Jdbc.query(db, HandWrittenTables.DOCUMENT,
          "SELECT COUNT(*) FROM raw_document WHERE body = 'on call'", StatementBinder.NONE,
          Results.COUNT);
      bothRead.countDown();
      bothRead.await(10, TimeUnit.SECONDS);
      if (onCall == 0) {
        Jdbc.update(db, HandWrittenTables.DOCUMENT,
            "INSERT INTO raw_document VALUES (?, 'on call', 0)",
            parameters -> parameters.setLong(1, name.equals("a") ? 1 : 2));
      }
    }));

    assertThat(Jdbc.query(db, HandWrittenTables.DOCUMENT,
        "SELECT COUNT(*) FROM raw_document WHERE body = 'on call'", StatementBinder.NONE,
        Results.COUNT)).isEqualTo(1);
    assertThat(attempts.get()).as("attempts").isGreaterThanOrEqualTo(3);
  }

  /** Each thread locks one row, then wants the other's: the database breaks the deadlock. */
  @OnEveryDatabase
  void deadlockIsRetriedToSuccess(TestDatabase database) throws Exception {
    Database db = HandWrittenTables.fresh(fresh(database));
    execute(db, "INSERT INTO raw_document VALUES (1, '', 0), (2, '', 0)");
    CountDownLatch bothLocked = new CountDownLatch(2);
    AtomicInteger attempts = new AtomicInteger();
    TransactionOptions retried = TransactionOptions.defaults().retry(5)
        .backoff(Duration.ofMillis(1), Duration.ofMillis(20));

    runTogether(name -> db.useTransaction(retried, tx -> {
      attempts.incrementAndGet();
      if (database == TestDatabase.POSTGRESQL) {
        shortenDeadlockTimeout(db);
      }
      long first = name.equals("a") ? 1 : 2;
      touch(db, first);
      bothLocked.countDown();
      bothLocked.await(10, TimeUnit.SECONDS);
      touch(db, 3 - first);
    }));

    assertThat(Jdbc.query(db, HandWrittenTables.DOCUMENT,
        "SELECT SUM(version) FROM raw_document", StatementBinder.NONE, Results.COUNT))
        .isEqualTo(4);
    assertThat(attempts.get()).as("attempts").isGreaterThanOrEqualTo(3);
  }

  @OnEveryDatabase
  void retriesGiveUpAfterTheLimitWithTheLastFailureAsCause(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);
    String conflict = database == TestDatabase.H2 ? "SELECT precast_conflict()"
        : "DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = 'serialization_failure'; END $$";
    if (database == TestDatabase.H2) {
      execute(db, "CREATE ALIAS IF NOT EXISTS precast_conflict FOR '"
          + H2Functions.class.getName() + ".conflict'");
    }
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> db.useTransaction(TransactionOptions.defaults().retry(2)
        .backoff(Duration.ZERO, Duration.ofMillis(2)), tx -> {
          attempts.incrementAndGet();
          notes.insert(new Note("undone"));
          db.withConnection(connection -> {
            try (var statement = connection.createStatement()) {
              return statement.execute(conflict);
            }
          });
        }))
        .isExactlyInstanceOf(SerializationFailureException.class)
        .hasMessageStartingWith("the transaction gave up after 3 attempts")
        .cause().isExactlyInstanceOf(SerializationFailureException.class)
        .hasMessageContaining("SQLState 40001")
        .cause().isInstanceOf(SQLException.class);
    assertThat(attempts).hasValue(3);
    assertThat(notes.count()).isZero();
  }

  /** Runs {@code body} on two threads at once, named "a" and "b"; rethrows what they threw. */
  private static void runTogether(Body body) throws Exception {
    List<Future<Object>> running = List.of(
        threads.submit(() -> {
          body.run("a");
          return null;
        }),
        threads.submit(() -> {
          body.run("b");
          return null;
        }));
    for (Future<Object> future : running) {
      future.get(30, TimeUnit.SECONDS);
    }
  }

  private interface Body {
    void run(String name) throws Exception;
  }

  private static void touch(Database db, long id) {
    Jdbc.update(db, HandWrittenTables.DOCUMENT,
        "UPDATE raw_document SET version = version + 1 WHERE id = ?",
        parameters -> parameters.setLong(1, id));
  }

  /** PostgreSQL looks for deadlocks after a second by default; a superuser may ask sooner. */
  private static void shortenDeadlockTimeout(Database db) {
    try {
      db.useTransaction(tx -> execute(db, "SET LOCAL deadlock_timeout = '50ms'"));
    } catch (PrecastException notAllowed) {
      // not a superuser: the deadlock is found after the server's timeout
    }
  }

  private static void execute(Database db, String sql) {
    Jdbc.execute(db, HandWrittenTables.DOCUMENT, sql);
  }
}
