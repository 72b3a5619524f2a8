package dev.precast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runtime on its own, with hand-written SQL on H2: pools, transactions, error mapping. */
class DatabaseTest {
  private static int counter;
  private Database db;

  @BeforeEach
  void open() {
    db = Database.connect("jdbc:h2:mem:database_test_" + counter++);
    execute("CREATE TABLE item (id BIGINT PRIMARY KEY, name VARCHAR(20) NOT NULL,"
        + " CONSTRAINT uq_item_name UNIQUE (name))");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void detectsTheDialectFromTheConnection() {
    assertThat(db.dialect()).isEqualTo(Dialect.H2);
    assertThat(db.toString()).contains("jdbc:h2:mem:database_test_").contains("H2");
  }

  @Test
  void connectionFailureNamesTheUrlWithoutPasswordAndTheCause() {
    assertThatThrownBy(() -> Database.builder(
            "jdbc:postgresql://127.0.0.1:1/nowhere?password=secret").user("app").build())
        .isInstanceOf(PrecastException.class)
        .hasMessageStartingWith(
            "cannot connect to jdbc:postgresql://127.0.0.1:1/nowhere?password=*** as app: ")
        .hasMessageContaining("refused")
        .hasMessageNotContaining("secret");
  }

  @Test
  void badConfigurationIsRejectedWithTheSettingNamed() {
    assertThatThrownBy(() -> Database.connect("h2:mem:x"))
        .hasMessage("a JDBC URL starts with \"jdbc:\", got \"h2:mem:x\"");
    assertThatThrownBy(() -> Database.builder("jdbc:h2:mem:x").maximumPoolSize(0))
        .hasMessage("maximumPoolSize must be at least 1, got 0");
    assertThatThrownBy(() -> Database.fromEnv(Map.of()))
        .hasMessageStartingWith("DATABASE_URL is not set");
  }

  @Test
  void fromEnvConnectsToTheNamedDatabase() {
    try (Database fromEnv = Database.fromEnv(Map.of(
        "DATABASE_URL", "jdbc:h2:mem:from_env", "DATABASE_POOL_SIZE", "2"))) {
      assertThat(fromEnv.dialect()).isEqualTo(Dialect.H2);
    }
  }

  @Test
  void closeLeavesADataSourceTheCallerOwnsOpen() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:owned_by_caller");
    try (HikariDataSource pool = new HikariDataSource(config)) {
      Database.of(pool).close();
      assertThat(pool.isClosed()).isFalse();
    }
  }

  @Test
  void transactionCommitsWhenTheBodyReturns() {
    db.useTransaction(tx -> execute("INSERT INTO item VALUES (1, 'a')"));
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void transactionRollsBackAndRethrowsTheSameException() {
    IllegalStateException failure = new IllegalStateException("boom");
    assertThatThrownBy(() -> db.useTransaction(tx -> {
      execute("INSERT INTO item VALUES (1, 'a')");
      throw failure;
    })).isSameAs(failure);
    assertThat(count()).isZero();
  }

  @Test
  void checkedExceptionsOfTheBodyPassThroughUnchanged() {
    IOException failure = new IOException("disk");
    assertThatThrownBy(() -> db.<IOException>useTransaction(tx -> {
      execute("INSERT INTO item VALUES (1, 'a')");
      throw failure;
    })).isSameAs(failure);
    assertThat(count()).isZero();
  }

  @Test
  void rollbackOnlyDiscardsTheWork() {
    String result = db.inTransaction(tx -> {
      execute("INSERT INTO item VALUES (1, 'a')");
      tx.setRollbackOnly();
      return "done";
    });
    assertThat(result).isEqualTo("done");
    assertThat(count()).isZero();
  }

  @Test
  void nestedTransactionIsASavepoint() {
    db.useTransaction(outer -> {
      execute("INSERT INTO item VALUES (1, 'kept')");
      assertThatThrownBy(() -> db.useTransaction(inner -> {
        execute("INSERT INTO item VALUES (2, 'undone')");
        throw new IllegalArgumentException("inner");
      })).hasMessage("inner");
      db.useTransaction(inner -> execute("INSERT INTO item VALUES (3, 'also kept')"));
    });
    assertThat(count()).isEqualTo(2);
  }

  @Test
  void callsInsideATransactionShareItsConnection() {
    AtomicReference<Connection> first = new AtomicReference<>();
    db.useTransaction(tx -> {
      db.withConnection(c -> {
        first.set(c);
        return null;
      });
      db.withConnection(c -> {
        assertThat(c).isSameAs(first.get());
        assertThat(c.getAutoCommit()).isFalse();
        return null;
      });
      assertThat(db.isInTransaction()).isTrue();
    });
    assertThat(db.isInTransaction()).isFalse();
    db.withConnection(c -> {
      assertThat(c.getAutoCommit()).isTrue();
      return null;
    });
  }

  @Test
  void caughtStatementFailureStillRollsBackTheTransactionAndSaysSo() {
    execute("INSERT INTO item VALUES (1, 'a')");
    AtomicReference<UniqueViolationException> caught = new AtomicReference<>();

    assertThatThrownBy(() -> db.useTransaction(tx -> {
      execute("INSERT INTO item VALUES (2, 'b')");
      try {
        execute("INSERT INTO item VALUES (3, 'a')");
      } catch (UniqueViolationException e) {
        caught.set(e);
      }
      execute("INSERT INTO item VALUES (4, 'c')");
    })).isExactlyInstanceOf(PrecastException.class)
        .hasMessageStartingWith("the transaction was rolled back, not committed, because a"
            + " statement in it failed: duplicate value for item (constraint uq_item_name)")
        .hasMessageContaining("nested db.useTransaction(...)")
        .hasCause(caught.get());
    assertThat(count()).isEqualTo(1);
    assertThat(db.isInTransaction()).isFalse();
  }

  @Test
  void failureUndoneByANestedTransactionLeavesTheOuterOneCommittable() {
    db.useTransaction(outer -> {
      execute("INSERT INTO item VALUES (1, 'a')");
      assertThatThrownBy(() ->
          db.useTransaction(inner -> execute("INSERT INTO item VALUES (2, 'a')")))
          .isInstanceOf(UniqueViolationException.class);
      execute("INSERT INTO item VALUES (3, 'b')");
    });
    assertThat(count()).isEqualTo(2);
  }

  @Test
  void nestedTransactionThatCatchesItsFailureIsRolledBackToItsSavepointAndThrows() {
    db.useTransaction(outer -> {
      execute("INSERT INTO item VALUES (1, 'a')");
      assertThatThrownBy(() -> db.useTransaction(inner -> {
        execute("INSERT INTO item VALUES (2, 'b')");
        try {
          execute("INSERT INTO item VALUES (3, 'a')");
        } catch (UniqueViolationException e) {
          // swallowed: the savepoint must not be released as if nothing happened
        }
      })).isExactlyInstanceOf(PrecastException.class)
          .hasMessageStartingWith("the nested transaction was rolled back to its savepoint")
          .hasCauseInstanceOf(UniqueViolationException.class);
    });
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void failuresThatAreNoFailedStatementDoNotDoomTheTransaction() {
    db.useTransaction(tx -> {
      execute("INSERT INTO item VALUES (1, 'a')");
      try {
        db.withConnection(c -> {
          throw new PrecastException("the application's own check failed");
        });
      } catch (PrecastException e) {
        // no statement failed: the transaction may go on
      }
    });
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void isolationAndReadOnlyAreSetForTheTransactionAndRestoredAfterIt() {
    TransactionOptions options = TransactionOptions.defaults()
        .isolation(Isolation.SERIALIZABLE).readOnly(true);
    db.useTransaction(options, tx -> db.withConnection(c -> {
      assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
      assertThat(c.isReadOnly()).isTrue();
      assertThat(c.getAutoCommit()).isFalse();
      return null;
    }));
    assertThatThrownBy(() -> db.useTransaction(options, tx -> {
      throw new IllegalStateException("fails");
    })).hasMessage("fails");
    db.withConnection(c -> {
      assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
      assertThat(c.isReadOnly()).isFalse();
      assertThat(c.getAutoCommit()).isTrue();
      return null;
    });
  }

  @Test
  void nestedTransactionRunsInTheOuterOnesIsolationAndMayNotAskForMore() {
    TransactionOptions serializable = TransactionOptions.defaults()
        .isolation(Isolation.SERIALIZABLE);
    TransactionOptions repeatableRead = TransactionOptions.defaults()
        .isolation(Isolation.REPEATABLE_READ);
    db.useTransaction(repeatableRead, outer -> {
      db.useTransaction(repeatableRead, inner -> execute("INSERT INTO item VALUES (1, 'a')"));
      db.useTransaction(TransactionOptions.defaults().isolation(Isolation.READ_COMMITTED),
          inner -> execute("INSERT INTO item VALUES (2, 'b')"));
      assertThatThrownBy(() -> db.useTransaction(serializable, inner -> { }))
          .isExactlyInstanceOf(PrecastException.class)
          .hasMessage("a nested transaction cannot ask for SERIALIZABLE: it runs in the outer"
              + " transaction, at the weaker REPEATABLE_READ; set the isolation level on the"
              + " outermost db.inTransaction(options, ...)");
    });
    assertThat(count()).isEqualTo(2);
    db.useTransaction(outer ->
        assertThatThrownBy(() -> db.useTransaction(serializable, inner -> { }))
            .hasMessageContaining("at the weaker READ_COMMITTED"));
  }

  @Test
  void uniqueViolationOfHandWrittenSqlIsTyped() {
    execute("INSERT INTO item VALUES (1, 'a')");
    assertThatThrownBy(() -> execute("INSERT INTO item VALUES (2, 'a')"))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("uq_item_name");
          assertThat(e.table()).isEqualTo("item");
          assertThat(e.getCause()).isInstanceOf(java.sql.SQLException.class);
        });
  }

  @Test
  void notNullViolationOfHandWrittenSqlNamesTheColumn() {
    assertThatThrownBy(() -> execute("INSERT INTO item (id) VALUES (1)"))
        .isInstanceOfSatisfying(NotNullViolationException.class,
            e -> assertThat(e.column()).isEqualTo("name"));
  }

  @Test
  void otherSqlErrorsArePrecastExceptionsWithTheCause() {
    assertThatThrownBy(() -> execute("SELECT nope FROM item"))
        .isExactlyInstanceOf(PrecastException.class)
        .hasCauseInstanceOf(java.sql.SQLException.class);
  }

  private void execute(String sql) {
    db.withConnection(c -> {
      try (Statement statement = c.createStatement()) {
        return statement.execute(sql);
      }
    });
  }

  private long count() {
    return db.withConnection(c -> {
      try (Statement statement = c.createStatement();
          ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM item")) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  @Test
  void nestedReadOnlyIsRefusedRatherThanIgnored() {
    TransactionOptions readOnly = TransactionOptions.defaults().readOnly(true);
    assertThatThrownBy(() -> db.useTransaction(outer -> db.useTransaction(readOnly, inner -> {})))
        .isInstanceOf(PrecastException.class)
        .hasMessageContaining("cannot be read-only");
  }
}
