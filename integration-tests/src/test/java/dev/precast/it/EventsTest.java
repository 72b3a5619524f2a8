package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.ConnectionEvent;
import dev.precast.Database;
import dev.precast.DatabaseListener;
import dev.precast.PoolExhaustedException;
import dev.precast.StatementEvent;
import dev.precast.TransactionEvent;
import dev.precast.UniqueViolationException;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.Person_;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.StderrCapture;
import dev.precast.it.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a {@link DatabaseListener} sees of real repository calls, and the slow-statement log,
 * on every database. No test asserts how long anything took, only that it was measured.
 */
class EventsTest {
  private static final String INSERT =
      "INSERT INTO person (name, email, nickname, active, age) VALUES (?, ?, ?, ?, ?)";
  private static final String SELECT_BY_EMAIL =
      "SELECT id, name, email, nickname, active, age FROM person WHERE email = ?";

  @OnEveryDatabase
  void statementsAreReportedWithTheirSqlRowsAndDuration(TestDatabase database) {
    Recorder events = new Recorder();
    try (Database db = open(database, builder -> builder.listener(events))) {
      PersonRepository people = new PersonRepository(db);
      events.clear();

      Person ada = people.insert(new Person("Ada", "ada@example.com"));
      people.insert(new Person("Bob", "bob@example.com"));
      assertThat(people.findByEmail("ada@example.com")).isPresent();
      assertThat(people.query().where(Person_.NAME.startsWith("A")).list()).hasSize(1);
      ada.setName("Ada L.");
      people.update(ada);
      assertThat(people.query().all().update().set(Person_.ACTIVE, true).execute()).isEqualTo(2);

      assertThat(events.statements).extracting(StatementEvent::sql).element(0).isEqualTo(INSERT);
      assertThat(events.statements).extracting(StatementEvent::sql).element(2)
          .isEqualTo(SELECT_BY_EMAIL);
      assertThat(events.statements).extracting(StatementEvent::rows)
          .containsExactly(1, 1, 1, 1, 1, 2);
      assertThat(events.statements.get(3).sql()).startsWith("SELECT").contains("LIKE ?");
      assertThat(events.statements.get(5).sql()).startsWith("UPDATE person SET active = ?");
      assertThat(events.statements).allSatisfy(event -> {
        assertThat(event.nanos()).isPositive();
        assertThat(event.duration()).isPositive();
        assertThat(event.batchSize()).isEqualTo(1);
        assertThat(event.failure()).isNull();
      });
      assertThat(events.statements).extracting(StatementEvent::sql)
          .noneMatch(sql -> sql.contains("ada@example.com") || sql.contains("Ada"));
    }
  }

  @OnEveryDatabase
  void aUniqueViolationIsAFailedEventWithTheTypedException(TestDatabase database) {
    Recorder events = new Recorder();
    try (Database db = open(database, builder -> builder.listener(events))) {
      PersonRepository people = new PersonRepository(db);
      people.insert(new Person("Ada", "ada@example.com"));
      events.clear();

      assertThatThrownBy(() -> people.insert(new Person("Ada 2", "ada@example.com")))
          .isInstanceOf(UniqueViolationException.class);

      assertThat(events.statements).singleElement().satisfies(event -> {
        assertThat(event.sql()).isEqualTo(INSERT);
        assertThat(event.succeeded()).isFalse();
        assertThat(event.failure()).isInstanceOfSatisfying(UniqueViolationException.class,
            e -> assertThat(e.constraintName()).isEqualTo("uq_person_email"));
        assertThat(event.rows()).isEqualTo(-1);
        assertThat(event.nanos()).isPositive();
      });
      assertThat(people.count()).isEqualTo(1);
    }
  }

  @OnEveryDatabase
  void insertAllIsOneBatchEventInACommittedTransaction(TestDatabase database) {
    Recorder events = new Recorder();
    try (Database db = open(database, builder -> builder.listener(events))) {
      PersonRepository people = new PersonRepository(db);
      events.clear();

      people.insertAll(List.of(new Person("Ada", "ada@example.com"),
          new Person("Bob", "bob@example.com"), new Person("Cy", "cy@example.com")));

      assertThat(events.statements).singleElement().satisfies(event -> {
        assertThat(event.sql()).isEqualTo(INSERT);
        assertThat(event.batchSize()).isEqualTo(3);
        assertThat(event.rows()).isEqualTo(3);
        assertThat(event.nanos()).isPositive();
      });
      assertThat(events.commits).singleElement()
          .satisfies(event -> assertThat(event.nanos()).isPositive());
      assertThat(events.rollbacks).isEmpty();
    }
  }

  @OnEveryDatabase
  void aFailedBatchIsOneFailedEventAndARollback(TestDatabase database) {
    Recorder events = new Recorder();
    try (Database db = open(database, builder -> builder.listener(events))) {
      PersonRepository people = new PersonRepository(db);
      events.clear();

      assertThatThrownBy(() -> people.insertAll(List.of(new Person("Ada", "ada@example.com"),
          new Person("Ada 2", "ada@example.com"))))
          .isInstanceOf(UniqueViolationException.class);

      // PostgreSQL inserts the rows with one multi-row statement, which names no failed row,
      // then runs them again as a JDBC batch, which does: two statements, two rollbacks.
      int attempts = database == TestDatabase.POSTGRESQL ? 2 : 1;
      assertThat(events.statements).hasSize(attempts).allSatisfy(event -> {
        assertThat(event.batchSize()).isEqualTo(2);
        assertThat(event.failure()).isInstanceOf(UniqueViolationException.class);
      });
      assertThat(events.commits).isEmpty();
      assertThat(events.rollbacks).hasSize(attempts).allSatisfy(event -> {
        assertThat(event.nanos()).isPositive();
        assertThat(event.failure()).isInstanceOf(UniqueViolationException.class);
      });
    }
  }

  @OnEveryDatabase
  void commitsAndRollbacksAreReportedWithTheirDuration(TestDatabase database) {
    Recorder events = new Recorder();
    try (Database db = open(database, builder -> builder.listener(events))) {
      PersonRepository people = new PersonRepository(db);
      events.clear();

      db.useTransaction(tx -> {
        people.insert(new Person("Ada", "ada@example.com"));
        db.useTransaction(nested -> people.insert(new Person("Bob", "bob@example.com")));
      });
      db.useTransaction(tx -> {
        people.insert(new Person("Cy", "cy@example.com"));
        tx.setRollbackOnly();
      });
      IllegalStateException bodyFailure = new IllegalStateException("changed my mind");
      assertThatThrownBy(() -> db.useTransaction(tx -> {
        people.insert(new Person("Di", "di@example.com"));
        throw bodyFailure;
      })).isSameAs(bodyFailure);

      assertThat(events.commits).singleElement().satisfies(event -> {
        assertThat(event.nanos()).isPositive();
        assertThat(event.failure()).isNull();
      });
      assertThat(events.rollbacks).hasSize(2)
          .allSatisfy(event -> assertThat(event.nanos()).isPositive());
      assertThat(events.rollbacks.get(0).failure()).isNull();
      assertThat(events.rollbacks.get(1).failure()).isSameAs(bodyFailure);
      assertThat(people.count()).isEqualTo(2);
    }
  }

  @OnEveryDatabase
  void everyConnectionTakenFromThePoolIsReportedAndSoIsAnExhaustedPool(TestDatabase database)
      throws Exception {
    Recorder events = new Recorder();
    try (Database db = open(database, builder -> builder.listener(events).maximumPoolSize(1)
        .connectionTimeout(Duration.ofMillis(250)))) {
      PersonRepository people = new PersonRepository(db);
      events.clear();

      people.count();
      db.useTransaction(tx -> {
        people.count();
        people.count();
      });
      assertThat(events.connections).hasSize(2).allSatisfy(event -> {
        assertThat(event.succeeded()).isTrue();
        assertThat(event.nanos()).isPositive();
      });
      events.clear();

      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> db.useTransaction(tx -> {
        people.count();
        holding.countDown();
        await(release);
      }));
      try {
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(people::count).isInstanceOf(PoolExhaustedException.class);
      } finally {
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
      }

      assertThat(events.connections).filteredOn(event -> !event.succeeded()).singleElement()
          .satisfies(event -> {
            assertThat(event.failure()).isInstanceOf(PoolExhaustedException.class);
            assertThat(event.nanos()).isPositive();
          });
    }
  }

  @OnEveryDatabase
  void aStreamIsOneEventWithTheRowsItRead(TestDatabase database) {
    Recorder events = new Recorder();
    try (Database db = open(database, builder -> builder.listener(events))) {
      PersonRepository people = new PersonRepository(db);
      people.insertAll(List.of(new Person("Ada", "ada@example.com"),
          new Person("Bob", "bob@example.com"), new Person("Cy", "cy@example.com")));
      events.clear();

      try (Stream<Person> stream = people.query().orderBy(Person_.ID.asc()).stream()) {
        assertThat(stream.limit(2).count()).isEqualTo(2);
      }

      assertThat(events.statements).singleElement().satisfies(event -> {
        assertThat(event.sql()).startsWith("SELECT");
        assertThat(event.rows()).isEqualTo(2);
        assertThat(event.nanos()).isPositive();
      });
    }
  }

  @OnEveryDatabase
  void aThrowingListenerBreaksNothingAndIsLoggedOnce(TestDatabase database) {
    Recorder after = new Recorder();
    try (StderrCapture stderr = new StderrCapture();
        Database db = open(database,
            builder -> builder.listener(new Throwing()).listener(after))) {
      PersonRepository people = new PersonRepository(db);

      db.useTransaction(tx -> people.insert(new Person("Ada", "ada@example.com")));
      assertThatThrownBy(() -> db.useTransaction(tx -> {
        throw new IllegalStateException("body");
      })).hasMessage("body");
      assertThatThrownBy(() -> people.insert(new Person("Ada", "ada@example.com")))
          .isInstanceOf(UniqueViolationException.class);

      assertThat(people.findByEmail("ada@example.com")).isPresent();
      assertThat(after.commits).isNotEmpty();
      assertThat(after.rollbacks).isNotEmpty();
      assertThat(after.statements).isNotEmpty();
      String warning = "database listener " + Throwing.class.getName() + " threw from";
      assertThat(stderr.contents()).contains("WARN dev.precast.sql.events - " + warning)
          .contains("listener bug");
      assertThat(stderr.contents().split(Pattern.quote(warning), -1)).as("warned once").hasSize(2);
    }
  }

  @OnEveryDatabase
  void slowStatementsAreLoggedWithTheirSqlButNeverTheirValues(TestDatabase database) {
    try (StderrCapture stderr = new StderrCapture();
        Database db = open(database,
            builder -> builder.slowStatementThreshold(Duration.ofNanos(1)))) {
      PersonRepository people = new PersonRepository(db);
      people.insertAll(List.of(new Person("Ada", "secret-ada@example.com"),
          new Person("Bob", "secret-bob@example.com")));
      people.findByEmail("secret-ada@example.com");
      assertThatThrownBy(() -> people.insert(new Person("Ada", "secret-ada@example.com")))
          .isInstanceOf(UniqueViolationException.class);

      assertThat(stderr.contents()).containsPattern("WARN dev\\.precast\\.sql\\.slow - slow"
          + " statement: \\d+ ms, 2 rows, batch of 2: \\Q" + INSERT + "\\E")
          .containsPattern("WARN dev\\.precast\\.sql\\.slow - slow statement: \\d+ ms, 1 row: "
          + "\\Q" + SELECT_BY_EMAIL + "\\E")
          .containsPattern("WARN dev\\.precast\\.sql\\.slow - slow statement: \\d+ ms, failed"
              + " \\(UniqueViolationException\\): \\Q" + INSERT + "\\E")
          .doesNotContain("secret-");
    }
  }

  @OnEveryDatabase
  void noSlowStatementLogWhenItIsOff(TestDatabase database) {
    try (StderrCapture stderr = new StderrCapture();
        Database db = open(database, builder -> builder.slowStatementThreshold(Duration.ZERO))) {
      new PersonRepository(db).insert(new Person("Ada", "ada@example.com"));

      assertThat(stderr.contents()).doesNotContain("dev.precast.sql.slow");
    }
  }

  @OnEveryDatabase
  void aDatabaseOnTheCallersDataSourceTellsItsListeners(TestDatabase database) {
    Recorder events = new Recorder();
    try (Database db = Database.of(database.unpooled(), events)) {
      db.dropAll(PrecastSchema.INSTANCE);
      db.createAll(PrecastSchema.INSTANCE);
      events.clear();

      new PersonRepository(db).insert(new Person("Ada", "ada@example.com"));

      assertThat(db.ownsDataSource()).isFalse();
      assertThat(events.statements).extracting(StatementEvent::sql).containsExactly(INSERT);
      assertThat(events.connections).hasSize(1);
    }
  }

  private static Database open(TestDatabase database,
      Function<Database.Builder, Database.Builder> configure) {
    Database db = configure.apply(database.builder(database.newUrl())).build();
    db.dropAll(PrecastSchema.INSTANCE);
    db.createAll(PrecastSchema.INSTANCE);
    return db;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Throws from every method. */
  static final class Throwing implements DatabaseListener {
    @Override
    public void onStatement(StatementEvent event) {
      throw new IllegalStateException("listener bug");
    }

    @Override
    public void onCommit(TransactionEvent event) {
      throw new IllegalStateException("listener bug");
    }

    @Override
    public void onRollback(TransactionEvent event) {
      throw new IllegalStateException("listener bug");
    }

    @Override
    public void onConnectionAcquired(ConnectionEvent event) {
      throw new IllegalStateException("listener bug");
    }
  }

  /** Keeps every event. */
  static final class Recorder implements DatabaseListener {
    final List<StatementEvent> statements = new CopyOnWriteArrayList<>();
    final List<TransactionEvent> commits = new CopyOnWriteArrayList<>();
    final List<TransactionEvent> rollbacks = new CopyOnWriteArrayList<>();
    final List<ConnectionEvent> connections = new CopyOnWriteArrayList<>();

    @Override
    public void onStatement(StatementEvent event) {
      statements.add(event);
    }

    @Override
    public void onCommit(TransactionEvent event) {
      commits.add(event);
    }

    @Override
    public void onRollback(TransactionEvent event) {
      rollbacks.add(event);
    }

    @Override
    public void onConnectionAcquired(ConnectionEvent event) {
      connections.add(event);
    }

    void clear() {
      statements.clear();
      commits.clear();
      rollbacks.clear();
      connections.clear();
    }
  }
}
