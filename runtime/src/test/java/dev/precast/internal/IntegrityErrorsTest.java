package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.CheckViolationException;
import dev.precast.ConnectionLostException;
import dev.precast.Database;
import dev.precast.Dialect;
import dev.precast.EntityTable;
import dev.precast.ForeignKeyViolationException;
import dev.precast.IntegrityViolationException;
import dev.precast.LockTimeoutException;
import dev.precast.PoolExhaustedException;
import dev.precast.PrecastException;
import dev.precast.QueryTimeoutException;
import dev.precast.SerializationFailureException;
import dev.precast.UniqueViolationException;
import dev.precast.UnknownCommitOutcomeException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of integrity and data error of hand-written SQL on H2 becomes a typed exception
 * that names the generated constraint, table and column, and never a value.
 */
class IntegrityErrorsTest {
  private static int counter;
  private Database db;

  @BeforeEach
  void open() {
    db = Database.connect("jdbc:h2:mem:integrity_errors_test_" + counter++);
    execute(Authors.AUTHOR_DDL);
    execute(Authors.POST_DDL);
    execute("INSERT INTO author (id, email) VALUES (1, 'ada@example.com')");
    execute("INSERT INTO post VALUES (10, 1, 'First')");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void uniqueViolationNamesTableColumnAndConstraintButNoValue() {
    assertThatThrownBy(() -> update(Authors.AUTHOR,
        "INSERT INTO author (id, email) VALUES (2, 'ada@example.com')"))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e).hasMessage("duplicate value for author.email (constraint uq_author_email)");
          assertThat(e.property()).isEqualTo("email");
          assertThat(e.getCause()).isInstanceOf(SQLException.class)
              .hasMessageContaining("ada@example.com");
        });
  }

  @Test
  void insertOfAChildWithAMissingParentIsAForeignKeyViolationOfTheChild() {
    assertThatThrownBy(() -> update(Authors.POST, "INSERT INTO post VALUES (11, 99, 'Orphan')"))
        .isInstanceOfSatisfying(ForeignKeyViolationException.class, e -> {
          assertThat(e).hasMessage("post.author_id violates foreign key: the row it references"
              + " does not exist (constraint fk_post_author_id)");
          assertThat(e.constraintName()).isEqualTo("fk_post_author_id");
          assertThat(e.table()).isEqualTo("post");
          assertThat(e.column()).isEqualTo("author_id");
          assertThat(e.property()).isEqualTo("authorId");
          assertThat(e.getCause()).isInstanceOf(SQLException.class);
        });
  }

  @Test
  void updateOfAChildToAMissingParentIsAForeignKeyViolation() {
    assertThatThrownBy(() -> update(Authors.POST, "UPDATE post SET author_id = 98 WHERE id = 10"))
        .isInstanceOfSatisfying(ForeignKeyViolationException.class, e -> assertThat(e)
            .hasMessageContaining("the row it references does not exist")
            .hasMessageNotContaining("98"));
  }

  /** The parent's table lists the child's foreign key, with the child's table. */
  @Test
  void deleteOfAReferencedParentNamesTheChildsForeignKey() {
    assertThatThrownBy(() -> update(Authors.AUTHOR, "DELETE FROM author WHERE id = 1"))
        .isInstanceOfSatisfying(ForeignKeyViolationException.class, e -> {
          assertThat(e).hasMessage("post.author_id violates foreign key: the author row is still"
              + " referenced (constraint fk_post_author_id)");
          assertThat(e.table()).isEqualTo("post");
          assertThat(e.column()).isEqualTo("author_id");
          assertThat(e.property()).isEqualTo("authorId");
        });
  }

  @Test
  void keyChangeOfAReferencedParentIsAForeignKeyViolation() {
    assertThatThrownBy(() -> update(Authors.AUTHOR, "UPDATE author SET id = 5 WHERE id = 1"))
        .isInstanceOfSatisfying(ForeignKeyViolationException.class,
            e -> assertThat(e.constraintName()).isEqualTo("fk_post_author_id"));
  }

  /** A parent that does not list the references to it: the database's report names the child. */
  @Test
  void referencedParentThatDoesNotListTheForeignKeyStillNamesTheChildTable() {
    assertThatThrownBy(() -> update(Authors.AUTHOR_ALONE, "DELETE FROM author WHERE id = 1"))
        .isInstanceOfSatisfying(ForeignKeyViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("fk_post_author_id");
          assertThat(e.table()).isEqualTo("post");
          assertThat(e.property()).isNull();
          assertThat(e).hasMessageContaining("the author row is still referenced");
        });
  }

  @Test
  void checkViolationNamesTheConstraintAndItsColumn() {
    assertThatThrownBy(() -> update(Authors.AUTHOR,
        "INSERT INTO author (id, email, age) VALUES (2, 'bob@example.com', -7)"))
        .isInstanceOfSatisfying(CheckViolationException.class, e -> {
          assertThat(e).hasMessage("author.age violates a check (constraint ck_author_age)");
          assertThat(e.column()).isEqualTo("age");
          assertThat(e.property()).isEqualTo("age");
        });
  }

  @Test
  void tableCheckViolationNamesTheConstraintButNoColumn() {
    assertThatThrownBy(() -> update(Authors.POST, "INSERT INTO post VALUES (11, 1, '')"))
        .isInstanceOfSatisfying(CheckViolationException.class, e -> {
          assertThat(e).hasMessage("post violates a check (constraint ck_post_1)");
          assertThat(e.column()).isNull();
        });
  }

  @Test
  void valueTooLongNamesTheColumnButNotTheValue() {
    assertThatThrownBy(() -> update(Authors.AUTHOR,
        "UPDATE author SET email = 'much.too.long@example.com' WHERE id = 1"))
        .isExactlyInstanceOf(IntegrityViolationException.class)
        .hasMessage("value too long for author.email")
        .satisfies(e -> {
          IntegrityViolationException integrity = (IntegrityViolationException) e;
          assertThat(integrity.table()).isEqualTo("author");
          assertThat(integrity.column()).isEqualTo("email");
          assertThat(integrity.property()).isEqualTo("email");
          assertThat(integrity.constraintName()).isNull();
          assertThat(e.getCause()).hasMessageContaining("much.too.long");
        });
  }

  @Test
  void valueTooLongForAQuotedColumnNamesItWhole() {
    assertThatThrownBy(() -> update(Authors.AUTHOR,
        "UPDATE author SET \"Pen Name\" = 'Currer Bell' WHERE id = 1"))
        .isInstanceOfSatisfying(IntegrityViolationException.class, e -> {
          assertThat(e.column()).isEqualTo("Pen Name");
          assertThat(e.property()).isEqualTo("penName");
        });
  }

  @Test
  void numericValueOutOfRangeNamesTheColumnButNotTheValue() {
    assertThatThrownBy(() -> update(Authors.AUTHOR,
        "UPDATE author SET age = 98765432109 WHERE id = 1"))
        .isExactlyInstanceOf(IntegrityViolationException.class)
        .hasMessage("numeric value out of range for author.age")
        .hasMessageNotContaining("98765432109");
  }

  @Test
  void dataErrorWithoutATableNamesWhatTheDatabaseSaid() {
    assertThatThrownBy(() -> db.withConnection(c -> {
      try (Statement statement = c.createStatement()) {
        return statement.executeUpdate("UPDATE author SET email = 'much.too.long@example.com'");
      }
    })).isExactlyInstanceOf(IntegrityViolationException.class)
        .hasMessage("value too long for column email");
  }

  @Test
  void dataErrorWithoutTableOrColumnSaysAColumn() {
    assertThat(Errors.translate(Dialect.POSTGRESQL, null, null,
        new SQLException("ERROR: value too long for type character varying(5)", "22001")))
        .isExactlyInstanceOf(IntegrityViolationException.class)
        .hasMessage("value too long for a column");
  }

  @Test
  void otherDataErrorsKeepTheDriversTextOutOfTheMessage() {
    assertThatThrownBy(() -> Jdbc.update(db, Authors.AUTHOR,
        "UPDATE author SET age = CAST(? AS INTEGER) WHERE id = 1",
        parameters -> parameters.setString(1, "secret")))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessageContaining("the database rejected a value (SQLState 22018)")
        .hasMessageNotContaining("secret")
        .cause().hasMessageContaining("secret");
  }

  @Test
  void serializationFailuresAndDeadlocksAreTyped() {
    assertThat(Errors.translate(Dialect.H2, null, "UPDATE x",
        new SQLException("Deadlock detected", "40001")))
        .isInstanceOf(SerializationFailureException.class)
        .hasMessageContaining("a serialization failure")
        .hasMessageContaining("SQLState 40001")
        .hasMessageNotContaining("Deadlock detected");
    assertThat(Errors.translate(Dialect.POSTGRESQL, null, "UPDATE x",
        new SQLException("ERROR: deadlock detected", "40P01")))
        .isInstanceOf(SerializationFailureException.class)
        .hasMessageContaining("a deadlock");
    assertThat(Errors.translate(Dialect.H2, null, "UPDATE x",
        new SQLException("Timeout trying to lock table", "HYT00")))
        .as("a lock timeout is no conflict: retries leave it alone")
        .isExactlyInstanceOf(LockTimeoutException.class);
  }

  @Test
  void timeoutsAreTypedOnBothDatabases() {
    for (Dialect dialect : Dialect.values()) {
      assertThat(Errors.translate(dialect, null, "SELECT slow()",
          new SQLException("canceling statement due to statement timeout", "57014")))
          .isExactlyInstanceOf(QueryTimeoutException.class)
          .hasMessage("the database cancelled the statement [SELECT slow()]: it ran past its"
              + " statement timeout, or was cancelled (SQLState 57014)");
    }
    assertThat(Errors.translate(Dialect.POSTGRESQL, null, "UPDATE x",
        new SQLException("canceling statement due to lock timeout", "55P03")))
        .isExactlyInstanceOf(LockTimeoutException.class)
        .hasMessageContaining("waited longer than the lock timeout")
        .hasMessageContaining("SQLState 55P03");
  }

  @Test
  void lostConnectionsAreTypedByEveryCodeTheDriversUse() {
    for (String state : List.of("08006", "08003", "08001", "57P01", "57P02", "57P03", "90067",
        "90098", "90121")) {
      assertThat(Errors.translate(Dialect.POSTGRESQL, null, "SELECT 1",
          new SQLException("gone", state)))
          .as(state).isExactlyInstanceOf(ConnectionLostException.class)
          .hasMessageStartingWith("the connection to the database was lost while running"
              + " [SELECT 1]: gone (SQLState " + state + ")");
    }
    SQLException chained = new SQLException("FATAL: terminating connection", "57P01");
    chained.setNextException(new SQLException("I/O error", "08006"));
    assertThat(Errors.isConnectionLost(chained)).isTrue();
    assertThat(Errors.isConnectionLost(new SQLException("no", "23505"))).isFalse();
    assertThat(Errors.isConnectionLost(new SQLException("no"))).isFalse();
  }

  @Test
  void lostConnectionDuringCommitIsAnUnknownOutcome() {
    assertThat(Errors.commitFailure(Dialect.POSTGRESQL, new SQLException("I/O error", "08006")))
        .isExactlyInstanceOf(UnknownCommitOutcomeException.class)
        .hasMessage("the connection to the database was lost during COMMIT: the transaction"
            + " may or may not have committed; check before running it again (I/O error)");
    assertThat(Errors.commitFailure(Dialect.POSTGRESQL,
        new SQLException("could not serialize access", "40001")))
        .isExactlyInstanceOf(SerializationFailureException.class);
  }

  @Test
  void poolTimeoutIsExhaustionUnlessTheServerDidNotAnswer() {
    Duration wait = Duration.ofMillis(250);
    PrecastException exhausted = Errors.acquireFailure("jdbc:h2:mem:app", "precast-7", 4, wait,
        new SQLTransientConnectionException("precast-7 - Connection is not available"));
    assertThat(exhausted).isExactlyInstanceOf(PoolExhaustedException.class)
        .hasMessageStartingWith("no connection free within 250 ms: all 4 connections of pool"
            + " precast-7 (jdbc:h2:mem:app) are in use");
    assertThat(((PoolExhaustedException) exhausted).poolSize()).isEqualTo(4);
    assertThat(((PoolExhaustedException) exhausted).waited()).isEqualTo(wait);

    SQLException refused = new SQLException("Connection to db:5432 refused", "08001",
        new java.net.ConnectException("Connection refused"));
    assertThat(Errors.acquireFailure("jdbc:postgresql://db:5432/app", "precast-7", 4, wait,
        new SQLTransientConnectionException("not available", "08001", refused)))
        .isExactlyInstanceOf(ConnectionLostException.class)
        .hasMessage("cannot connect to jdbc:postgresql://db:5432/app within 250 ms:"
            + " Connection refused");
    assertThat(Errors.acquireFailure("jdbc:postgresql://db:5432/app", null, 0, null, refused))
        .isExactlyInstanceOf(ConnectionLostException.class)
        .hasMessage("cannot connect to jdbc:postgresql://db:5432/app: Connection refused");
  }

  @Test
  void failedBatchRowIsTheFirstFailedCountOrTheCountsBeforeTheFailure() {
    int failed = Statement.EXECUTE_FAILED;
    assertThat(Errors.failedBatchRow(Dialect.H2,
        new BatchUpdateException("x", "23505", new int[] {1, 1, failed, 1, failed}), 5))
        .isEqualTo(2);
    assertThat(Errors.failedBatchRow(Dialect.H2,
        new BatchUpdateException("x", "23505", new int[] {failed}), 1)).isZero();
    assertThat(Errors.failedBatchRow(Dialect.H2,
        new BatchUpdateException("x", "23505", new int[] {1, 1, 1}), 5)).isEqualTo(3);
    int[] allFailed = new int[1000];
    Arrays.fill(allFailed, failed);
    assertThat(Errors.failedBatchRow(Dialect.POSTGRESQL, new BatchUpdateException(
        "Batch entry 499 INSERT INTO person (name) VALUES (('Ada 1')) was aborted",
        "23505", allFailed), 1000)).isEqualTo(499);
    assertThat(Errors.failedBatchRow(Dialect.POSTGRESQL, new BatchUpdateException(
        "Batch entry 9 ...", "23505", new int[] {failed, failed}), 2)).isEqualTo(-1);
    assertThat(Errors.failedBatchRow(Dialect.H2, new SQLException("no batch"), 2)).isEqualTo(-1);
  }

  private int update(EntityTable<?> table, String sql) {
    return Jdbc.update(db, table, sql, StatementBinder.NONE);
  }

  private void execute(String sql) {
    db.withConnection(c -> {
      try (Statement statement = c.createStatement()) {
        return statement.execute(sql);
      }
    });
  }
}
