package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.OptimisticLockException;
import dev.precast.PrecastException;
import dev.precast.UniqueViolationException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Atomic batches on H2: a bad row writes nothing, and the error names it. */
class BatchTest {
  private static final String INSERT = "INSERT INTO author (id, email, age) VALUES (?, ?, ?)";
  private static final String UPDATE = "UPDATE author SET email = ? WHERE id = ?";
  private static final Jdbc.RowBinder<Authors.Author> BIND_INSERT = (parameters, author) -> {
    parameters.setLong(1, author.id());
    parameters.setString(2, author.email());
    parameters.setIntOrNull(3, author.age());
  };
  private static final Jdbc.RowBinder<Authors.Author> BIND_UPDATE = (parameters, author) -> {
    parameters.setString(1, author.email());
    parameters.setLong(2, author.id());
  };
  private static int counter;
  private Database db;

  @BeforeEach
  void open() {
    db = Database.connect("jdbc:h2:mem:batch_test_" + counter++);
    execute(Authors.AUTHOR_DDL);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void failedBatchStoresNothingAndNamesTheRow() {
    List<Authors.Author> rows = List.of(author(1, "a"), author(2, "b"), author(3, "c"),
        author(4, "b"), author(5, "e"));

    assertThatThrownBy(() -> Jdbc.batch(db, Authors.AUTHOR, INSERT, rows, BIND_INSERT))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e).hasMessage("duplicate value for author.email"
              + " (constraint uq_author_email, row 3 of 5)");
          assertThat(e.constraintName()).isEqualTo("uq_author_email");
        });
    assertThat(count()).isZero();
  }

  @Test
  void failedBatchInsideATransactionIsUndoneToItsSavepoint() {
    db.useTransaction(tx -> {
      Jdbc.batch(db, Authors.AUTHOR, INSERT, List.of(author(1, "a")), BIND_INSERT);
      assertThatThrownBy(() -> Jdbc.batch(db, Authors.AUTHOR, INSERT,
          List.of(author(2, "b"), author(3, "a")), BIND_INSERT))
          .isInstanceOf(UniqueViolationException.class);
    });

    assertThat(count()).isEqualTo(1);
  }

  @Test
  void updateAllChangesEveryRowOrNothing() {
    Jdbc.batch(db, Authors.AUTHOR, INSERT, List.of(author(1, "a"), author(2, "b")), BIND_INSERT);

    List<Authors.Author> changed = List.of(author(1, "new a"), author(2, "new b"));
    assertThat(Jdbc.updateAll(db, Authors.AUTHOR, UPDATE, changed, BIND_UPDATE,
        Authors.Author::id)).isEqualTo(changed);
    assertThatThrownBy(() -> Jdbc.updateAll(db, Authors.AUTHOR, UPDATE,
        List.of(author(1, "newer a"), author(42, "ghost"), author(2, "newer b")), BIND_UPDATE,
        Authors.Author::id))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessage("update of author found no row with id 42 (row 1 of 3): insert it first, or"
            + " it was deleted");
    assertThat(emails()).isEqualTo("new a@example.com,new b@example.com");
  }

  @Test
  void updateAllOfVersionedRowsNamesTheRowThatWasChangedSinceItWasRead() {
    Jdbc.batch(db, Authors.AUTHOR, INSERT,
        List.of(new Authors.Author(1, "a", 3), new Authors.Author(2, "b", 7)), BIND_INSERT);

    assertThatThrownBy(() -> Jdbc.updateAllVersioned(db, Authors.AUTHOR,
        "UPDATE author SET email = ?, age = age + 1 WHERE id = ? AND age = ?",
        List.of(new Authors.Author(1, "new a", 3), new Authors.Author(2, "new b", 6)),
        (parameters, author) -> {
          parameters.setString(1, author.email());
          parameters.setLong(2, author.id());
          parameters.setLong(3, author.age());
        }, Authors.Author::id, Authors.Author::age))
        .isInstanceOfSatisfying(OptimisticLockException.class, e -> {
          assertThat(e).hasMessage("author row with id 2 was changed or deleted by someone else"
              + " (expected version 6, row 1 of 2)");
          assertThat(e.id()).isEqualTo(2L);
          assertThat(e.expectedVersion()).isEqualTo(6);
        });
    assertThat(emails()).isEqualTo("a,b");
  }

  @Test
  void deleteAllByIdDeletesTheRowsThatExistAndCountsThem() {
    Jdbc.batch(db, Authors.AUTHOR, INSERT,
        List.of(author(1, "a"), author(2, "b"), author(3, "c")), BIND_INSERT);

    int deleted = Jdbc.deleteAllById(db, Authors.AUTHOR, "DELETE FROM author WHERE id = ?",
        List.of(1L, 3L, 99L), (parameters, id) -> parameters.setLong(1, id));

    assertThat(deleted).isEqualTo(2);
    assertThat(emails()).isEqualTo("b@example.com");
    assertThat(Jdbc.deleteAllById(db, Authors.AUTHOR, "DELETE FROM author WHERE id = ?",
        List.<Long>of(), (parameters, id) -> parameters.setLong(1, id))).isZero();
  }

  private static Authors.Author author(long id, String name) {
    return new Authors.Author(id, name + "@example.com", null);
  }

  private long count() {
    return db.withConnection(c -> {
      try (Statement statement = c.createStatement();
          ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM author")) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  private String emails() {
    return db.withConnection(c -> {
      try (Statement statement = c.createStatement();
          ResultSet rows = statement.executeQuery("SELECT email FROM author ORDER BY id")) {
        StringBuilder emails = new StringBuilder();
        while (rows.next()) {
          emails.append(emails.length() == 0 ? "" : ",").append(rows.getString(1));
        }
        return emails.toString();
      }
    });
  }

  private void execute(String sql) {
    db.withConnection(c -> {
      try (Statement statement = c.createStatement()) {
        return statement.execute(sql);
      }
    });
  }
}
