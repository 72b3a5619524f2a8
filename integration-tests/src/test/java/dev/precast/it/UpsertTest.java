package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.Database;
import dev.precast.it.entities.Author;
import dev.precast.it.entities.AuthorRepository;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.Token;
import dev.precast.it.entities.TokenRepository;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;

/** upsert on the primary key and on a unique field: MERGE on H2, ON CONFLICT on PostgreSQL. */
class UpsertTest extends DatabaseTest {
  @OnEveryDatabase
  void upsertOfANewEntityInsertsIt(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));

    Person stored = people.upsert(new Person("Ada", "ada@example.com"));

    assertThat(stored.getId()).isNotNull();
    assertThat(people.count()).isEqualTo(1);
  }

  @OnEveryDatabase
  void upsertOnTheIdUpdatesTheExistingRowAndReturnsItAsStored(TestDatabase database) {
    PersonRepository people = new PersonRepository(fresh(database));
    Person ada = people.insert(new Person("Ada", "ada@example.com"));
    Person renamed = new Person("Ada Lovelace", "ada@example.com");
    renamed.setId(ada.getId());

    Person stored = people.upsert(renamed);

    assertThat(stored.getId()).isEqualTo(ada.getId());
    assertThat(stored.getName()).isEqualTo("Ada Lovelace");
    assertThat(people.count()).isEqualTo(1);
  }

  @OnEveryDatabase
  void upsertByAUniqueFieldKeepsTheRowsIdOrInserts(TestDatabase database) {
    Database db = fresh(database);
    PersonRepository people = new PersonRepository(db);
    Person ada = people.insert(new Person("Ada", "ada@example.com"));

    Person updated = people.upsertByEmail(new Person("Countess Ada", "ada@example.com"));
    Person bob = people.upsertByEmail(new Person("Bob", "bob@example.com"));

    assertThat(updated.getId()).isEqualTo(ada.getId());
    assertThat(updated.getName()).isEqualTo("Countess Ada");
    assertThat(bob.getId()).isNotEqualTo(ada.getId());
    assertThat(people.count()).isEqualTo(2);
  }

  @OnEveryDatabase
  void upsertOfRecordsWithUuidAndIdentityIds(TestDatabase database) {
    Database db = fresh(database);
    TokenRepository tokens = new TokenRepository(db);
    Token token = tokens.upsert(new Token(null, "first"));
    Token again = tokens.upsert(new Token(token.id(), "second"));
    assertThat(again).isEqualTo(new Token(token.id(), "second"));
    assertThat(tokens.count()).isEqualTo(1);

    AuthorRepository authors = new AuthorRepository(db);
    Author ada = authors.upsertByName(new Author("Ada"));
    assertThat(authors.upsertByName(new Author("Ada"))).isEqualTo(ada);
    assertThat(authors.count()).isEqualTo(1);
  }
}
