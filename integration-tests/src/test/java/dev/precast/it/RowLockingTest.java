package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.OptimisticLockException;
import dev.precast.PrecastException;
import dev.precast.internal.Jdbc;
import dev.precast.internal.Results;
import dev.precast.internal.StatementBinder;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.HandWrittenTables;
import dev.precast.it.support.HandWrittenTables.Document;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The runtime's side of locking, on hand-written SQL until the processor generates it:
 * {@code SELECT ... FOR UPDATE} inside a transaction, and versioned updates and deletes.
 */
class RowLockingTest extends DatabaseTest {
  private static final String SELECT_FOR_UPDATE =
      "SELECT id, body, version FROM raw_document WHERE id = ? FOR UPDATE";
  private static final String UPDATE_VERSIONED =
      "UPDATE raw_document SET body = ?, version = version + 1 WHERE id = ? AND version = ?";

  private Database open(TestDatabase database) {
    Database db = HandWrittenTables.fresh(fresh(database));
    Jdbc.execute(db, HandWrittenTables.DOCUMENT,
        "INSERT INTO raw_document VALUES (1, 'draft', 0)");
    return db;
  }

  @OnEveryDatabase
  void findForUpdateOutsideATransactionSaysToOpenOne(TestDatabase database) {
    Database db = open(database);

    assertThatThrownBy(() -> findByIdForUpdate(db, 1))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessageStartingWith("findByIdForUpdate needs a transaction: call it inside"
            + " db.useTransaction(...)");
  }

  @OnEveryDatabase
  void rowReadForUpdateMakesAConcurrentWriterWaitUntilCommit(TestDatabase database)
      throws Exception {
    Database db = open(database);
    CompletableFuture<Integer> writer = new CompletableFuture<>();

    db.useTransaction(tx -> {
      assertThat(findByIdForUpdate(db, 1)).map(Document::body).contains("draft");
      CompletableFuture.runAsync(() -> writer.complete(Jdbc.update(db,
          HandWrittenTables.DOCUMENT, "UPDATE raw_document SET body = 'theirs' WHERE id = 1",
          StatementBinder.NONE)));
      Thread.sleep(200);
      assertThat(writer).as("the writer waits for the lock").isNotDone();
      update(db, "mine", 0);
    });

    assertThat(writer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(stored(db).orElseThrow().body()).isEqualTo("theirs");
  }

  @OnEveryDatabase
  void secondUpdateFromTheSameVersionIsAnOptimisticLockFailure(TestDatabase database) {
    Database db = open(database);
    update(db, "first edit", 0);

    assertThatThrownBy(() -> update(db, "second edit", 0))
        .isInstanceOfSatisfying(OptimisticLockException.class, e -> {
          assertThat(e).hasMessage("raw_document row with id 1 was changed or deleted by"
              + " someone else (expected version 0)");
          assertThat(e.table()).isEqualTo("raw_document");
          assertThat(e.id()).isEqualTo(1L);
          assertThat(e.expectedVersion()).isZero();
        });
    Document stored = stored(db).orElseThrow();
    assertThat(stored.body()).isEqualTo("first edit");
    assertThat(stored.version()).isEqualTo(1);
  }

  @OnEveryDatabase
  void deleteOfARowChangedSinceItWasReadIsAnOptimisticLockFailure(TestDatabase database) {
    Database db = open(database);
    update(db, "edited", 0);

    assertThatThrownBy(() -> Jdbc.deleteVersioned(db, HandWrittenTables.DOCUMENT,
        "DELETE FROM raw_document WHERE id = ? AND version = ?", parameters -> {
          parameters.setLong(1, 1);
          parameters.setLong(2, 0);
        }, 1L, 0)).isInstanceOf(OptimisticLockException.class);
    assertThat(stored(db)).isPresent();
  }

  private static void update(Database db, String body, long version) {
    Jdbc.updateVersioned(db, HandWrittenTables.DOCUMENT, UPDATE_VERSIONED, parameters -> {
      parameters.setString(1, body);
      parameters.setLong(2, 1);
      parameters.setLong(3, version);
    }, 1L, version);
  }

  private static Optional<Document> stored(Database db) {
    return db.inTransaction(tx -> findByIdForUpdate(db, 1));
  }

  private static Optional<Document> findByIdForUpdate(Database db, long id) {
    return Jdbc.queryForUpdate(db, HandWrittenTables.DOCUMENT, "findByIdForUpdate",
        SELECT_FOR_UPDATE, parameters -> parameters.setLong(1, id),
        Results.optional(HandWrittenTables.DOCUMENT.mapper()));
  }
}
