package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.CheckViolationException;
import dev.precast.Database;
import dev.precast.IntegrityViolationException;
import dev.precast.NotNullViolationException;
import dev.precast.UniqueViolationException;
import dev.precast.ValidationException;
import dev.precast.Violation;
import dev.precast.it.entities.Book;
import dev.precast.it.entities.BookRepository;
import dev.precast.it.entities.Country;
import dev.precast.it.entities.CountryRepository;
import dev.precast.it.entities.Enrollment;
import dev.precast.it.entities.EnrollmentRepository;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.LineItem;
import dev.precast.it.entities.LineItemRepository;
import dev.precast.it.entities.LineItem_;
import dev.precast.it.entities.PersonRepository;
import dev.precast.internal.Jdbc;
import dev.precast.internal.StatementBinder;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.sql.SQLException;

/**
 * Database errors become typed exceptions that name the constraint as Precast generated it,
 * the table and the column, whatever spelling the database reported.
 */
class ConstraintViolationTest extends DatabaseTest {
  @OnEveryDatabase
  void uniqueViolationNamesTheConstraintTableAndColumn(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    people.insert(new Person("Ada", "ada@example.com"));

    assertThatThrownBy(() -> people.insert(new Person("Ada Lovelace", "ada@example.com")))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("uq_person_email");
          assertThat(e.table()).isEqualTo("person");
          assertThat(e.column()).isEqualTo("email");
          assertThat(e.property()).isEqualTo("email");
          assertThat(e.getMessage()).contains("person.email").contains("uq_person_email");
          assertThat(e.getCause()).isInstanceOf(SQLException.class);
        });
    assertThat(people.count()).isEqualTo(1);
  }

  @OnEveryDatabase
  void uniqueViolationOnUpdateNamesTheConstraint(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    people.insert(new Person("Ada", "ada@example.com"));
    Person bob = people.insert(new Person("Bob", "bob@example.com"));
    bob.setEmail("ada@example.com");

    assertThatThrownBy(() -> people.update(bob))
        .isInstanceOfSatisfying(UniqueViolationException.class,
            e -> assertThat(e.constraintName()).isEqualTo("uq_person_email"));
    assertThat(people.findById(bob.getId()).orElseThrow().getEmail()).isEqualTo("bob@example.com");
  }

  @OnEveryDatabase
  void compositeUniqueViolationNamesEveryColumnButNoSingleOne(TestDatabase database) {
    EnrollmentRepository enrollments = new EnrollmentRepository(fresh(database));
    enrollments.insert(new Enrollment("math", "ada"));
    enrollments.insert(new Enrollment("math", "bob"));
    enrollments.insert(new Enrollment("art", "ada"));

    assertThatThrownBy(() -> enrollments.insert(new Enrollment("math", "ada")))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("uq_enrollment_course_student");
          assertThat(e.table()).isEqualTo("enrollment");
          assertThat(e.column()).isNull();
        });
    assertThat(enrollments.count()).isEqualTo(3);
  }

  @OnEveryDatabase
  void duplicatePrimaryKeyIsAUniqueViolationOfThePrimaryKey(TestDatabase database) {
    CountryRepository countries = new CountryRepository(fresh(database));
    countries.insert(new Country("FR", "France"));

    assertThatThrownBy(() -> countries.insert(new Country("FR", "Francia")))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("pk_country");
          assertThat(e.table()).isEqualTo("country");
          assertThat(e.column()).isEqualTo("code");
          assertThat(e.property()).isEqualTo("code");
        });
    assertThat(countries.findById("FR").orElseThrow().name()).isEqualTo("France");
  }

  /**
   * Through a repository a null never reaches a NOT NULL column: the generated validator
   * rejects it first, naming the property.
   */
  @OnEveryDatabase
  void nullInANotNullColumnIsRejectedByTheValidatorBeforeSql(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));

    assertThatThrownBy(() -> people.insert(new Person(null, "ada@example.com")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation("name", "must not be blank")));
    assertThat(people.count()).isZero();
  }

  /** SQL the validator never sees still maps a NOT NULL error to the column. */
  @OnEveryDatabase
  void notNullViolationFromRawSqlNamesTheColumn(TestDatabase database) {
    Database db = fresh(database);

    assertThatThrownBy(() -> db.withConnection(connection -> {
      try (var statement = connection.prepareStatement(
          "INSERT INTO person (email, active) VALUES (?, ?)")) {
        statement.setString(1, "ada@example.com");
        statement.setBoolean(2, true);
        return statement.executeUpdate();
      }
    })).isInstanceOfSatisfying(NotNullViolationException.class, e -> {
      assertThat(e.column()).isEqualTo("name");
      assertThat(e.getMessage()).as("H2 does not say which table").doesNotContain("null.");
      assertThat(e.getCause()).isInstanceOf(SQLException.class);
    });
    assertThat(new PersonRepository(db).count()).isZero();
  }

  @OnEveryDatabase
  void uniqueViolationFromRawSqlIsTyped(TestDatabase database) {
    Database db = fresh(database);
    new PersonRepository(db).insert(new Person("Ada", "ada@example.com"));

    assertThatThrownBy(() -> db.withConnection(connection -> {
      try (var statement = connection.prepareStatement(
          "INSERT INTO person (name, email, active) VALUES ('Eve', 'ada@example.com', TRUE)")) {
        return statement.executeUpdate();
      }
    })).isInstanceOf(UniqueViolationException.class)
        .isInstanceOf(IntegrityViolationException.class)
        .extracting(e -> ((UniqueViolationException) e).constraintName())
        .isEqualTo("uq_person_email");
  }

  /**
   * H2 reports quoted names inside its own quotes, doubled ({@code PUBLIC.""uq_line
   * item_sku""}); they must still map back to the generated constraint.
   */
  @OnEveryDatabase
  void uniqueViolationOnQuotedNamesMapsBackToTheGeneratedConstraint(TestDatabase database) {
    LineItemRepository items = new LineItemRepository(fresh(database));
    items.insert(new LineItem("A-1", 5));

    assertThatThrownBy(() -> items.insert(new LineItem("A-1", 6)))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("uq_line_item_sku");
          assertThat(e.table()).isEqualTo("Line Item");
          assertThat(e.column()).isEqualTo("Sku");
        });
  }

  @OnEveryDatabase
  void primaryKeyViolationOnAQuotedTableNamesThePrimaryKey(TestDatabase database) {
    Database db = fresh(database);
    LineItem first = new LineItemRepository(db).insert(new LineItem("A-1", 5));

    assertThatThrownBy(() -> Jdbc.update(db, LineItem_.TABLE,
        "INSERT INTO \"Line Item\" (\"Item Id\", \"Sku\", \"Unit Price\") VALUES (?, 'B-2', 6)",
        parameters -> parameters.setLong(1, first.id)))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("pk_line_item");
          assertThat(e.table()).isEqualTo("Line Item");
          assertThat(e.column()).isEqualTo("Item Id");
        });
  }

  @OnEveryDatabase
  void notNullViolationFromRawSqlNamesAQuotedColumnWhole(TestDatabase database) {
    Database db = fresh(database);

    assertThatThrownBy(() -> db.withConnection(connection -> {
      try (var statement = connection.prepareStatement(
          "INSERT INTO \"Line Item\" (\"Sku\") VALUES ('B-2')")) {
        return statement.executeUpdate();
      }
    })).isInstanceOfSatisfying(NotNullViolationException.class,
        e -> assertThat(e.column()).isEqualTo("Unit Price"));
  }

  /** A check on a quoted column still has a plain name, which both databases report whole. */
  @OnEveryDatabase
  void checkOnAQuotedColumnHasAPlainNameAndIsMapped(TestDatabase database) {
    Database db = fresh(database);

    assertThatThrownBy(() -> Jdbc.update(db, LineItem_.TABLE,
        "INSERT INTO \"Line Item\" (\"Sku\", \"Unit Price\") VALUES ('C-3', -1)",
        StatementBinder.NONE))
        .isInstanceOfSatisfying(CheckViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("ck_line_item_unit_price");
          assertThat(e.column()).isEqualTo("Unit Price");
          assertThat(e.property()).isEqualTo("unitPrice");
        });
  }
}
