package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.UniqueViolationException;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import dev.precast.micrometer.PrecastMetrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** precast-micrometer's meters for generated repositories, on every database. */
class MetricsTest {
  private static final String INSERT =
      "INSERT INTO person (name, email, nickname, active, age) VALUES (?, ?, ?, ?, ?)";

  @OnEveryDatabase
  void repositoryStatementsTransactionsAndThePoolAreMetered(TestDatabase database) {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    PrecastMetrics metrics = new PrecastMetrics(registry);
    try (Database db = database.builder(database.newUrl()).listener(metrics).build()) {
      assertThat(metrics.bindPool(db)).isTrue();
      db.dropAll(PrecastSchema.INSTANCE);
      db.createAll(PrecastSchema.INSTANCE);
      PersonRepository people = new PersonRepository(db);

      people.insert(new Person("Ada", "ada@example.com"));
      people.insertAll(List.of(new Person("Bob", "bob@example.com"),
          new Person("Cy", "cy@example.com")));
      assertThatThrownBy(() -> people.insert(new Person("Ada", "ada@example.com")))
          .isInstanceOf(UniqueViolationException.class);

      Timer inserts = registry.get(PrecastMetrics.STATEMENTS)
          .tags("sql", INSERT, "outcome", "success").timer();
      assertThat(inserts.count()).isEqualTo(2);
      assertThat(inserts.totalTime(TimeUnit.NANOSECONDS)).isPositive();
      assertThat(registry.get(PrecastMetrics.STATEMENTS).tags("sql", INSERT,
          "exception", "UniqueViolationException").timer().count()).isEqualTo(1);
      // createAll, dropAll and insertAll each ran in a transaction of their own.
      assertThat(registry.get(PrecastMetrics.TRANSACTIONS).tags("outcome", "commit").timer()
          .count()).isEqualTo(3);
      assertThat(registry.get("hikaricp.connections").gauge().value()).isPositive();
      assertThat(registry.get("hikaricp.connections.acquire").timer().count()).isPositive();
    }
  }
}
