package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.PrecastException;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;

/** The CRUD methods every generated repository has, and the finder of a unique field. */
class RepositoryCrudTest extends DatabaseTest {
  @OnEveryDatabase
  void findByIdReturnsTheRowOrEmpty(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person ada = people.insert(new Person("Ada", "ada@example.com"));

    assertThat(people.findById(ada.getId())).map(Person::getEmail).contains("ada@example.com");
    assertThat(people.findById(ada.getId() + 1000)).isEmpty();
  }

  @OnEveryDatabase
  void existsByIdSaysWhetherTheRowExists(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person ada = people.insert(new Person("Ada", "ada@example.com"));

    assertThat(people.existsById(ada.getId())).isTrue();
    assertThat(people.existsById(ada.getId() + 1000)).isFalse();
  }

  @OnEveryDatabase
  void findByUniqueFieldFindsExactlyThatValue(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person ada = people.insert(new Person("Ada", "ada@example.com"));
    people.insert(new Person("Bob", "bob@example.com"));

    assertThat(people.findByEmail("ada@example.com")).map(Person::getId).contains(ada.getId());
    assertThat(people.findByEmail("ADA@example.com")).isEmpty();
    assertThat(people.findByEmail("nobody@example.com")).isEmpty();
  }

  @OnEveryDatabase
  void updateWritesEveryColumn(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person ada = people.insert(new Person("Ada", "ada@example.com"));
    ada.setName("Ada Lovelace");
    ada.setNickname("Countess");
    ada.setActive(true);
    ada.setAge(36);

    Person returned = people.update(ada);

    assertThat(returned).isSameAs(ada);
    Person read = people.findById(ada.getId()).orElseThrow();
    assertThat(read.getName()).isEqualTo("Ada Lovelace");
    assertThat(read.getNickname()).isEqualTo("Countess");
    assertThat(read.isActive()).isTrue();
    assertThat(read.getAge()).isEqualTo(36);
  }

  @OnEveryDatabase
  void updateCanSetAColumnBackToNull(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person ada = new Person("Ada", "ada@example.com");
    ada.setAge(36);
    people.insert(ada);
    ada.setAge(null);

    people.update(ada);

    assertThat(people.findById(ada.getId()).orElseThrow().getAge()).isNull();
  }

  @OnEveryDatabase
  void updateOfAMissingRowThrowsAndWritesNothing(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person ghost = new Person("Ghost", "ghost@example.com");
    ghost.setId(4242L);

    assertThatThrownBy(() -> people.update(ghost))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessageContaining("person")
        .hasMessageContaining("4242");
    assertThat(people.count()).isZero();
  }

  @OnEveryDatabase
  void deleteByIdRemovesTheRowOnce(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person ada = people.insert(new Person("Ada", "ada@example.com"));
    Person bob = people.insert(new Person("Bob", "bob@example.com"));

    assertThat(people.deleteById(ada.getId())).isTrue();
    assertThat(people.deleteById(ada.getId())).isFalse();
    assertThat(people.findAll()).extracting(Person::getId).containsExactly(bob.getId());
  }

  @OnEveryDatabase
  void deleteRemovesTheEntitysRow(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person ada = people.insert(new Person("Ada", "ada@example.com"));

    assertThat(people.delete(ada)).isTrue();
    assertThat(people.existsById(ada.getId())).isFalse();
    assertThat(people.delete(ada)).isFalse();
  }

  @OnEveryDatabase
  void findAllReturnsEveryRowOrderedById(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    assertThat(people.findAll()).isEmpty();
    Person first = people.insert(new Person("Zed", "zed@example.com"));
    Person second = people.insert(new Person("Ada", "ada@example.com"));

    assertThat(people.findAll()).extracting(Person::getId)
        .containsExactly(first.getId(), second.getId());
  }

  @OnEveryDatabase
  void countCountsTheRows(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    assertThat(people.count()).isZero();

    people.insert(new Person("Ada", "ada@example.com"));
    people.insert(new Person("Bob", null));

    assertThat(people.count()).isEqualTo(2);
  }

  @OnEveryDatabase
  void uniqueFieldAllowsSeveralNulls(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));

    people.insert(new Person("Ada", null));
    people.insert(new Person("Bob", null));

    assertThat(people.count()).isEqualTo(2);
    assertThat(people.findByEmail(null)).isEmpty();
  }
}
