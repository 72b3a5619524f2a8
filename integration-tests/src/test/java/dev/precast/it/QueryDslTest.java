package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.Person_;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.List;

/** The type-safe query DSL on a real table: conditions, ordering, paging, first and count. */
class QueryDslTest extends DatabaseTest {
  /** Ada 36, Bob 25, Cy (no age), Dee 25, Eve 41. */
  private static PersonRepository peopleOn(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    people.insertAll(List.of(
        person("Ada", 36, true), person("Bob", 25, false), person("Cy", null, true),
        person("Dee", 25, true), person("Eve", 41, false)));
    return people;
  }

  @OnEveryDatabase
  void eqAndNeCompareValues(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.AGE.eq(25)).orderBy(Person_.NAME.asc())
        .list())).containsExactly("Bob", "Dee");
    // SQL semantics: a NULL age is neither equal nor unequal to 25.
    assertThat(names(people.query().where(Person_.AGE.ne(25)).orderBy(Person_.NAME.asc())
        .list())).containsExactly("Ada", "Eve");
  }

  @OnEveryDatabase
  void eqNullIsIsNullAndNeNullIsIsNotNull(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.AGE.eq(null)).list())).containsExactly("Cy");
    assertThat(names(people.query().where(Person_.AGE.isNull()).list())).containsExactly("Cy");
    assertThat(people.query().where(Person_.AGE.ne(null)).count()).isEqualTo(4);
    assertThat(people.query().where(Person_.AGE.isNotNull()).count()).isEqualTo(4);
  }

  @OnEveryDatabase
  void ltAndGtAreStrict(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.AGE.lt(36)).orderBy(Person_.NAME.asc())
        .list())).containsExactly("Bob", "Dee");
    assertThat(names(people.query().where(Person_.AGE.gt(36)).list())).containsExactly("Eve");
    assertThat(names(people.query().where(Person_.AGE.ge(36)).orderBy(Person_.NAME.asc())
        .list())).containsExactly("Ada", "Eve");
    assertThat(people.query().where(Person_.AGE.le(25)).count()).isEqualTo(2);
  }

  @OnEveryDatabase
  void inMatchesAnyValueAndEmptyInMatchesNothing(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.NAME.in(List.of("Eve", "Ada", "Zed")))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Ada", "Eve");
    assertThat(people.query().where(Person_.NAME.in(List.of())).list()).isEmpty();
    assertThat(people.query().where(Person_.NAME.in(List.of())).count()).isZero();
  }

  @OnEveryDatabase
  void conditionsCombineWithAndOrNot(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query()
        .where(Person_.ACTIVE.eq(true).and(Person_.AGE.gt(30).or(Person_.AGE.isNull())))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Ada", "Cy");
    assertThat(names(people.query()
        .where(Person_.ACTIVE.eq(true))
        .where(Person_.NAME.eq("Ada").not())
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Cy", "Dee");
  }

  @OnEveryDatabase
  void orderByAscDescAndTieBreakers(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.AGE.isNotNull())
        .orderBy(Person_.AGE.desc(), Person_.NAME.desc()).list()))
        .containsExactly("Eve", "Ada", "Dee", "Bob");
    assertThat(names(people.query().orderBy(Person_.NAME.desc()).list()))
        .containsExactly("Eve", "Dee", "Cy", "Bob", "Ada");
  }

  @OnEveryDatabase
  void limitAndOffsetPage(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().orderBy(Person_.NAME.asc()).limit(2).list()))
        .containsExactly("Ada", "Bob");
    assertThat(names(people.query().orderBy(Person_.NAME.asc()).limit(2).offset(2).list()))
        .containsExactly("Cy", "Dee");
    assertThat(names(people.query().orderBy(Person_.NAME.asc()).offset(4).list()))
        .containsExactly("Eve");
    assertThat(people.query().orderBy(Person_.NAME.asc()).limit(0).list()).isEmpty();
    assertThat(people.query().orderBy(Person_.NAME.asc()).offset(10).list()).isEmpty();
  }

  @OnEveryDatabase
  void firstReturnsTheFirstInOrderOrEmpty(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(people.query().orderBy(Person_.NAME.desc()).first())
        .map(Person::getName).contains("Eve");
    assertThat(people.query().where(Person_.AGE.eq(25)).orderBy(Person_.NAME.asc()).offset(1)
        .first()).map(Person::getName).contains("Dee");
    assertThat(people.query().where(Person_.NAME.eq("Zed")).first()).isEmpty();
  }

  @OnEveryDatabase
  void countIgnoresOrderLimitAndOffset(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(people.query().count()).isEqualTo(5);
    assertThat(people.query().where(Person_.ACTIVE.eq(true)).orderBy(Person_.NAME.asc())
        .limit(1).offset(1).count()).isEqualTo(3);
  }

  @OnEveryDatabase
  void aQueryCanRunAgainAndSeesNewRows(TestDatabase database) {
    PersonRepository people = peopleOn(database);
    var active = people.query().where(Person_.ACTIVE.eq(true));
    long before = active.count();

    people.insert(person("Fay", 30, true));

    assertThat(active.count()).isEqualTo(before + 1);
    assertThat(active.list()).hasSize((int) before + 1);
  }

  @OnEveryDatabase
  void orderingComparisonsRejectNull(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThatThrownBy(() -> Person_.AGE.lt(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> people.query().limit(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Person person(String name, Integer age, boolean active) {
    Person person = new Person(name, name.toLowerCase() + "@example.com");
    person.setAge(age);
    person.setActive(active);
    return person;
  }

  private static List<String> names(List<Person> people) {
    return people.stream().map(Person::getName).toList();
  }
}
