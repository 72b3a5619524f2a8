package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.precast.Database;
import dev.precast.Dialect;
import dev.precast.LockTimeoutException;
import dev.precast.PrecastException;
import dev.precast.QueryTimeoutException;
import dev.precast.TransactionOptions;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Statement timeouts of a database and of a transaction, and lock timeouts. */
class TimeoutTest {
  /** Runs for minutes unless cancelled. */
  private static final String H2_SLOW = "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 1000000) A,"
      + " SYSTEM_RANGE(1, 1000000) B WHERE A.X + B.X = 3";
  private static final String POSTGRES_SLOW = "SELECT pg_sleep(30)";

  @OnEveryDatabase
  void statementTimeoutOfTheDatabaseCancelsTheStatementInTheDatabase(TestDatabase database) {
    try (Database db = database.builder(database.newUrl()).maximumPoolSize(2)
        .statementTimeout(Duration.ofMillis(200)).build()) {
      AtomicLong session = new AtomicLong();

      Throwable thrown = catchThrowable(() -> db.withConnection(connection -> {
        session.set(query(connection, db.dialect() == Dialect.H2 ? "SELECT SESSION_ID()"
            : "SELECT pg_backend_pid()"));
        return query(connection, slow(db));
      }));

      assertThat(thrown).isExactlyInstanceOf(QueryTimeoutException.class)
          .hasMessageStartingWith("the database cancelled the statement")
          .hasMessageContaining("SQLState 57014");
      assertStopped(db, session.get());
      long one = db.withConnection(connection -> query(connection, "SELECT 1"));
      assertThat(one).isEqualTo(1);
    }
  }

  @OnEveryDatabase
  void statementTimeoutOfATransactionRollsItBackAndEndsWithIt(TestDatabase database) {
    try (Database db = database.builder(database.newUrl()).maximumPoolSize(1).build()) {
      fresh(db);
      NoteRepository notes = new NoteRepository(db);
      TransactionOptions options =
          TransactionOptions.defaults().statementTimeout(Duration.ofMillis(200));

      Throwable thrown = catchThrowable(() -> db.useTransaction(options, tx -> {
        notes.insert(new Note("undone"));
        db.withConnection(connection -> query(connection, slow(db)));
      }));

      assertThat(thrown).isExactlyInstanceOf(QueryTimeoutException.class);
      assertThat(notes.count()).isZero();
      assertThat(currentStatementTimeout(db)).as("the next user of the connection has none")
          .isIn("0", "0s");
    }
  }

  @OnEveryDatabase
  void lockTimeoutOfATransactionIsALockTimeoutException(TestDatabase database) throws Exception {
    ExecutorService other = Executors.newSingleThreadExecutor();
    try (Database db = database.builder(database.newUrl()).maximumPoolSize(2).build()) {
      fresh(db);
      NoteRepository notes = new NoteRepository(db);
      Note note = notes.insert(new Note("contended"));
      CountDownLatch locked = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Future<?> holder = other.submit(() -> db.<Boolean, Exception>inTransaction(tx -> {
        notes.update(note);
        locked.countDown();
        return release.await(10, TimeUnit.SECONDS);
      }));
      assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

      Throwable thrown = catchThrowable(() -> db.useTransaction(
          TransactionOptions.defaults().lockTimeout(Duration.ofMillis(200)),
          tx -> notes.update(note)));

      release.countDown();
      holder.get(10, TimeUnit.SECONDS);
      assertThat(thrown).isExactlyInstanceOf(LockTimeoutException.class)
          .isInstanceOf(QueryTimeoutException.class)
          .hasMessageContaining("waited longer than the lock timeout for a lock another"
              + " transaction holds");
      notes.update(note);
    } finally {
      other.shutdownNow();
    }
  }

  @OnEveryDatabase
  void nestedTransactionCannotSetItsOwnTimeouts(TestDatabase database) {
    try (Database db = database.builder(database.newUrl()).maximumPoolSize(1).build()) {
      assertThatThrownBy(() -> db.useTransaction(tx -> db.useTransaction(
          TransactionOptions.defaults().lockTimeout(Duration.ofSeconds(1)), nested -> { })))
          .isExactlyInstanceOf(PrecastException.class)
          .hasMessageStartingWith("a nested transaction cannot set its own timeouts");
    }
  }

  private static String slow(Database db) {
    return db.dialect() == Dialect.H2 ? H2_SLOW : POSTGRES_SLOW;
  }

  /** On PostgreSQL the session no longer runs the statement; H2 runs in this JVM. */
  private static void assertStopped(Database db, long session) {
    if (db.dialect() != Dialect.POSTGRESQL) {
      return;
    }
    long running = db.withConnection(connection -> query(connection, "SELECT count(*) FROM"
        + " pg_stat_activity WHERE pid = " + session + " AND state = 'active' AND query = '"
        + POSTGRES_SLOW + "'"));
    assertThat(running).as("the cancelled statement still runs").isZero();
  }

  private static String currentStatementTimeout(Database db) {
    String sql = db.dialect() == Dialect.H2
        ? "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
            + " WHERE SETTING_NAME = 'QUERY_TIMEOUT'"
        : "SHOW statement_timeout";
    return db.withConnection(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery(sql)) {
        row.next();
        return row.getString(1);
      }
    });
  }

  private static long query(java.sql.Connection connection, String sql)
      throws java.sql.SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void fresh(Database db) {
    db.dropAll(PrecastSchema.INSTANCE);
    db.createAll(PrecastSchema.INSTANCE);
  }
}
