package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.IncorrectResultSizeException;
import dev.precast.Limit;
import dev.precast.Page;
import dev.precast.PageRequest;
import dev.precast.PrecastException;
import dev.precast.UniqueViolationException;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonQueries;
import dev.precast.it.entities.PersonQueriesImpl;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A {@code @Repository} interface implemented by the processor: each derived-query keyword,
 * return type and projection, and {@code @Query} methods, on H2 and PostgreSQL.
 */
class RepositoryQueryTest extends DatabaseTest {
  /** Ada 36 active, Bob 25, Cy (no age) active, Dee 25 active, Eve 41. */
  private static PersonQueries peopleOn(TestDatabase database) {
    PersonQueries people = new PersonQueriesImpl(fresh(database));
    people.insertAll(List.of(
        person("Ada", 36, true), person("Bob", 25, false), person("Cy", null, true),
        person("Dee", 25, true), person("Eve", 41, false)));
    return people;
  }

  @OnEveryDatabase
  void equalityFindersReturnOptionalsEntitiesAndLists(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    assertThat(people.findByEmail("ada@example.com")).map(Person::getName).hasValue("Ada");
    assertThat(people.findByEmail("nobody@example.com")).isEmpty();
    assertThat(people.findByName("Bob").getAge()).isEqualTo(25);
    assertThat(people.findByName("Zed")).isNull();
    assertThat(names(people.findByNameOrderByIdAsc("Cy"))).containsExactly("Cy");
    assertThat(names(people.findByNameNotOrderByNameAsc("Cy")))
        .containsExactly("Ada", "Bob", "Dee", "Eve");
  }

  @OnEveryDatabase
  void aSingleRowFinderMatchingTwoRowsFails(TestDatabase database) {
    PersonQueries people = peopleOn(database);
    Person twin = person("Ada", 1, true);
    twin.setEmail("ada2@example.com");
    people.insert(twin);

    assertThatThrownBy(() -> people.findByName("Ada"))
        .isInstanceOf(IncorrectResultSizeException.class)
        .hasMessageContaining("PersonQueries.findByName expects at most one row");
  }

  @OnEveryDatabase
  void comparisonsAndRanges(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    assertThat(names(people.findByAgeLessThanOrderByNameAsc(36))).containsExactly("Bob", "Dee");
    assertThat(names(people.findByAgeLessThanEqualOrderByNameAsc(36)))
        .containsExactly("Ada", "Bob", "Dee");
    assertThat(names(people.findByAgeGreaterThanOrderByNameAsc(36))).containsExactly("Eve");
    assertThat(names(people.findByAgeGreaterThanEqualOrderByNameAsc(36)))
        .containsExactly("Ada", "Eve");
    assertThat(names(people.findByAgeBetweenOrderByNameAsc(25, 36)))
        .containsExactly("Ada", "Bob", "Dee");
    assertThat(names(people.findByAgeBeforeOrderByNameAsc(26))).containsExactly("Bob", "Dee");
    assertThat(names(people.findByAgeAfterOrderByNameAsc(40))).containsExactly("Eve");
  }

  @OnEveryDatabase
  void inAndNotInExpandTheCollection(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    assertThat(names(people.findByNameInOrderByNameAsc(List.of("Eve", "Ada", "Zed"))))
        .containsExactly("Ada", "Eve");
    assertThat(people.findByNameInOrderByNameAsc(List.of())).isEmpty();
    assertThat(names(people.findByNameNotInOrderByNameAsc(Set.of("Ada", "Bob"))))
        .containsExactly("Cy", "Dee", "Eve");
    assertThat(people.findByNameNotInOrderByNameAsc(Set.of())).hasSize(5);
  }

  @OnEveryDatabase
  void likeTakesAPatternAndTheOthersMatchLiterally(TestDatabase database) {
    PersonQueries people = peopleOn(database);
    for (String name : List.of("100%", "a_b", "back\\slash", "O'Brien", "Zoë 🚀")) {
      people.insert(person(name, 50, true));
    }

    assertThat(names(people.findByNameLikeOrderByNameAsc("_e_"))).containsExactly("Dee");
    assertThat(names(people.findByNameLikeOrderByNameAsc("%e"))).containsExactly("Dee", "Eve");
    assertThat(names(people.findByNameNotLikeOrderByNameAsc("%e%"))).containsExactlyInAnyOrder(
        "100%", "Ada", "Bob", "Cy", "a_b", "back\\slash", "Zoë 🚀");
    assertThat(names(people.findByNameStartingWithOrderByNameAsc("10"))).containsExactly("100%");
    assertThat(people.findByNameEndingWithOrderByNameAsc("0%")).hasSize(1);
    assertThat(people.findByNameEndingWithOrderByNameAsc("%")).hasSize(1);
    assertThat(names(people.findByNameContainingOrderByNameAsc("_"))).containsExactly("a_b");
    assertThat(names(people.findByNameContainingOrderByNameAsc("\\")))
        .containsExactly("back\\slash");
    assertThat(names(people.findByNameContainingOrderByNameAsc("'B"))).containsExactly("O'Brien");
    assertThat(names(people.findByNameEndingWithOrderByNameAsc("ë 🚀"))).containsExactly("Zoë 🚀");
    assertThat(people.findByNameStartingWithOrderByNameAsc("%")).isEmpty();
  }

  @OnEveryDatabase
  void ignoreCaseComparesWithoutCase(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    assertThat(names(people.findByNameIgnoreCaseOrderByNameAsc("aDA"))).containsExactly("Ada");
    assertThat(names(people.findByNameContainingIgnoreCaseOrderByNameAsc("E")))
        .containsExactly("Dee", "Eve");
  }

  @OnEveryDatabase
  void nullAndBooleanKeywordsTakeNoParameter(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    assertThat(names(people.findByAgeIsNullOrderByNameAsc())).containsExactly("Cy");
    assertThat(people.findByAgeIsNotNullOrderByNameAsc()).hasSize(4);
    assertThat(names(people.findByActiveTrueOrderByNameAsc())).containsExactly("Ada", "Cy", "Dee");
    assertThat(names(people.findByActiveFalseOrderByNameAsc())).containsExactly("Bob", "Eve");
  }

  @OnEveryDatabase
  void andBindsTighterThanOr(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    // (active AND age > 30) OR age IS NULL
    assertThat(names(people.findByActiveTrueAndAgeGreaterThanOrAgeIsNullOrderByNameAsc(30)))
        .containsExactly("Ada", "Cy");
  }

  @OnEveryDatabase
  void severalOrderingsBreakTies(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    assertThat(names(people.findByActiveOrderByAgeDescNameAsc(false)))
        .containsExactly("Eve", "Bob");
    List<Person> active = people.findByActiveOrderByAgeDescNameAsc(true);
    // NULLs sort first in descending order on both databases, as PostgreSQL sorts them.
    assertThat(names(active)).containsExactly("Cy", "Ada", "Dee");
  }

  @OnEveryDatabase
  void firstTopAndLimitKeepRows(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    assertThat(people.findFirstByActiveTrueOrderByNameDesc()).map(Person::getName).hasValue("Dee");
    assertThat(names(people.findTop2ByOrderByNameAsc())).containsExactly("Ada", "Bob");
    assertThat(names(people.findByActiveTrueOrderByNameAsc(Limit.of(2))))
        .containsExactly("Ada", "Cy");
    assertThat(people.findByActiveTrueOrderByNameAsc(Limit.of(0))).isEmpty();
  }

  @OnEveryDatabase
  void pagesCountEveryMatchingRow(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    Page<Person> first = people.findByAgeIsNotNullOrderByNameAsc(PageRequest.of(0, 3));
    assertThat(names(first.content())).containsExactly("Ada", "Bob", "Dee");
    assertThat(first.totalElements()).isEqualTo(4);
    assertThat(first.totalPages()).isEqualTo(2);
    assertThat(first.hasNext()).isTrue();
    Page<Person> second = people.findByAgeIsNotNullOrderByNameAsc(first.nextRequest());
    assertThat(names(second.content())).containsExactly("Eve");
    assertThat(second.hasNext()).isFalse();
    assertThat(second.totalElements()).isEqualTo(4);
    Page<Person> beyond = people.findByAgeIsNotNullOrderByNameAsc(PageRequest.of(5, 3));
    assertThat(beyond.content()).isEmpty();
    assertThat(beyond.totalElements()).isEqualTo(4);
  }

  @OnEveryDatabase
  void countExistsAndDelete(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    assertThat(people.countByActiveTrue()).isEqualTo(3);
    assertThat(people.countByAgeGreaterThan(30)).isEqualTo(2);
    assertThat(people.existsByEmail("eve@example.com")).isTrue();
    assertThat(people.existsByEmail("EVE@example.com")).isFalse();
    assertThat(people.deleteByActiveFalse()).isEqualTo(2);
    assertThat(people.count()).isEqualTo(3);
  }

  @OnEveryDatabase
  void projectionsSelectOnlyTheirColumns(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    assertThat(people.findByActiveTrueOrderByAgeAsc()).containsExactly(
        new PersonQueries.NameAndAge("Dee", 25), new PersonQueries.NameAndAge("Ada", 36),
        new PersonQueries.NameAndAge("Cy", null));
    assertThat(people.findFirstByNameOrderByIdAsc("Bob"))
        .hasValue(new PersonQueries.Contact("bob@example.com"));
  }

  @OnEveryDatabase
  void aStreamReadsLazilyAndReturnsItsConnectionWhenClosed(TestDatabase database) {
    try (Database single = database.builder(database.newUrl()).maximumPoolSize(1).build()) {
      single.dropAll(PrecastSchema.INSTANCE);
      single.createAll(PrecastSchema.INSTANCE);
      PersonQueries people = new PersonQueriesImpl(single);
      people.insertAll(List.of(person("Ada", 1, true), person("Bob", 2, true),
          person("Cy", 3, true)));

      try (Stream<Person> stream = people.streamByOrderByNameAsc()) {
        Iterator<Person> rows = stream.iterator();
        assertThat(rows.next().getName()).isEqualTo("Ada");
      }
      // With one connection in the pool, this works only if the stream gave it back.
      assertThat(people.count()).isEqualTo(3);
      try (Stream<Person> stream = people.everyoneByName()) {
        assertThat(stream.map(Person::getName).toList()).containsExactly("Ada", "Bob", "Cy");
      }
      single.useTransaction(tx -> {
        try (Stream<Person> stream = people.streamByOrderByNameAsc()) {
          assertThat(stream.findFirst()).map(Person::getName).hasValue("Ada");
        }
        assertThat(people.count()).isEqualTo(3);
      });
      single.dropAll(PrecastSchema.INSTANCE);
    }
  }

  @OnEveryDatabase
  void queryMethodsBindNamedParameters(TestDatabase database) {
    PersonQueries people = peopleOn(database);
    List<Long> ids = people.findAll().stream()
        .filter(p -> p.getName().startsWith("A") || p.getName().startsWith("E"))
        .map(Person::getId).toList();

    assertThat(people.withEmail("cy@example.com")).map(Person::getName).hasValue("Cy");
    assertThat(people.withEmail("x' OR '1'='1")).isEmpty();
    assertThat(names(people.olderThanExcept(30, "Eve"))).containsExactly("Ada");
    assertThat(names(people.withIds(ids))).containsExactly("Ada", "Eve");
    assertThat(people.withIds(List.of())).isEmpty();
    assertThat(people.namesWhereActive(false)).containsExactly("Bob", "Eve");
    assertThat(people.countNamesLike("%e%")).isEqualTo(2);
    assertThat(people.highestAge()).hasValue(41);
    assertThat(people.ages()).first().isEqualTo(new PersonQueries.NameAndAge("Eve", 41));
  }

  @OnEveryDatabase
  void queryMethodsWriteAndReturnTheRowCount(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    assertThat(people.setActive(false, List.of("Ada", "Cy", "Nobody"))).isEqualTo(2);
    assertThat(people.countByActiveTrue()).isEqualTo(1);
    people.deleteAgeless();
    assertThat(people.count()).isEqualTo(4);
    assertThat(people.highestAge()).hasValue(41);
  }

  @OnEveryDatabase
  void aQueryMethodThatBreaksAConstraintThrowsTheTypedError(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    assertThatThrownBy(() -> people.changeEmail("Bob", "ada@example.com"))
        .isInstanceOf(UniqueViolationException.class);
    assertThat(people.findByName("Bob").getEmail()).isEqualTo("bob@example.com");
    assertThat(people.changeEmail("Bob", "robert@example.com")).isEqualTo(1);
  }

  @OnEveryDatabase
  void selectStarOnATableWhoseColumnsAreInAnotherOrderFailsClearly(TestDatabase database) {
    PersonQueries people = peopleOn(database);
    Database db = fresh(database);
    // What a migration adding the column later leaves: nickname after age.
    db.withConnection(connection -> {
      try (var statement = connection.createStatement()) {
        statement.execute("ALTER TABLE person DROP COLUMN nickname");
        statement.execute("ALTER TABLE person ADD COLUMN nickname VARCHAR(10)");
      }
      return null;
    });
    people.insert(person("Ada", 36, true));

    assertThatThrownBy(() -> people.everyoneNamed("Ada"))
        .isInstanceOf(PrecastException.class)
        .hasMessageContaining("PersonQueries.everyoneNamed reads dev.precast.it.entities.Person"
            + " from the columns (id, name, email, nickname, active, age)")
        .hasMessageContaining("name the columns in the @Query instead of SELECT *");
  }

  @OnEveryDatabase
  void crudMethodsDelegateToTheGeneratedRepository(TestDatabase database) {
    PersonQueries people = peopleOn(database);

    Person zed = people.insert(person("Zed", 9, true));
    assertThat(people.findById(zed.getId())).map(Person::getName).hasValue("Zed");
    assertThat(people.existsById(zed.getId())).isTrue();
    assertThat(people.deleteById(zed.getId())).isTrue();
    assertThat(people.count()).isEqualTo(5);
    assertThat(people.query().where(dev.precast.it.entities.Person_.AGE.eq(25)).count())
        .isEqualTo(2);
  }

  private static Person person(String name, Integer age, boolean active) {
    Person person = new Person(name, name.toLowerCase().replaceAll("[^a-z0-9]", "x")
        + "@example.com");
    person.setAge(age);
    person.setActive(active);
    return person;
  }

  private static List<String> names(List<Person> people) {
    return people.stream().map(Person::getName).toList();
  }
}
