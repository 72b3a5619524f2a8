package dev.precast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries of transactions the database rolled back for a conflict, on H2: what is retried,
 * what never is, and how it gives up. Conflicts come from a real statement, an H2 function
 * that fails with SQLState 40001, and from a connection whose COMMIT fails on demand.
 */
class TransactionRetryTest {
  private static final TransactionOptions RETRY_3 = TransactionOptions.defaults().retry(3)
      .backoff(Duration.ofMillis(1), Duration.ofMillis(4));
  private static int counter;

  /** The COMMIT failures still to come, first first. */
  private final Deque<SQLException> commitFailures = new ArrayDeque<>();
  private Database db;

  @BeforeEach
  void open() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:transaction_retry_test_" + counter++ + ";DB_CLOSE_DELAY=-1");
    db = Database.of(failingCommits(h2));
    execute("CREATE TABLE item (id BIGINT PRIMARY KEY, name VARCHAR(20))");
    execute("CREATE ALIAS conflict FOR '" + H2Functions.class.getName() + ".conflict'");
  }

  @AfterEach
  void close() {
    execute("SHUTDOWN");
    db.close();
  }

  @Test
  void conflictIsRetriedUntilTheBodySucceedsAndOnlyTheLastAttemptIsCommitted() {
    AtomicInteger attempts = new AtomicInteger();

    String result = db.inTransaction(RETRY_3, tx -> {
      int attempt = attempts.incrementAndGet();
      execute("INSERT INTO item VALUES (" + attempt + ", 'attempt')");
      if (attempt < 3) {
        execute("SELECT conflict()");
      }
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(attempts).hasValue(3);
    assertThat(ids()).isEqualTo("3");
  }

  @Test
  void retriesGiveUpAfterTheLimitWithTheLastFailureAsCause() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> db.useTransaction(RETRY_3, tx -> {
      attempts.incrementAndGet();
      execute("INSERT INTO item VALUES (1, 'a')");
      execute("SELECT conflict()");
    })).isExactlyInstanceOf(SerializationFailureException.class)
        .hasMessageStartingWith("the transaction gave up after 4 attempts, each rolled back for a"
            + " conflict with a concurrent transaction; the last: the database rolled back the"
            + " transaction: a serialization failure")
        .cause().isInstanceOf(SerializationFailureException.class)
        .cause().isInstanceOf(SQLException.class).hasMessageContaining("simulated");
    assertThat(attempts).hasValue(4);
    assertThat(ids()).isEmpty();
  }

  /** A body that catches the conflict cannot commit; the doomed transaction is retried. */
  @Test
  void caughtConflictIsRetriedToo() {
    AtomicInteger attempts = new AtomicInteger();

    db.useTransaction(RETRY_3, tx -> {
      int attempt = attempts.incrementAndGet();
      execute("INSERT INTO item VALUES (" + attempt + ", 'attempt')");
      if (attempt == 1) {
        try {
          execute("SELECT conflict()");
        } catch (SerializationFailureException e) {
          // carries on as if nothing happened
        }
      }
    });

    assertThat(attempts).hasValue(2);
    assertThat(ids()).isEqualTo("2");
  }

  /** A conflict invalidates the whole transaction, even when caught around a savepoint. */
  @Test
  void conflictInANestedTransactionIsRetriedByTheOutermostOnly() {
    AtomicInteger outerAttempts = new AtomicInteger();
    AtomicInteger innerAttempts = new AtomicInteger();

    db.useTransaction(RETRY_3, outer -> {
      int attempt = outerAttempts.incrementAndGet();
      try {
        db.useTransaction(RETRY_3, inner -> {
          innerAttempts.incrementAndGet();
          if (attempt == 1) {
            execute("SELECT conflict()");
          }
        });
      } catch (SerializationFailureException e) {
        // the savepoint is rolled back, but the outer transaction is doomed all the same
      }
      execute("INSERT INTO item VALUES (" + attempt + ", 'attempt')");
    });

    assertThat(outerAttempts).hasValue(2);
    assertThat(innerAttempts).hasValue(2);
    assertThat(ids()).isEqualTo("2");
  }

  @Test
  void withoutRetryAConflictIsRethrownUnchanged() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> db.useTransaction(tx -> {
      attempts.incrementAndGet();
      execute("SELECT conflict()");
    })).isExactlyInstanceOf(SerializationFailureException.class)
        .hasMessageContaining("retry(n)")
        .hasCauseInstanceOf(SQLException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void otherFailuresAreNeverRetried() {
    AtomicInteger attempts = new AtomicInteger();
    IllegalStateException failure = new IllegalStateException("not a conflict");

    assertThatThrownBy(() -> db.useTransaction(RETRY_3, tx -> {
      attempts.incrementAndGet();
      throw failure;
    })).isSameAs(failure);
    assertThatThrownBy(() -> db.useTransaction(RETRY_3, tx -> {
      attempts.incrementAndGet();
      execute("SELECT nope FROM item");
    })).isExactlyInstanceOf(PrecastException.class);
    assertThat(attempts).hasValue(2);
  }

  /** The database rolled back instead of committing, and said so: nothing committed, retry. */
  @Test
  void conflictAtCommitIsRetried() {
    commitFailures.add(new SQLException("could not serialize access", "40001"));
    AtomicInteger attempts = new AtomicInteger();

    db.useTransaction(RETRY_3, tx -> {
      execute("INSERT INTO item VALUES (" + attempts.incrementAndGet() + ", 'attempt')");
    });

    assertThat(attempts).hasValue(2);
    assertThat(ids()).isEqualTo("2");
  }

  /** A COMMIT whose connection broke may have committed: running the body again could repeat it. */
  @Test
  void commitWithALostConnectionIsNeverRetried() {
    commitFailures.add(new SQLException("An I/O error occurred while sending to the backend",
        "08006"));
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> db.useTransaction(RETRY_3, tx -> {
      attempts.incrementAndGet();
      execute("INSERT INTO item VALUES (1, 'a')");
    })).isExactlyInstanceOf(UnknownCommitOutcomeException.class)
        .hasMessageStartingWith("the connection to the database was lost during COMMIT: the"
            + " transaction may or may not have committed")
        .hasCauseInstanceOf(SQLException.class);
    assertThat(attempts).hasValue(1);
  }

  /** A COMMIT the database refused for another reason is reported as it is, and not retried. */
  @Test
  void otherCommitFailuresAreNeverRetried() {
    commitFailures.add(new SQLException("internal error", "XX000"));
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> db.useTransaction(RETRY_3, tx -> {
      attempts.incrementAndGet();
      execute("INSERT INTO item VALUES (1, 'a')");
    })).isExactlyInstanceOf(PrecastException.class)
        .hasMessageContaining("[COMMIT]")
        .hasCauseInstanceOf(SQLException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void interruptedThreadDoesNotRetry() {
    AtomicInteger attempts = new AtomicInteger();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> db.useTransaction(RETRY_3, tx -> {
        attempts.incrementAndGet();
        throw new SerializationFailureException("conflict", null);
      })).isExactlyInstanceOf(SerializationFailureException.class).hasMessage("conflict");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(attempts).hasValue(1);
  }

  private void execute(String sql) {
    db.withConnection(c -> {
      try (Statement statement = c.createStatement()) {
        return statement.execute(sql);
      }
    });
  }

  /** The ids stored, comma-separated, in order. */
  private String ids() {
    return db.withConnection(c -> {
      try (Statement statement = c.createStatement();
          ResultSet rows = statement.executeQuery("SELECT id FROM item ORDER BY id")) {
        StringBuilder ids = new StringBuilder();
        while (rows.next()) {
          ids.append(ids.length() == 0 ? "" : ",").append(rows.getLong(1));
        }
        return ids.toString();
      }
    });
  }

  /** {@code dataSource}, whose connections' COMMIT throws the next of {@link #commitFailures}. */
  private DataSource failingCommits(DataSource dataSource) {
    InvocationHandler dataSourceHandler = (proxy, method, arguments) -> {
      Object result = invoke(dataSource, method, arguments);
      if (!method.getName().equals("getConnection")) {
        return result;
      }
      Connection connection = (Connection) result;
      InvocationHandler connectionHandler = (p, m, a) -> {
        if (m.getName().equals("commit") && !commitFailures.isEmpty()) {
          throw commitFailures.removeFirst();
        }
        return invoke(connection, m, a);
      };
      return Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {Connection.class}, connectionHandler);
    };
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, dataSourceHandler);
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments)
      throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
