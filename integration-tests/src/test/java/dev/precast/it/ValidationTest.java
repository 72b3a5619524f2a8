package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.ValidationException;
import dev.precast.Violation;
import dev.precast.it.entities.AllTypes;
import dev.precast.it.entities.AllTypesRepository;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.PersonValidator;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated validator runs before any SQL and reports every problem at once. */
class ValidationTest extends DatabaseTest {
  private static final List<Violation> EVERY_PROBLEM = List.of(
      new Violation("name", "must not be blank"),
      new Violation("email", "must be a well-formed email address"),
      new Violation("nickname", "size must be at most 10"));

  @Test
  void validatorListsEveryViolationInFieldOrder() {
    assertThat(new PersonValidator().validate(invalidPerson())).isEqualTo(EVERY_PROBLEM);
    assertThat(new PersonValidator().validate(new Person("Ada", "ada@example.com"))).isEmpty();
  }

  /**
   * Length counts UTF-16 units, as {@code String.length()} and H2 do; PostgreSQL counts code
   * points, so the limit is never looser than a database's: an emoji takes two.
   */
  @Test
  void lengthCountsUtf16UnitsSoNoDatabaseRejectsWhatPasses() {
    Person person = new Person("Ada", "ada@example.com");
    person.setNickname("\uD83D\uDE00".repeat(6));

    assertThat(new PersonValidator().validate(person))
        .containsExactly(new Violation("nickname", "size must be at most 10"));
  }

  /** What the validator accepts fits {@code VARCHAR(10)} on every database. */
  @OnEveryDatabase
  void valueTheValidatorAcceptsFitsTheColumn(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person person = new Person("Ada", "ada@example.com");
    person.setNickname("\uD83D\uDE00".repeat(5));

    people.insert(person);

    assertThat(people.findById(person.getId()).orElseThrow().getNickname())
        .isEqualTo("\uD83D\uDE00".repeat(5));
  }

  @OnEveryDatabase
  void invalidInsertSendsNoSqlAndListsEveryViolation(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    people.insert(new Person("Ada", "ada@example.com"));

    assertThatThrownBy(() -> people.insert(invalidPerson()))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).isEqualTo(EVERY_PROBLEM);
          assertThat(e.entity()).isEqualTo("Person");
          assertThat(e.getMessage()).contains("name must not be blank")
              .contains("email must be a well-formed email address")
              .contains("nickname size must be at most 10");
        });
    assertThat(people.count()).isEqualTo(1);
  }

  @OnEveryDatabase
  void invalidUpdateLeavesTheRowUnchanged(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person ada = people.insert(new Person("Ada", "ada@example.com"));
    ada.setName("  ");
    ada.setNickname("much too long");

    assertThatThrownBy(() -> people.update(ada))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::property).containsExactly("name", "nickname"));
    Person read = people.findById(ada.getId()).orElseThrow();
    assertThat(read.getName()).isEqualTo("Ada");
    assertThat(read.getNickname()).isNull();
  }

  @OnEveryDatabase
  void oneInvalidRowStopsTheWholeInsertAll(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));

    assertThatThrownBy(() -> people.insertAll(List.of(
        new Person("Ada", "ada@example.com"), invalidPerson(), new Person("Bob", null))))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.row()).isEqualTo(1);
          assertThat(e.getMessage()).startsWith("Person at row 1 is invalid: name must not be blank");
          assertThat(e.violations()).isEqualTo(EVERY_PROBLEM);
        });
    assertThat(people.count()).isZero();
  }

  /**
   * {@code NUMERIC(10, 2)} would round {@code 1.005} to {@code 1.01} without a word and
   * reject nine integer digits; the validator rejects both before SQL.
   */
  @OnEveryDatabase
  void decimalThatDoesNotFitItsPrecisionIsRejectedBeforeSql(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    AllTypes tooPrecise = new AllTypes();
    tooPrecise.amount = new BigDecimal("1.005");
    AllTypes tooLarge = new AllTypes();
    tooLarge.amount = new BigDecimal("123456789.1");
    AllTypes fits = new AllTypes();
    fits.amount = new BigDecimal("-99999999.99");

    for (AllTypes row : List.of(tooPrecise, tooLarge)) {
      assertThatThrownBy(() -> rows.insert(row))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .containsExactly(new Violation("amount",
                  "numeric value out of bounds (<8 digits>.<2 digits> expected)")));
    }
    assertThat(rows.count()).isZero();
    assertThat(rows.findById(rows.insert(fits).id).orElseThrow().amount)
        .isEqualTo(new BigDecimal("-99999999.99"));
  }

  private static Person invalidPerson() {
    Person person = new Person(" ", "not an address");
    person.setNickname("eleven char");
    return person;
  }
}
