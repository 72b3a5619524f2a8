package dev.precast.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.precast.Database;
import dev.precast.PrecastException;
import dev.precast.UniqueViolationException;
import dev.precast.internal.Jdbc;
import dev.precast.internal.Results;
import dev.precast.internal.StatementBinder;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meters of a database on H2, read back from a {@link SimpleMeterRegistry}. */
class PrecastMetricsTest {
  private static final String INSERT = "INSERT INTO item (id, name) VALUES (?, ?)";
  private static final String COUNT = "SELECT COUNT(*) FROM item";
  private static int counter;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private PrecastMetrics metrics;
  private Database db;

  @BeforeEach
  void open() {
    metrics = new PrecastMetrics(registry, Tags.of("db", "items"));
    db = Database.builder("jdbc:h2:mem:metrics_test_" + counter++).listener(metrics).build();
    Jdbc.execute(db, null, "CREATE TABLE item (id BIGINT PRIMARY KEY,"
        + " name VARCHAR(20) NOT NULL, CONSTRAINT uq_item_name UNIQUE (name))");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void statementsAreTimedPerSqlTextAndOutcome() {
    insert(1, "a");
    insert(2, "b");
    assertThat(Jdbc.query(db, null, COUNT, StatementBinder.NONE, Results.COUNT)).isEqualTo(2);
    assertThatThrownBy(() -> insert(3, "a")).isInstanceOf(UniqueViolationException.class);

    Timer inserts = registry.get(PrecastMetrics.STATEMENTS)
        .tags("sql", INSERT, "outcome", "success", "exception", "none", "db", "items").timer();
    assertThat(inserts.count()).isEqualTo(2);
    assertThat(inserts.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    assertThat(registry.get(PrecastMetrics.STATEMENTS).tags("sql", COUNT).timer().count())
        .isEqualTo(1);
    Timer failed = registry.get(PrecastMetrics.STATEMENTS).tags("sql", INSERT,
        "outcome", "failure", "exception", "UniqueViolationException").timer();
    assertThat(failed.count()).isEqualTo(1);
    assertThat(failed.totalTime(TimeUnit.NANOSECONDS)).isPositive();
  }

  @Test
  void commitsAndRollbacksAreCounted() {
    db.useTransaction(tx -> insert(1, "a"));
    db.useTransaction(tx -> insert(2, "b"));
    db.useTransaction(tx -> tx.setRollbackOnly());
    assertThatThrownBy(() -> db.useTransaction(tx -> insert(3, "a")))
        .isInstanceOf(UniqueViolationException.class);

    Timer commits = registry.get(PrecastMetrics.TRANSACTIONS).tags("outcome", "commit").timer();
    Timer rollbacks =
        registry.get(PrecastMetrics.TRANSACTIONS).tags("outcome", "rollback").timer();
    assertThat(commits.count()).isEqualTo(2);
    assertThat(commits.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    assertThat(rollbacks.count()).isEqualTo(2);
  }

  @Test
  void connectionAcquisitionIsTimed() {
    Timer acquired = registry.get(PrecastMetrics.CONNECTION_ACQUIRE)
        .tags("outcome", "success", "db", "items").timer();
    long before = acquired.count();

    insert(1, "a");
    db.useTransaction(tx -> {
      insert(2, "b");
      insert(3, "c");
    });

    assertThat(acquired.count() - before).isEqualTo(2);
    assertThat(acquired.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    assertThat(registry.get(PrecastMetrics.CONNECTION_ACQUIRE).tags("outcome", "failure")
        .timer().count()).isZero();
  }

  @Test
  void thePoolPrecastMadeReportsHikariCpsOwnGauges() {
    assertThat(metrics.bindPool(db)).isTrue();
    insert(1, "a");

    String pool = ((HikariDataSource) db.dataSource()).getPoolName();
    assertThat(registry.get("hikaricp.connections").tag("pool", pool).gauge().value())
        .isPositive();
    assertThat(registry.get("hikaricp.connections.max").tag("pool", pool).gauge().value())
        .isEqualTo(Database.DEFAULT_MAXIMUM_POOL_SIZE);
    assertThat(registry.get("hikaricp.connections.active").tag("pool", pool).gauge())
        .isNotNull();
    assertThatThrownBy(() -> metrics.bindPool(db))
        .isInstanceOf(PrecastException.class)
        .hasMessageContaining("reports its metrics already");
  }

  @Test
  void aPoolTheCallerOwnsIsLeftAlone() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:metrics_caller_pool");
    try (HikariDataSource pool = new HikariDataSource(config);
        Database callers = Database.of(pool, metrics)) {
      assertThat(metrics.bindPool(callers)).isFalse();
      assertThat(pool.getMetricsTrackerFactory()).isNull();
      assertThat(registry.find("hikaricp.connections").gauges()).isEmpty();
    }
  }

  private void insert(long id, String name) {
    Jdbc.update(db, null, INSERT, parameters -> {
      parameters.setLong(1, id);
      parameters.setString(2, name);
    });
  }
}
