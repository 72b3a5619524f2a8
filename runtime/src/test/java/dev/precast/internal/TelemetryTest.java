package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.ConnectionEvent;
import dev.precast.Database;
import dev.precast.DatabaseListener;
import dev.precast.StatementEvent;
import dev.precast.TransactionEvent;
import dev.precast.UniqueViolationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the runtime tells a {@link DatabaseListener}, on H2 with hand-written tables. */
class TelemetryTest {
  private static final String INSERT = "INSERT INTO author (id, email, age) VALUES (?, ?, ?)";
  private static final String SELECT = "SELECT id, email, age, \"Pen Name\" FROM author";
  private static final Jdbc.RowBinder<Authors.Author> BIND = (parameters, author) -> {
    parameters.setLong(1, author.id());
    parameters.setString(2, author.email());
    parameters.setIntOrNull(3, author.age());
  };
  private static int counter;
  private final Recorder events = new Recorder();
  private Database db;

  @BeforeEach
  void open() {
    db = Database.builder("jdbc:h2:mem:telemetry_test_" + counter++).listener(events).build();
    Jdbc.execute(db, Authors.AUTHOR, Authors.AUTHOR_DDL);
    events.clear();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void nothingToReportMeansNoTelemetry() {
    assertThat(Telemetry.create(List.of(), 0)).isNull();
    assertThat(Telemetry.create(List.of(), 1)).isNotNull();
    try (Database quiet = Database.builder("jdbc:h2:mem:telemetry_quiet")
        .slowStatementThreshold(Duration.ZERO).build()) {
      assertThat(Telemetry.of(quiet)).isNull();
    }
    assertThat(Telemetry.of(db).listening()).isTrue();
  }

  @Test
  void fromEnvReadsTheSlowStatementThreshold() {
    try (Database off = ConnectionUrls.fromEnvironment(Map.of("DATABASE_URL",
        "jdbc:h2:mem:telemetry_env", "PRECAST_SLOW_STATEMENT_MS", "0")).builder().build()) {
      assertThat(Telemetry.of(off)).isNull();
    }
  }

  @Test
  void everyKindOfStatementIsOneEventWithItsRows() {
    insert(1, "a");
    Jdbc.batch(db, Authors.AUTHOR, INSERT, List.of(author(2, "b"), author(3, "c")), BIND);
    List<Authors.Author> all =
        Jdbc.query(db, Authors.AUTHOR, SELECT, StatementBinder.NONE,
            Results.list(Authors.AUTHOR.mapper()));
    Optional<Authors.Author> none = Jdbc.query(db, Authors.AUTHOR, SELECT + " WHERE id = 9",
        StatementBinder.NONE, Results.optional(Authors.AUTHOR.mapper()));
    long count = Jdbc.query(db, Authors.AUTHOR, "SELECT COUNT(*) FROM author",
        StatementBinder.NONE, Results.COUNT);
    int updated = Jdbc.update(db, Authors.AUTHOR, "UPDATE author SET age = 1",
        StatementBinder.NONE);

    assertThat(all).hasSize(3);
    assertThat(none).isEmpty();
    assertThat(count).isEqualTo(3);
    assertThat(updated).isEqualTo(3);
    assertThat(events.statements).extracting(StatementEvent::sql).containsExactly(
        INSERT, INSERT, SELECT, SELECT + " WHERE id = 9", "SELECT COUNT(*) FROM author",
        "UPDATE author SET age = 1");
    assertThat(events.statements).extracting(StatementEvent::rows)
        .containsExactly(1, 2, 3, 0, -1, 3);
    assertThat(events.statements).extracting(StatementEvent::batchSize)
        .containsExactly(1, 2, 1, 1, 1, 1);
    assertThat(events.statements).allSatisfy(event -> {
      assertThat(event.nanos()).isPositive();
      assertThat(event.succeeded()).isTrue();
    });
  }

  @Test
  void aFailedStatementCarriesItsTypedFailure() {
    insert(1, "a");
    events.clear();

    assertThatThrownBy(() -> insert(2, "a")).isInstanceOf(UniqueViolationException.class);

    assertThat(events.statements).singleElement().satisfies(event -> {
      assertThat(event.sql()).isEqualTo(INSERT);
      assertThat(event.rows()).isEqualTo(-1);
      assertThat(event.nanos()).isPositive();
      assertThat(event.failure()).isInstanceOf(UniqueViolationException.class);
      assertThat(event.succeeded()).isFalse();
    });
  }

  @Test
  void aStreamIsOneEventWhenItEnds() {
    Jdbc.batch(db, Authors.AUTHOR, INSERT, List.of(author(1, "a"), author(2, "b")), BIND);
    events.clear();

    try (Stream<Authors.Author> rows = RowStream.open(db, Authors.AUTHOR, SELECT,
        StatementBinder.NONE, Authors.AUTHOR.mapper())) {
      assertThat(rows.count()).isEqualTo(2);
      assertThat(events.statements).singleElement().satisfies(event -> {
        assertThat(event.sql()).isEqualTo(SELECT);
        assertThat(event.rows()).isEqualTo(2);
        assertThat(event.nanos()).isPositive();
      });
    }
    assertThat(events.statements).hasSize(1);
  }

  @Test
  void transactionsAndConnectionsAreTimed() {
    db.useTransaction(tx -> insert(1, "a"));
    db.useTransaction(tx -> tx.setRollbackOnly());
    IllegalStateException bodyFailure = new IllegalStateException("no");
    assertThatThrownBy(() -> db.useTransaction(tx -> {
      throw bodyFailure;
    })).isSameAs(bodyFailure);

    assertThat(events.commits).singleElement()
        .satisfies(event -> assertThat(event.nanos()).isPositive());
    assertThat(events.rollbacks).hasSize(2);
    assertThat(events.rollbacks.get(0).failure()).isNull();
    assertThat(events.rollbacks.get(1).failure()).isSameAs(bodyFailure);
    assertThat(events.connections).hasSize(3)
        .allSatisfy(event -> assertThat(event.succeeded()).isTrue());
  }

  @Test
  void aThrowingListenerBreaksNothingAndTheOthersAreStillTold() {
    Recorder after = new Recorder();
    DatabaseListener throwing = new DatabaseListener() {
      @Override
      public void onStatement(StatementEvent event) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void onCommit(TransactionEvent event) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void onConnectionAcquired(ConnectionEvent event) {
        throw new IllegalStateException("listener bug");
      }
    };
    try (Database both = Database.builder("jdbc:h2:mem:telemetry_throwing")
        .listener(throwing).listener(after).build()) {
      Jdbc.execute(both, Authors.AUTHOR, Authors.AUTHOR_DDL);
      both.useTransaction(tx -> Jdbc.insert(both, Authors.AUTHOR,
          "INSERT INTO author (id, email) VALUES (1, 'a')", author(1, "a"),
          (parameters, row) -> { }, "ID", (row, keys) -> row));

      assertThat(Jdbc.query(both, Authors.AUTHOR, "SELECT COUNT(*) FROM author",
          StatementBinder.NONE, Results.COUNT)).isEqualTo(1);
      assertThat(after.statements).hasSize(3);
      assertThat(after.commits).hasSize(1);
    }
  }

  @Test
  void rowsOfResultsAndBatches() {
    assertThat(Telemetry.rowsOf(List.of(1, 2))).isEqualTo(2);
    assertThat(Telemetry.rowsOf(Optional.of(1))).isEqualTo(1);
    assertThat(Telemetry.rowsOf(Optional.empty())).isZero();
    assertThat(Telemetry.rowsOf(Long.valueOf(7))).isEqualTo(-1);
    assertThat(Telemetry.rowsOf(new int[] {1, 1, 0})).isEqualTo(2);
    assertThat(Telemetry.rowsOf(new int[] {1, java.sql.Statement.SUCCESS_NO_INFO})).isEqualTo(-1);
  }

  private void insert(long id, String email) {
    Jdbc.update(db, Authors.AUTHOR, INSERT, parameters -> BIND.bind(parameters, author(id, email)));
  }

  private static Authors.Author author(long id, String email) {
    return new Authors.Author(id, email, null);
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
