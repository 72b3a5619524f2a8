package dev.precast.it;

import static dev.precast.it.support.FivePeople.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.precast.Database;
import dev.precast.IncorrectResultSizeException;
import dev.precast.Page;
import dev.precast.PageRequest;
import dev.precast.PoolExhaustedException;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.Note_;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.Person_;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.FivePeople;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.StatementCounter;
import dev.precast.it.support.TestDatabase;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** What a DSL query returns: one, exists, count, page, stream and explain, on a real table. */
class QueryResultsTest extends DatabaseTest {
  /** More rows than one fetch of a stream reads, so that a half-read stream has a cursor open. */
  private static final int MANY = 600;

  @OnEveryDatabase
  void oneReturnsTheOnlyMatchingRow(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    assertThat(people.query().where(Person_.NAME.eq("Bob")).one().getName()).isEqualTo("Bob");
    assertThat(people.query().where(Person_.AGE.eq(25)).orderBy(Person_.NAME.asc()).offset(1)
        .one().getName()).isEqualTo("Dee");
  }

  @OnEveryDatabase
  void oneOfNoRowSaysNoneMatched(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    assertThatThrownBy(() -> people.query().where(Person_.NAME.eq("Zed")).one())
        .isInstanceOfSatisfying(IncorrectResultSizeException.class, e -> {
          assertThat(e.actualSize()).isZero();
          assertThat(e.table()).isEqualTo("person");
        })
        .hasMessageStartingWith("one() expected exactly one row of person but none matched"
            + " [SELECT ")
        .hasMessageContaining("use first()")
        .hasMessageNotContaining("Zed");
  }

  @OnEveryDatabase
  void oneOfSeveralRowsSaysHowMany(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    assertThatThrownBy(() -> people.query().where(Person_.AGE.eq(25)).one())
        .isInstanceOfSatisfying(IncorrectResultSizeException.class,
            e -> assertThat(e.actualSize()).isEqualTo(2))
        .hasMessageContaining("but 2 rows matched");
    assertThatThrownBy(() -> people.query().where(Person_.ACTIVE.eq(true)).one())
        .isInstanceOfSatisfying(IncorrectResultSizeException.class,
            e -> assertThat(e.actualSize()).isEqualTo(3))
        .hasMessageContaining("but 3 rows matched");
    assertThatThrownBy(() -> people.query().orderBy(Person_.NAME.asc()).offset(1).one())
        .isInstanceOfSatisfying(IncorrectResultSizeException.class,
            e -> assertThat(e.actualSize()).isEqualTo(2))
        .hasMessageContaining("more than one (at least 2)");
  }

  @OnEveryDatabase
  void existsAndCount(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    assertThat(people.query().where(Person_.NAME.eq("Eve")).exists()).isTrue();
    assertThat(people.query().where(Person_.NAME.eq("Zed")).exists()).isFalse();
    assertThat(people.query().exists()).isTrue();
    assertThat(people.query().where(Person_.AGE.isNull()).count()).isEqualTo(1);
    people.query().all().delete();
    assertThat(people.query().exists()).isFalse();
    assertThat(people.query().count()).isZero();
  }

  @OnEveryDatabase
  void pagesCountTheRowsOfAllPages(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    Page<Person> first = people.query().orderBy(Person_.NAME.asc()).page(PageRequest.of(0, 2));
    assertThat(names(first.content())).containsExactly("Ada", "Bob");
    assertThat(first.totalElements()).isEqualTo(5);
    assertThat(first.totalPages()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.hasPrevious()).isFalse();

    Page<Person> second = people.query().orderBy(Person_.NAME.asc())
        .page(first.nextRequest());
    assertThat(names(second.content())).containsExactly("Cy", "Dee");
    assertThat(second.hasNext()).isTrue();

    Page<Person> last = people.query().orderBy(Person_.NAME.asc()).page(PageRequest.of(2, 2));
    assertThat(names(last.content())).containsExactly("Eve");
    assertThat(last.totalElements()).isEqualTo(5);
    assertThat(last.hasNext()).isFalse();
    assertThat(last.hasPrevious()).isTrue();

    Page<Person> beyond = people.query().orderBy(Person_.NAME.asc()).page(PageRequest.of(9, 2));
    assertThat(beyond.content()).isEmpty();
    assertThat(beyond.totalElements()).isEqualTo(5);
    assertThat(beyond.hasNext()).isFalse();

    Page<Person> active = people.query().where(Person_.ACTIVE.eq(true))
        .orderBy(Person_.NAME.desc()).page(PageRequest.first(2));
    assertThat(names(active.content())).containsExactly("Dee", "Cy");
    assertThat(active.totalElements()).isEqualTo(3);
    assertThat(active.totalPages()).isEqualTo(2);

    Page<Person> none = people.query().where(Person_.NAME.eq("Zed")).page(PageRequest.first(2));
    assertThat(none.content()).isEmpty();
    assertThat(none.totalElements()).isZero();
    assertThat(none.totalPages()).isZero();
    assertThat(none.hasNext()).isFalse();
  }

  @OnEveryDatabase
  void aPageCountsOnlyWhenItCannotTellTheTotal(TestDatabase database) {
    StatementCounter counter = new StatementCounter();
    try (Database db = Database.of(counter.wrap(database.unpooled()))) {
      db.dropAll(PrecastSchema.INSTANCE);
      db.createAll(PrecastSchema.INSTANCE);
      PersonRepository people = FivePeople.insertInto(db);

      counter.reset();
      people.query().orderBy(Person_.NAME.asc()).page(PageRequest.of(0, 2));
      assertThat(counter.sql()).hasSize(2).last().asString().startsWith("SELECT COUNT(*)");

      counter.reset();
      people.query().orderBy(Person_.NAME.asc()).page(PageRequest.of(2, 2));
      assertThat(counter.sql()).as("a last page that is not full tells the total").hasSize(1);
    }
  }

  @OnEveryDatabase
  void pageRefusesAQueryWithItsOwnLimit(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    assertThatThrownBy(() -> people.query().limit(3).page(PageRequest.first(2)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("PageRequest sets both");
  }

  @OnEveryDatabase
  void aStreamReadsEveryRowInOrder(TestDatabase database) {
    NoteRepository notes = manyNotes(fresh(database));

    try (Stream<Note> all = notes.query().orderBy(Note_.ID.asc()).stream()) {
      assertThat(all.map(n -> n.body)).containsExactlyElementsOf(bodies(MANY));
    }
    try (Stream<Note> some = notes.query().where(Note_.BODY.startsWith("note 1"))
        .orderBy(Note_.ID.asc()).limit(3).offset(1).stream()) {
      assertThat(some.map(n -> n.body)).containsExactly("note 10", "note 11", "note 12");
    }
  }

  /**
   * A stream holds its connection until it is closed, and then gives it back even when it was
   * read only partly: with a pool of one, another query waits for it while it is open, and
   * runs once it is closed.
   */
  @OnEveryDatabase
  void aHalfReadStreamReturnsItsConnectionWhenClosed(TestDatabase database) {
    try (Database db = poolOfOne(database)) {
      NoteRepository notes = manyNotes(db);

      Stream<Note> stream = notes.query().orderBy(Note_.ID.asc()).stream();
      Iterator<Note> rows = stream.iterator();
      for (int i = 0; i < 10; i++) {
        assertThat(rows.next().body).isEqualTo("note " + i);
      }
      Throwable whileOpen = catchThrowable(notes::count);
      stream.close();

      assertThat(whileOpen).as("the open stream holds the only connection")
          .isInstanceOf(PoolExhaustedException.class);
      assertThat(notes.count()).isEqualTo(MANY);
      assertThat(notes.query().where(Note_.BODY.eq("note 7")).exists()).isTrue();
    }
  }

  @OnEveryDatabase
  void aStreamInsideATransactionUsesTheTransactionsConnection(TestDatabase database) {
    try (Database db = poolOfOne(database)) {
      NoteRepository notes = manyNotes(db);

      long seen = db.inTransaction(tx -> {
        notes.insert(new Note("in the transaction"));
        try (Stream<Note> stream = notes.query().orderBy(Note_.ID.desc()).stream()) {
          Iterator<Note> rows = stream.iterator();
          assertThat(rows.next().body).isEqualTo("in the transaction");
          rows.next();
        }
        return notes.count();
      });

      assertThat(seen).isEqualTo(MANY + 1);
      assertThat(notes.count()).as("committed, and the connection is back").isEqualTo(MANY + 1);
    }
  }

  @OnEveryDatabase
  void explainReturnsThePlanNamingTheTable(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    String plan = people.query().where(Person_.NAME.eq("O'Brien").and(Person_.AGE.gt(3)))
        .orderBy(Person_.NAME.asc()).limit(2).explain();

    assertThat(plan).isNotBlank().containsIgnoringCase("person");
    assertThat(people.query().explain()).containsIgnoringCase("person");
  }

  /** A database of its own with a pool of one connection, its tables created. */
  private static Database poolOfOne(TestDatabase database) {
    Database db = database.builder(database.newUrl()).maximumPoolSize(1)
        .connectionTimeout(Duration.ofMillis(500)).build();
    db.dropAll(PrecastSchema.INSTANCE);
    db.createAll(PrecastSchema.INSTANCE);
    return db;
  }

  private static NoteRepository manyNotes(Database db) {
    NoteRepository notes = new NoteRepository(db);
    notes.insertAll(bodies(MANY).stream().map(Note::new).toList());
    return notes;
  }

  private static List<String> bodies(int count) {
    return IntStream.range(0, count).mapToObj(i -> "note " + i).toList();
  }


}
