package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.Database;
import dev.precast.it.entities.Article;
import dev.precast.it.entities.ArticleRepository;
import dev.precast.it.entities.Author;
import dev.precast.it.entities.AuthorRepository;
import dev.precast.it.entities.Label;
import dev.precast.it.entities.LabelRepository;
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

  /** Matching on a unique field keeps the stored row's id, even where rows reference it. */
  @OnEveryDatabase
  void upsertByAUniqueFieldKeepsTheIdOfAReferencedRow(TestDatabase database) {
    Database db = fresh(database);
    AuthorRepository authors = new AuthorRepository(db);
    Author ada = authors.insert(new Author("Ada"));
    ArticleRepository articles = new ArticleRepository(db);
    articles.insert(new Article(ada.id(), null, "Notes", 0));

    Author again = authors.upsertByName(new Author("Ada"));

    assertThat(again.id()).isEqualTo(ada.id());
    assertThat(articles.findByAuthorId(ada.id())).hasSize(1);
  }

  /** On H2 too, where MERGE ... KEY would have written the new random id over the stored one. */
  @OnEveryDatabase
  void upsertByAUniqueFieldKeepsAStoredUuid(TestDatabase database) {
    LabelRepository labels = new LabelRepository(fresh(database));
    Label stored = labels.insert(new Label(null, "urgent", 1));

    Label upserted = labels.upsertByName(new Label(null, "urgent", 2));

    assertThat(upserted).isEqualTo(new Label(stored.id(), "urgent", 2));
    assertThat(labels.count()).isEqualTo(1);
  }
}
