package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.PrecastException;
import dev.precast.UniqueViolationException;
import dev.precast.ValidationException;
import dev.precast.Violation;
import dev.precast.it.entities.Book;
import dev.precast.it.entities.BookRepository;
import dev.precast.it.entities.Country;
import dev.precast.it.entities.CountryRepository;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.Person_;
import dev.precast.it.entities.Token;
import dev.precast.it.entities.TokenRepository;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.time.LocalDate;
import java.util.UUID;

/** JavaBeans, records and classes with fields; identity, UUID and assigned ids. */
class EntityStyleTest extends DatabaseTest {
  @OnEveryDatabase
  void javaBeanIsWrittenThroughSettersAndReadThroughGettersIncludingIsX(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person ada = new Person("Ada", "ada@example.com");
    ada.setActive(true);
    ada.setAge(36);

    Person stored = people.insert(ada);

    assertThat(stored).isSameAs(ada);
    assertThat(ada.getId()).isNotNull();
    Person read = people.findById(ada.getId()).orElseThrow();
    assertThat(read.isActive()).isTrue();
    assertThat(read.getAge()).isEqualTo(36);
    assertThat(read.getName()).isEqualTo("Ada");
    assertThat(people.query().where(Person_.ACTIVE.eq(true)).count()).isEqualTo(1);
    assertThat(people.query().where(Person_.ACTIVE.eq(false)).count()).isZero();
  }

  @OnEveryDatabase
  void recordInsertReturnsANewRecordWithTheGeneratedId(TestDatabase database) {
    BookRepository books = new BookRepository(fresh(database));
    Book draft = new Book("Dune", 412, LocalDate.of(1965, 8, 1));

    Book stored = books.insert(draft);
    Book second = books.insert(new Book("Emma", 474, null));

    assertThat(draft.id()).as("a record cannot change").isNull();
    assertThat(stored).isNotSameAs(draft);
    assertThat(stored.id()).isNotNull();
    assertThat(stored).isEqualTo(new Book(stored.id(), "Dune", 412, LocalDate.of(1965, 8, 1)));
    assertThat(second.id()).isGreaterThan(stored.id());
    assertThat(books.findById(stored.id())).contains(stored);
  }

  @OnEveryDatabase
  void recordUpdateWritesEveryColumn(TestDatabase database) {
    BookRepository books = new BookRepository(fresh(database));
    Book stored = books.insert(new Book("Dune", 412, null));

    books.update(new Book(stored.id(), "Dune Messiah", 256, LocalDate.of(1969, 10, 15)));

    assertThat(books.findById(stored.id()))
        .contains(new Book(stored.id(), "Dune Messiah", 256, LocalDate.of(1969, 10, 15)));
  }

  @OnEveryDatabase
  void identityIdChosenByTheApplicationIsRefused(TestDatabase database) {
    BookRepository books = new BookRepository(fresh(database));

    assertThatThrownBy(() -> books.insert(new Book(1000L, "Chosen", 1, null)))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessageStartingWith("insert into book with id 1000: the database generates");
    assertThat(books.count()).isZero();
    assertThat(books.insert(new Book("Generated", 1, null)).id()).isNotNull();
  }

  @OnEveryDatabase
  void uuidIdIsGeneratedOnInsertWhenNull(TestDatabase database) {
    TokenRepository tokens = new TokenRepository(fresh(database));

    Token first = tokens.insert(new Token(null, "first"));
    Token second = tokens.insert(new Token(null, "second"));

    assertThat(first.id()).isNotNull();
    assertThat(second.id()).isNotNull().isNotEqualTo(first.id());
    assertThat(tokens.findById(first.id())).contains(first);
    assertThat(tokens.findAll()).containsExactlyInAnyOrder(first, second);
  }

  @OnEveryDatabase
  void uuidIdSetByTheApplicationIsKept(TestDatabase database) {
    TokenRepository tokens = new TokenRepository(fresh(database));
    UUID id = UUID.fromString("00000000-0000-4000-8000-000000000001");

    Token stored = tokens.insert(new Token(id, "mine"));

    assertThat(stored.id()).isEqualTo(id);
    assertThat(tokens.existsById(id)).isTrue();
  }

  @OnEveryDatabase
  void assignedStringIdIsStoredAsGiven(TestDatabase database) {
    CountryRepository countries = new CountryRepository(fresh(database));

    countries.insert(new Country("NZ", "New Zealand"));

    Country read = countries.findById("NZ").orElseThrow();
    assertThat(read.code()).isEqualTo("NZ");
    assertThat(read.name()).isEqualTo("New Zealand");
    assertThat(countries.findById("nz")).isEmpty();
  }

  @OnEveryDatabase
  void assignedStringIdMustBeSet(TestDatabase database) {
    CountryRepository countries = new CountryRepository(fresh(database));

    assertThatThrownBy(() -> countries.insert(new Country(null, "Nowhere")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation("code", "must not be null")));
    assertThat(countries.count()).isZero();
  }

  @OnEveryDatabase
  void assignedStringIdTwiceIsAPrimaryKeyViolation(TestDatabase database) {
    CountryRepository countries = new CountryRepository(fresh(database));
    countries.insert(new Country("NZ", "New Zealand"));

    assertThatThrownBy(() -> countries.insert(new Country("NZ", "Aotearoa")))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("pk_country");
          assertThat(e.table()).isEqualTo("country");
          assertThat(e.column()).isEqualTo("code");
        });
    assertThat(countries.findById("NZ").orElseThrow().name()).isEqualTo("New Zealand");
  }
}
