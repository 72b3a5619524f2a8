package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precast.Database;
import dev.precast.PrecastException;
import dev.precast.UniqueViolationException;
import dev.precast.internal.Jdbc;
import dev.precast.it.entities.Book;
import dev.precast.it.entities.BookRepository;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.Person_;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.entities.Token;
import dev.precast.it.entities.TokenRepository;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.StatementCounter;
import dev.precast.it.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code insertAll}: one JDBC batch (on PostgreSQL, multi-row INSERTs of up to 1,000 rows), ids
 * in order, and nothing stored when a row fails; the
 * batch helpers for updates and deletes likewise.
 */
class InsertAllTest extends DatabaseTest {
  private static final String RENAME = "UPDATE person SET name = ? WHERE id = ?";
  private static final Jdbc.RowBinder<Person> BIND_RENAME = (parameters, person) -> {
    parameters.setString(1, person.getName());
    parameters.setLongOrNull(2, person.getId());
  };

  @OnEveryDatabase
  void insertAllRunsOneBatchAndReturnsTheIdsInOrder(TestDatabase database) {
    StatementCounter counter = new StatementCounter();
    try (Database db = Database.of(counter.wrap(database.unpooled()))) {
      db.dropAll(PrecastSchema.INSTANCE);
      db.createAll(PrecastSchema.INSTANCE);
      PersonRepository people = new PersonRepository(db);
      counter.reset();

      List<Person> stored = people.insertAll(List.of(
          new Person("Ada", "ada@example.com"),
          new Person("Bob", "bob@example.com"),
          new Person("Cy", "cy@example.com")));

      assertThat(counter.prepared()).isEqualTo(1);
      if (database == TestDatabase.POSTGRESQL) {
        // One multi-row INSERT ... RETURNING: one statement, one round trip, the ids included.
        assertThat(counter.sql()).containsExactly("INSERT INTO person (name, email, nickname,"
            + " active, age) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)");
        assertThat(counter.batches()).isZero();
        assertThat(counter.singleExecutions()).isEqualTo(1);
      } else {
        assertThat(counter.batchRows()).isEqualTo(3);
        assertThat(counter.batches()).isEqualTo(1);
        assertThat(counter.singleExecutions()).isZero();
      }
      assertThat(stored).extracting(Person::getName).containsExactly("Ada", "Bob", "Cy");
      assertThat(stored).extracting(Person::getId).doesNotContainNull().isSorted()
          .doesNotHaveDuplicates();
      for (Person person : stored) {
        assertThat(people.findById(person.getId()).orElseThrow().getName())
            .isEqualTo(person.getName());
      }
    }
  }

  @OnEveryDatabase
  void insertAllOfRecordsReturnsNewRecordsWithTheirIds(TestDatabase database) {
    BookRepository books = new BookRepository(fresh(database));

    List<Book> stored = books.insertAll(List.of(new Book("A", 1, null), new Book("B", 2, null)));

    assertThat(stored).extracting(Book::title).containsExactly("A", "B");
    assertThat(stored.get(0).id()).isLessThan(stored.get(1).id());
    assertThat(books.findAll()).containsExactlyElementsOf(stored);
  }

  @OnEveryDatabase
  void insertAllRefusesARowWithAChosenIdentityIdAndStoresNothing(TestDatabase database) {
    BookRepository books = new BookRepository(fresh(database));

    assertThatThrownBy(() -> books.insertAll(List.of(
        new Book("generated", 1, null), new Book(500L, "assigned", 2, null))))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessageContaining("with id 500 (row 1)")
        .hasMessageContaining("the database generates this table's ids");
    assertThat(books.count()).isZero();
  }


  @OnEveryDatabase
  void duplicateInsideTheBatchStoresNothing(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    people.insert(new Person("Zed", "zed@example.com"));

    assertThatThrownBy(() -> people.insertAll(List.of(
        new Person("Ada", "ada@example.com"),
        new Person("Bob", "bob@example.com"),
        new Person("Ada again", "ada@example.com"))))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("uq_person_email");
          assertThat(e.table()).isEqualTo("person");
          assertThat(e.column()).isEqualTo("email");
        });
    assertThat(people.count()).isEqualTo(1);
    assertThat(people.findByEmail("ada@example.com")).isEmpty();
  }

  /** H2 reports the failed row in its update counts, PostgreSQL's driver in its message. */
  @OnEveryDatabase
  void badRowOfAThousandStoresNothingAndTheErrorNamesIt(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    List<Person> rows = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      rows.add(new Person("Person " + i, (i == 500 ? 10 : i) + "@example.com"));
    }

    assertThatThrownBy(() -> people.insertAll(rows))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e).hasMessage("duplicate value for person.email"
              + " (constraint uq_person_email, row 500 of 1000)");
          assertThat(e.column()).isEqualTo("email");
          assertThat(e.property()).isEqualTo("email");
        });
    assertThat(people.count()).isZero();
  }

  /**
   * With {@code reWriteBatchedInserts} PostgreSQL's driver sends many rows per statement and
   * names the statement, not the row: the message then gives the batch, never a wrong row.
   */
  @OnEveryDatabase
  void rewrittenBatchOfInsertsNamesNoWrongRow(TestDatabase database) {
    assumeTrue(database == TestDatabase.POSTGRESQL, "only PostgreSQL's driver rewrites batches");
    PGSimpleDataSource rewriting = (PGSimpleDataSource) database.unpooled();
    rewriting.setReWriteBatchedInserts(true);
    try (Database db = Database.of(rewriting)) {
      db.dropAll(PrecastSchema.INSTANCE);
      db.createAll(PrecastSchema.INSTANCE);
      // Token's ids are made by the repository, so its inserts ask for no generated keys:
      // only such inserts does the driver rewrite.
      TokenRepository tokens = new TokenRepository(db);
      List<Token> rows = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        rows.add(new Token(new UUID(0, i == 290 ? 1 : i), "Token " + i));
      }

      assertThatThrownBy(() -> tokens.insertAll(rows))
          .isInstanceOf(UniqueViolationException.class)
          .hasMessage("duplicate value for token.id (constraint pk_token, batch of 300 rows)");
      assertThat(tokens.count()).isZero();
    }
  }

  @OnEveryDatabase
  void batchUpdateChangesEveryRowOrNothing(TestDatabase database) {
    Database db = fresh(database);
    PersonRepository people = new PersonRepository(db);
    List<Person> stored = people.insertAll(List.of(
        new Person("Ada", "ada@example.com"), new Person("Bob", "bob@example.com")));
    Person ghost = new Person("Ghost", "ghost@example.com");
    ghost.setId(4242L);
    stored.forEach(person -> person.setName(person.getName() + " renamed"));

    assertThatThrownBy(() -> Jdbc.updateAll(db, Person_.TABLE, RENAME,
        List.of(stored.get(0), ghost, stored.get(1)), BIND_RENAME, Person::getId))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessage("update of person found no row with id 4242 (row 1 of 3): insert it first,"
            + " or it was deleted");
    assertThat(people.findAll()).extracting(Person::getName).containsExactly("Ada", "Bob");

    Jdbc.updateAll(db, Person_.TABLE, RENAME, stored, BIND_RENAME, Person::getId);
    assertThat(people.findAll()).extracting(Person::getName)
        .containsExactly("Ada renamed", "Bob renamed");
  }

  @OnEveryDatabase
  void batchUpdateThatBreaksAConstraintNamesTheRow(TestDatabase database) {
    Database db = fresh(database);
    PersonRepository people = new PersonRepository(db);
    List<Person> stored = people.insertAll(List.of(new Person("Ada", "ada@example.com"),
        new Person("Bob", "bob@example.com"), new Person("Cy", "cy@example.com")));
    stored.get(2).setEmail("ada@example.com");

    assertThatThrownBy(() -> Jdbc.updateAll(db, Person_.TABLE,
        "UPDATE person SET email = ? WHERE id = ?", stored, (parameters, person) -> {
          parameters.setString(1, person.getEmail());
          parameters.setLongOrNull(2, person.getId());
        }, Person::getId))
        .isInstanceOf(UniqueViolationException.class)
        .hasMessage("duplicate value for person.email (constraint uq_person_email, row 2 of 3)");
    assertThat(people.findByEmail("cy@example.com")).isPresent();
  }

  @OnEveryDatabase
  void batchDeleteByIdsCountsTheRowsItDeleted(TestDatabase database) {
    Database db = fresh(database);
    PersonRepository people = new PersonRepository(db);
    List<Person> stored = people.insertAll(List.of(new Person("Ada", "ada@example.com"),
        new Person("Bob", "bob@example.com"), new Person("Cy", "cy@example.com")));

    int deleted = Jdbc.deleteAllById(db, Person_.TABLE, "DELETE FROM person WHERE id = ?",
        List.of(stored.get(0).getId(), 4242L, stored.get(2).getId()),
        (parameters, id) -> parameters.setLong(1, id));

    assertThat(deleted).isEqualTo(2);
    assertThat(people.findAll()).extracting(Person::getName).containsExactly("Bob");
  }

  @OnEveryDatabase
  void duplicateOfAStoredRowStoresNothing(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    people.insert(new Person("Zed", "zed@example.com"));

    assertThatThrownBy(() -> people.insertAll(List.of(
        new Person("Ada", "ada@example.com"), new Person("Zed again", "zed@example.com"))))
        .isInstanceOfSatisfying(UniqueViolationException.class,
            e -> assertThat(e.constraintName()).isEqualTo("uq_person_email"));
    assertThat(people.count()).isEqualTo(1);
  }

  @OnEveryDatabase
  void insertAllGeneratesMissingUuidIdsAndRejectsDuplicates(TestDatabase database) {
    TokenRepository tokens = new TokenRepository(fresh(database));
    UUID id = UUID.fromString("00000000-0000-4000-8000-000000000001");

    List<Token> stored = tokens.insertAll(List.of(new Token(null, "a"), new Token(id, "b")));

    assertThat(stored.get(0).id()).isNotNull().isNotEqualTo(id);
    assertThat(stored.get(1).id()).isEqualTo(id);
    assertThatThrownBy(() -> tokens.insertAll(List.of(new Token(null, "c"), new Token(id, "d"))))
        .isInstanceOfSatisfying(UniqueViolationException.class,
            e -> assertThat(e.constraintName()).isEqualTo("pk_token"));
    assertThat(tokens.count()).isEqualTo(2);
  }

  @OnEveryDatabase
  void insertAllOfNothingReturnsNothing(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));

    assertThat(people.insertAll(List.of())).isEmpty();
    assertThat(people.count()).isZero();
  }

  @OnEveryDatabase
  void insertAllInsideATransactionIsUndoneByItsRollback(TestDatabase database) {
    Database db = fresh(database);
    PersonRepository people = new PersonRepository(db);

    db.useTransaction(tx -> {
      people.insertAll(List.of(new Person("Ada", "ada@example.com")));
      assertThat(people.count()).isEqualTo(1);
      tx.setRollbackOnly();
    });

    assertThat(people.count()).isZero();
  }

  @OnEveryDatabase
  void insertAllOnPostgresqlSendsOneStatementPerThousandRowsWithTheIdsInOrder(
      TestDatabase database) {
    assumeTrue(database == TestDatabase.POSTGRESQL, "multi-row inserts are PostgreSQL's");
    StatementCounter counter = new StatementCounter();
    try (Database db = Database.of(counter.wrap(database.unpooled()))) {
      db.dropAll(PrecastSchema.INSTANCE);
      db.createAll(PrecastSchema.INSTANCE);
      PersonRepository people = new PersonRepository(db);
      List<Person> rows = new ArrayList<>();
      for (int i = 0; i < 2500; i++) {
        rows.add(new Person("Person " + i, i + "@example.com"));
      }
      counter.reset();

      List<Person> stored = people.insertAll(rows);

      assertThat(counter.prepared()).isEqualTo(3);
      assertThat(counter.singleExecutions()).isEqualTo(3);
      assertThat(counter.batches()).isZero();
      assertThat(counter.sql()).extracting(sql -> sql.split("\\), \\(").length)
          .containsExactly(1000, 1000, 500);
      assertThat(stored).hasSize(2500).extracting(Person::getId).doesNotContainNull()
          .isSorted().doesNotHaveDuplicates();
      for (int i : new int[] {0, 999, 1000, 2499}) {
        assertThat(people.findById(stored.get(i).getId()).orElseThrow().getEmail())
            .isEqualTo(i + "@example.com");
      }
    }
  }

  @OnEveryDatabase
  void badRowInALaterChunkStoresNothingNamesTheRowAndGivesNoRowAnId(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    List<Person> rows = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      rows.add(new Person("Person " + i, (i == 1200 ? 3 : i) + "@example.com"));
    }

    assertThatThrownBy(() -> people.insertAll(rows))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> assertThat(e)
            .hasMessage("duplicate value for person.email"
                + " (constraint uq_person_email, row 1200 of 1500)"));
    assertThat(people.count()).isZero();
    assertThat(rows).extracting(Person::getId).containsOnlyNulls();
  }

  @OnEveryDatabase
  void failedInsertAllInsideATransactionLeavesItUsable(TestDatabase database) {
    Database db = fresh(database);
    PersonRepository people = new PersonRepository(db);

    db.useTransaction(tx -> {
      people.insert(new Person("Zed", "zed@example.com"));
      assertThatThrownBy(() -> people.insertAll(List.of(new Person("Ada", "ada@example.com"),
          new Person("Zed again", "zed@example.com"))))
          .isInstanceOfSatisfying(UniqueViolationException.class, e -> assertThat(e)
              .hasMessageContaining("row 1 of 2"));
      people.insertAll(List.of(new Person("Bob", "bob@example.com"),
          new Person("Cy", "cy@example.com")));
    });

    assertThat(people.findAll()).extracting(Person::getName).containsExactly("Zed", "Bob", "Cy");
  }
}
