package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.precast.Database;
import dev.precast.UniqueViolationException;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@code useTransaction} and {@code inTransaction}: commit, rollback, savepoints, sharing. */
class TransactionTest extends DatabaseTest {
  @OnEveryDatabase
  void useTransactionCommitsEveryStatement(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);

    db.useTransaction(tx -> {
      notes.insert(new Note("one"));
      notes.insert(new Note("two"));
    });

    assertThat(notes.findAll()).extracting(n -> n.body).containsExactly("one", "two");
    assertThat(db.inTransaction()).isFalse();
  }

  @OnEveryDatabase
  void exceptionRollsBackEverythingAndIsRethrownUnchanged(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);
    notes.insert(new Note("before"));
    IllegalStateException failure = new IllegalStateException("boom");

    Throwable thrown = catchThrowable(() -> db.useTransaction(tx -> {
      notes.insert(new Note("one"));
      notes.deleteById(notes.findAll().get(0).id);
      throw failure;
    }));

    assertThat(thrown).isSameAs(failure);
    assertThat(thrown.getSuppressed()).isEmpty();
    assertThat(notes.findAll()).extracting(n -> n.body).containsExactly("before");
  }

  @OnEveryDatabase
  void checkedExceptionIsRethrownUnchangedToo(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);
    IOException failure = new IOException("disk full");

    Throwable thrown = catchThrowable(() -> db.<IOException>useTransaction(tx -> {
      notes.insert(new Note("one"));
      throw failure;
    }));

    assertThat(thrown).isSameAs(failure);
    assertThat(notes.count()).isZero();
  }

  @OnEveryDatabase
  void integrityErrorRollsBackTheWholeTransaction(TestDatabase database) {
    Database db = fresh(database);
    PersonRepository people = new PersonRepository(db);

    assertThatThrownBy(() -> db.useTransaction(tx -> {
      people.insert(new Person("Ada", "ada@example.com"));
      people.insert(new Person("Ada", "ada@example.com"));
    })).isInstanceOf(UniqueViolationException.class);

    assertThat(people.count()).isZero();
  }

  @OnEveryDatabase
  void nestedTransactionFailureCaughtByTheOuterUndoesOnlyTheInnerPart(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);

    db.useTransaction(outer -> {
      notes.insert(new Note("outer before"));
      RuntimeException failure = new RuntimeException("inner fails");
      Throwable thrown = catchThrowable(() -> db.useTransaction(inner -> {
        notes.insert(new Note("inner"));
        throw failure;
      }));
      assertThat(thrown).isSameAs(failure);
      notes.insert(new Note("outer after"));
    });

    assertThat(notes.findAll()).extracting(n -> n.body)
        .containsExactly("outer before", "outer after");
  }

  /**
   * On PostgreSQL an error aborts the whole transaction unless it happened inside a
   * savepoint: a nested transaction is one, so the outer one can go on after a caught error.
   */
  @OnEveryDatabase
  void outerTransactionGoesOnAfterAConstraintErrorInANestedOne(TestDatabase database) {
    Database db = fresh(database);
    PersonRepository people = new PersonRepository(db);

    db.useTransaction(outer -> {
      people.insert(new Person("Ada", "ada@example.com"));
      assertThatThrownBy(() -> db.useTransaction(inner ->
          people.insert(new Person("Ada again", "ada@example.com"))))
          .isInstanceOf(UniqueViolationException.class);
      people.insert(new Person("Bob", "bob@example.com"));
    });

    assertThat(people.findAll()).extracting(Person::getName).containsExactly("Ada", "Bob");
  }

  @OnEveryDatabase
  void nestedSetRollbackOnlyUndoesOnlyTheSavepoint(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);

    db.useTransaction(outer -> {
      notes.insert(new Note("kept"));
      db.useTransaction(inner -> {
        notes.insert(new Note("undone"));
        inner.setRollbackOnly();
        assertThat(inner.isRollbackOnly()).isTrue();
      });
      assertThat(outer.isRollbackOnly()).isFalse();
    });

    assertThat(notes.findAll()).extracting(n -> n.body).containsExactly("kept");
  }

  @OnEveryDatabase
  void setRollbackOnlyRollsBackWithoutAnException(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);

    String result = db.inTransaction(tx -> {
      notes.insert(new Note("undone"));
      tx.setRollbackOnly();
      return "returned anyway";
    });

    assertThat(result).isEqualTo("returned anyway");
    assertThat(notes.count()).isZero();
  }

  @OnEveryDatabase
  void inTransactionReturnsTheBodysValue(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);

    long id = db.inTransaction(tx -> notes.insert(new Note("one")).id);

    assertThat(notes.findById(id)).isPresent();
  }

  @OnEveryDatabase
  void callsInsideShareTheTransactionOthersSeeItOnlyAfterCommit(TestDatabase database)
      throws Exception {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);

    db.useTransaction(tx -> {
      notes.insert(new Note("uncommitted"));
      assertThat(db.inTransaction()).isTrue();
      assertThat(notes.count()).as("seen inside the transaction").isEqualTo(1);
      long seenByAnotherThread = CompletableFuture.supplyAsync(notes::count)
          .get(10, TimeUnit.SECONDS);
      assertThat(seenByAnotherThread).as("seen by another thread before commit").isZero();
    });

    long afterCommit = CompletableFuture.supplyAsync(notes::count).get(10, TimeUnit.SECONDS);
    assertThat(afterCommit).isEqualTo(1);
  }

  @OnEveryDatabase
  void connectionIsBackInAutoCommitAfterARollback(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);
    catchThrowable(() -> db.useTransaction(tx -> {
      notes.insert(new Note("undone"));
      throw new IllegalStateException();
    }));

    notes.insert(new Note("auto-committed"));

    long seenElsewhere = db.withConnection(connection -> {
      assertThat(connection.getAutoCommit()).isTrue();
      return notes.count();
    });
    assertThat(seenElsewhere).isEqualTo(1);
  }
}
