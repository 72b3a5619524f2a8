package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.EntityTable;
import dev.precast.OptimisticLockException;
import dev.precast.PrecastException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The helpers generated code calls for pessimistic and optimistic locking, on H2. */
class LockingTest {
  private static final EntityTable<Authors.Author> AUTHOR = Authors.AUTHOR;
  private static final String UPDATE_VERSIONED =
      "UPDATE author SET email = ?, age = age + 1 WHERE id = ? AND age = ?";
  private static final String DELETE_VERSIONED = "DELETE FROM author WHERE id = ? AND age = ?";
  private static int counter;
  private Database db;

  @BeforeEach
  void open() {
    db = Database.connect("jdbc:h2:mem:locking_test_" + counter++);
    execute(Authors.AUTHOR_DDL);
    execute("INSERT INTO author (id, email, age) VALUES (5, 'ada@example.com', 3)");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void queryForUpdateOutsideATransactionSaysToOpenOne() {
    assertThatThrownBy(() -> findByIdForUpdate(5))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessage("findByIdForUpdate needs a transaction: call it inside db.useTransaction(...),"
            + " which holds its lock on the author rows it reads until the transaction ends");
  }

  @Test
  void queryForUpdateInsideATransactionReadsTheRow() {
    Optional<Authors.Author> found = lockedRow(5);

    assertThat(found).contains(new Authors.Author(5, "ada@example.com", 3));
  }

  @Test
  void versionedUpdateAtTheExpectedVersionChangesTheRow() {
    Jdbc.updateVersioned(db, AUTHOR, UPDATE_VERSIONED, bindUpdate("bob@example.com", 3), 5L, 3);

    assertThat(lockedRow(5))
        .contains(new Authors.Author(5, "bob@example.com", 4));
  }

  @Test
  void versionedUpdateAtAnotherVersionThrowsAndWritesNothing() {
    assertThatThrownBy(() ->
        Jdbc.updateVersioned(db, AUTHOR, UPDATE_VERSIONED, bindUpdate("eve@example.com", 2), 5L, 2))
        .isInstanceOfSatisfying(OptimisticLockException.class, e -> {
          assertThat(e).hasMessage(
              "author row with id 5 was changed or deleted by someone else (expected version 2)");
          assertThat(e.table()).isEqualTo("author");
          assertThat(e.id()).isEqualTo(5L);
          assertThat(e.expectedVersion()).isEqualTo(2);
        });
    assertThat(lockedRow(5).orElseThrow().email())
        .isEqualTo("ada@example.com");
  }

  @Test
  void versionedDeleteOfAChangedOrDeletedRowThrows() {
    assertThatThrownBy(() -> Jdbc.deleteVersioned(db, AUTHOR, DELETE_VERSIONED,
        parameters -> {
          parameters.setLong(1, 5);
          parameters.setLong(2, 2);
        }, 5L, 2))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageContaining("expected version 2");
    Jdbc.deleteVersioned(db, AUTHOR, DELETE_VERSIONED, parameters -> {
      parameters.setLong(1, 5);
      parameters.setLong(2, 3);
    }, 5L, 3);
    assertThat(lockedRow(5)).isEmpty();
  }

  /** No statement failed: the transaction may handle the conflict and commit. */
  @Test
  void optimisticLockExceptionDoesNotDoomTheTransaction() {
    db.useTransaction(tx -> {
      assertThatThrownBy(() -> Jdbc.updateVersioned(db, AUTHOR, UPDATE_VERSIONED,
          bindUpdate("eve@example.com", 1), 5L, 1)).isInstanceOf(OptimisticLockException.class);
      Jdbc.updateVersioned(db, AUTHOR, UPDATE_VERSIONED, bindUpdate("bob@example.com", 3), 5L, 3);
    });

    assertThat(lockedRow(5).orElseThrow().email())
        .isEqualTo("bob@example.com");
  }

  private Optional<Authors.Author> lockedRow(long id) {
    return db.inTransaction(tx -> findByIdForUpdate(id));
  }

  private Optional<Authors.Author> findByIdForUpdate(long id) {
    return Jdbc.queryForUpdate(db, AUTHOR, "findByIdForUpdate",
        "SELECT id, email, age FROM author WHERE id = ? FOR UPDATE",
        parameters -> parameters.setLong(1, id), Results.optional(AUTHOR.mapper()));
  }

  private static StatementBinder bindUpdate(String email, long version) {
    return parameters -> {
      parameters.setString(1, email);
      parameters.setLong(2, 5);
      parameters.setLong(3, version);
    };
  }

  private void execute(String sql) {
    db.withConnection(c -> {
      try (Statement statement = c.createStatement()) {
        return statement.execute(sql);
      }
    });
  }
}
