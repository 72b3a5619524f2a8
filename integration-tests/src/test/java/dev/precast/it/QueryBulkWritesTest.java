package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.precast.CheckViolationException;
import dev.precast.Database;
import dev.precast.NotNullViolationException;
import dev.precast.UniqueViolationException;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.Note_;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.Person_;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.FivePeople;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bulk DELETE and UPDATE from a DSL query: the rows of its condition, every row only when
 * asked with {@code all()}, and the database's constraints enforced with typed exceptions.
 */
class QueryBulkWritesTest extends DatabaseTest {
  @OnEveryDatabase
  void deleteRemovesTheMatchingRowsAndSaysHowMany(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    assertThat(people.query().where(Person_.AGE.eq(25)).delete()).isEqualTo(2);
    assertThat(people.query().where(Person_.NAME.eq("Zed")).delete()).isZero();

    assertThat(names(people)).containsExactly("Ada", "Cy", "Eve");
  }

  @OnEveryDatabase
  void deleteWithoutWhereIsRefusedAndAllDeletesEveryRow(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    assertThatThrownBy(() -> people.query().delete())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without a where(...) condition would change every row of person")
        .hasMessageContaining("call all() first");
    assertThatThrownBy(() -> people.query().orderBy(Person_.ID.asc()).delete())
        .isInstanceOf(IllegalStateException.class);
    assertThat(people.count()).isEqualTo(5);

    assertThat(people.query().all().delete()).isEqualTo(5);
    assertThat(people.count()).isZero();
  }

  @OnEveryDatabase
  void updateSetsColumnsOfTheMatchingRows(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    int changed = people.query().where(Person_.AGE.eq(25)).update()
        .set(Person_.NICKNAME, "quarter").set(Person_.ACTIVE, true).set(Person_.AGE, 26)
        .execute();

    assertThat(changed).isEqualTo(2);
    assertThat(people.query().where(Person_.NICKNAME.eq("quarter")).orderBy(Person_.NAME.asc())
        .list()).extracting(Person::getName, Person::getAge, Person::isActive)
        .containsExactly(tuple("Bob", 26, true), tuple("Dee", 26, true));
    assertThat(people.query().where(Person_.NICKNAME.isNull()).count()).isEqualTo(3);
  }

  @OnEveryDatabase
  void updateToNullAndUpdateOfEveryRow(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    assertThatThrownBy(() -> people.query().update()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call all() first");
    assertThat(people.query().all().update().set(Person_.AGE, null).execute()).isEqualTo(5);

    assertThat(people.query().where(Person_.AGE.isNull()).count()).isEqualTo(5);
  }

  @OnEveryDatabase
  void updateWithoutSetIsRefused(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    assertThatThrownBy(() -> people.query().where(Person_.AGE.eq(25)).update().execute())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("sets no column");
    assertThatThrownBy(() -> people.query().all().update().set(Person_.ID, 99L))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("primary key");
  }

  /** One statement: the two rows that would share an email both keep their own. */
  @OnEveryDatabase
  void anUpdateThatBreaksAUniqueConstraintChangesNothing(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));
    Map<String, String> before = emails(people);

    assertThatThrownBy(() -> people.query().where(Person_.AGE.eq(25)).update()
            .set(Person_.EMAIL, "same@example.com").set(Person_.NICKNAME, "x").execute())
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("uq_person_email");
          assertThat(e.table()).isEqualTo("person");
          assertThat(e.column()).isEqualTo("email");
        });

    assertThat(emails(people)).isEqualTo(before);
    assertThat(people.query().where(Person_.NICKNAME.eq("x")).exists()).isFalse();
  }

  /**
   * A bulk update is not validated: a value the validator would refuse reaches the database,
   * which stores what no constraint forbids and refuses the rest with a typed exception.
   */
  @OnEveryDatabase
  void anUpdateBypassesTheValidatorButNotTheDatabasesConstraints(TestDatabase database) {
    PersonRepository people = FivePeople.insertInto(fresh(database));

    assertThat(people.query().where(Person_.NAME.eq("Ada")).update()
        .set(Person_.EMAIL, "not an email").execute()).isEqualTo(1);
    assertThatThrownBy(() -> people.query().where(Person_.NAME.eq("Bob")).update()
        .set(Person_.NAME, null).execute())
        .isInstanceOf(NotNullViolationException.class);
    assertThatThrownBy(() -> people.query().where(Person_.NAME.eq("Bob")).update()
        .set(Person_.NAME, "   ").execute())
        .isInstanceOf(CheckViolationException.class);

    assertThat(emails(people)).containsEntry("Ada", "not an email").containsEntry("Bob",
        "bob@example.com");
  }

  @OnEveryDatabase
  void bulkWritesBindHostileValues(TestDatabase database) {
    NoteRepository notes = new NoteRepository(fresh(database));
    notes.insertAll(List.of(new Note("O'Brien"), new Note("100%"), new Note("1000"),
        new Note("back\\slash")));

    assertThat(notes.query().where(Note_.BODY.startsWith("100%")).update()
        .set(Note_.BODY, "Zoë 🚀 '; DROP TABLE note; --").execute()).isEqualTo(1);
    assertThat(notes.query().where(Note_.BODY.contains("\\")).delete()).isEqualTo(1);

    assertThat(notes.findAll()).extracting(n -> n.body)
        .containsExactlyInAnyOrder("O'Brien", "Zoë 🚀 '; DROP TABLE note; --", "1000");
  }

  @OnEveryDatabase
  void bulkWritesTakePartInTheTransaction(TestDatabase database) {
    Database db = fresh(database);
    PersonRepository people = FivePeople.insertInto(db);

    db.useTransaction(tx -> {
      people.query().where(Person_.ACTIVE.eq(false)).delete();
      people.query().all().update().set(Person_.NICKNAME, "kept").execute();
      tx.setRollbackOnly();
    });

    assertThat(people.count()).isEqualTo(5);
    assertThat(people.query().where(Person_.NICKNAME.isNotNull()).exists()).isFalse();
  }

  private static Map<String, String> emails(PersonRepository people) {
    return people.findAll().stream()
        .collect(Collectors.toMap(Person::getName, Person::getEmail));
  }

  private static List<String> names(PersonRepository people) {
    return people.query().orderBy(Person_.NAME.asc()).list().stream().map(Person::getName)
        .toList();
  }

}
