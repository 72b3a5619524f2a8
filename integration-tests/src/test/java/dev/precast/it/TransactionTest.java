package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.precast.Database;
import dev.precast.PrecastException;
import dev.precast.UniqueViolationException;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

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
    assertThat(db.isInTransaction()).isFalse();
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

  /**
   * PostgreSQL aborts a transaction after a failed statement and would turn its COMMIT into a
   * silent ROLLBACK; H2 would commit the rest. Either way the body that caught the failure
   * learns that nothing was committed.
   */
  @OnEveryDatabase
  void caughtUniqueViolationDoomsTheTransactionAndNothingIsCommitted(TestDatabase database) {
    Database db = fresh(database);
    PersonRepository people = new PersonRepository(db);
    people.insert(new Person("Ada", "ada@example.com"));
    AtomicReference<UniqueViolationException> caught = new AtomicReference<>();

    Throwable thrown = catchThrowable(() -> db.useTransaction(tx -> {
      people.insert(new Person("Bob", "bob@example.com"));
      try {
        people.insert(new Person("Ada again", "ada@example.com"));
      } catch (UniqueViolationException e) {
        caught.set(e);
      }
    }));

    assertThat(caught.get()).isNotNull();
    assertThat(thrown).isExactlyInstanceOf(PrecastException.class)
        .hasMessageStartingWith("the transaction was rolled back, not committed, because a"
            + " statement in it failed: duplicate value for person.email"
            + " (constraint uq_person_email)")
        .hasCause(caught.get());
    assertThat(people.findAll()).extracting(Person::getName).containsExactly("Ada");
  }

  @OnEveryDatabase
  void inTransactionDoesNotReturnAfterACaughtFailure(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);

    assertThatThrownBy(() -> db.inTransaction(tx -> {
      notes.insert(new Note("undone"));
      try {
        db.withConnection(connection -> {
          try (var statement = connection.createStatement()) {
            return statement.execute("SELECT nope");
          }
        });
      } catch (PrecastException e) {
        return "as if it had worked";
      }
      return "unreachable";
    })).isExactlyInstanceOf(PrecastException.class)
        .hasMessageStartingWith("the transaction was rolled back, not committed, because");
    assertThat(notes.count()).isZero();
  }

  /**
   * A nested transaction whose body swallows a failure is rolled back to its savepoint and
   * says so; the outer one, no longer tainted, may go on and commit.
   */
  @OnEveryDatabase
  void nestedTransactionThatSwallowsAFailureIsUndoneAndTheOuterOneCommits(TestDatabase database) {
    Database db = fresh(database);
    PersonRepository people = new PersonRepository(db);

    db.useTransaction(outer -> {
      people.insert(new Person("Ada", "ada@example.com"));
      assertThatThrownBy(() -> db.useTransaction(inner -> {
        people.insert(new Person("Bob", "bob@example.com"));
        try {
          people.insert(new Person("Ada again", "ada@example.com"));
        } catch (UniqueViolationException e) {
          // swallowed
        }
      })).isExactlyInstanceOf(PrecastException.class)
          .hasMessageStartingWith("the nested transaction was rolled back to its savepoint")
          .hasCauseInstanceOf(UniqueViolationException.class);
      people.insert(new Person("Cy", "cy@example.com"));
    });

    assertThat(people.findAll()).extracting(Person::getName).containsExactly("Ada", "Cy");
  }

  /** A raw statement whose failure the callback swallows still dooms it on PostgreSQL. */
  @OnEveryDatabase
  void rawFailureSwallowedInsideTheCallbackIsCaughtOnPostgresql(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);

    Throwable thrown = catchThrowable(() -> db.useTransaction(tx -> {
      notes.insert(new Note("one"));
      db.withConnection(connection -> {
        try (var statement = connection.createStatement()) {
          return statement.execute("SELECT nope");
        } catch (SQLException swallowed) {
          return false;
        }
      });
    }));

    if (database == TestDatabase.POSTGRESQL) {
      assertThat(thrown).isExactlyInstanceOf(PrecastException.class)
          .hasMessageContaining("the database aborted it");
      assertThat(notes.count()).isZero();
    } else {
      assertThat(thrown).as("H2 goes on after a failed statement").isNull();
      assertThat(notes.count()).isEqualTo(1);
    }
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
      assertThat(db.isInTransaction()).isTrue();
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
