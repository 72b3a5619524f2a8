package dev.precast.it.support;

import dev.precast.Database;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import java.util.List;

/**
 * The rows the query DSL tests share: Ada 36, Bob 25, Cy (no age), Dee 25 and Eve 41, of whom
 * Ada, Cy and Dee are active; each has the email {@code <name in lower case>@example.com}.
 *
 * <pre>{@code
 * PersonRepository people = FivePeople.insertInto(fresh(database));
 * }</pre>
 */
public final class FivePeople {
  private FivePeople() {}

  /** Inserts the five into {@code db}'s empty {@code person} table. */
  public static PersonRepository insertInto(Database db) {
    PersonRepository people = new PersonRepository(db);
    people.insertAll(List.of(
        person("Ada", 36, true), person("Bob", 25, false), person("Cy", null, true),
        person("Dee", 25, true), person("Eve", 41, false)));
    return people;
  }

  /** A person named {@code name}, with the email the five have. */
  public static Person person(String name, Integer age, boolean active) {
    Person person = new Person(name, name.toLowerCase() + "@example.com");
    person.setAge(age);
    person.setActive(active);
    return person;
  }

  /** The names, in order. */
  public static List<String> names(List<Person> people) {
    return people.stream().map(Person::getName).toList();
  }
}
