package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.OptimisticLockException;
import dev.precast.PrecastException;
import dev.precast.ValidationException;
import dev.precast.it.entities.Counter;
import dev.precast.it.entities.CounterRepository;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.List;

/** The generated updateAll and deleteAll: one batch, all or nothing, the failing row named. */
class BatchWritesTest extends DatabaseTest {
  @OnEveryDatabase
  void updateAllWritesEveryRowOrNoneAndNamesTheMissingOne(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    List<Person> stored = people.insertAll(List.of(
        new Person("Ada", "ada@example.com"), new Person("Bob", "bob@example.com")));
    stored.get(0).setName("Ada Lovelace");
    stored.get(1).setName("Bob Babbage");
    people.updateAll(stored);
    assertThat(people.findAll()).extracting(Person::getName)
        .containsExactly("Ada Lovelace", "Bob Babbage");

    Person ghost = new Person("Ghost", "ghost@example.com");
    ghost.setId(999L);
    stored.get(0).setName("Changed");
    assertThatThrownBy(() -> people.updateAll(List.of(stored.get(0), ghost)))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessageContaining("row 1 of 2");
    assertThat(people.findById(stored.get(0).getId()).orElseThrow().getName())
        .isEqualTo("Ada Lovelace");
  }

  @OnEveryDatabase
  void updateAllValidatesEveryRowFirstAndNamesTheBadOne(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    List<Person> stored = people.insertAll(List.of(
        new Person("Ada", "ada@example.com"), new Person("Bob", "bob@example.com")));
    stored.get(1).setName(" ");

    assertThatThrownBy(() -> people.updateAll(stored))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.row()).isEqualTo(1));
  }

  @OnEveryDatabase
  void versionedUpdateAllAndDeleteAllRejectAStaleRowAndChangeNothing(TestDatabase database) {
    Database db = fresh(database);
    CounterRepository counters = new CounterRepository(db);
    List<Counter> stored = counters.insertAll(List.of(new Counter(), new Counter()));

    List<Counter> updated = counters.updateAll(stored);
    assertThat(updated).extracting(Counter::getVersion).containsExactly(1L, 1L);

    Counter stale = counters.findById(stored.get(1).getId()).orElseThrow();
    stale.setVersion(0);
    assertThatThrownBy(() -> counters.updateAll(List.of(updated.get(0), stale)))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageContaining("row 1 of 2");
    assertThat(counters.findById(stored.get(0).getId()).orElseThrow().getVersion()).isEqualTo(1);

    assertThatThrownBy(() -> counters.deleteAll(List.of(stale)))
        .isInstanceOf(OptimisticLockException.class);
    assertThat(counters.count()).isEqualTo(2);
    assertThat(counters.deleteAll(counters.findAll())).isEqualTo(2);
    assertThat(counters.count()).isZero();
  }

  @OnEveryDatabase
  void deleteAllCountsTheRowsItDeleted(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    List<Person> stored = people.insertAll(List.of(
        new Person("Ada", "ada@example.com"), new Person("Bob", "bob@example.com")));
    Person ghost = new Person("Ghost", "ghost@example.com");
    ghost.setId(999L);

    assertThat(people.deleteAll(List.of(stored.get(0), ghost))).isEqualTo(1);
    assertThat(people.findAll()).extracting(Person::getName).containsExactly("Bob");
  }
}
