package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.precast.Database;
import dev.precast.PoolExhaustedException;
import dev.precast.PrecastException;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.Note_;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.StderrCapture;
import dev.precast.it.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A pool with no free connection, a thread that never needs a second one, and leaks. */
class PoolTest {
  @OnEveryDatabase
  void exhaustedPoolFailsAfterTheTimeoutNamingThePoolSizeAndTheWait(TestDatabase database)
      throws Exception {
    ExecutorService holders = Executors.newFixedThreadPool(2);
    try (Database db = database.builder(database.newUrl()).maximumPoolSize(2)
        .connectionTimeout(Duration.ofMillis(300)).build()) {
      fresh(db);
      NoteRepository notes = new NoteRepository(db);
      CountDownLatch holding = new CountDownLatch(2);
      CountDownLatch release = new CountDownLatch(1);
      List<Future<Long>> held = List.of(holders.submit(() -> hold(db, holding, release)),
          holders.submit(() -> hold(db, holding, release)));
      assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

      Throwable thrown = catchThrowable(notes::count);

      release.countDown();
      for (Future<Long> holder : held) {
        assertThat(holder.get(10, TimeUnit.SECONDS)).isZero();
      }
      assertThat(thrown).isExactlyInstanceOf(PoolExhaustedException.class)
          .hasMessageStartingWith("no connection free within 300 ms: all 2 connections of pool"
              + " precast-")
          .hasMessageContaining("are in use; give the pool more (maximumPoolSize)");
      PoolExhaustedException exhausted = (PoolExhaustedException) thrown;
      assertThat(exhausted.poolSize()).isEqualTo(2);
      assertThat(exhausted.waited()).isEqualTo(Duration.ofMillis(300));
      assertThat(notes.count()).as("the pool serves again once connections are back").isZero();
    } finally {
      holders.shutdownNow();
    }
  }

  /**
   * Every call inside a transaction, nested ones too, runs on the transaction's connection:
   * with a pool of one, any second request would wait and fail with PoolExhaustedException.
   */
  @OnEveryDatabase
  void threadInATransactionNeverAsksThePoolForASecondConnection(TestDatabase database) {
    try (Database db = database.builder(database.newUrl()).maximumPoolSize(1)
        .connectionTimeout(Duration.ofMillis(250)).build()) {
      fresh(db);
      NoteRepository notes = new NoteRepository(db);

      long seen = db.inTransaction(tx -> {
        Note first = notes.insert(new Note("one"));
        notes.insertAll(List.of(new Note("two"), new Note("three")));
        db.useTransaction(nested -> {
          notes.update(notes.findById(first.id).orElseThrow());
          db.useTransaction(deeper -> notes.insert(new Note("four")));
        });
        assertThat(notes.query().where(Note_.BODY.eq("four")).list()).hasSize(1);
        assertThat(db.validateSchema(PrecastSchema.INSTANCE).problems()).isNotNull();
        return notes.count() + notes.findAll().size();
      });

      assertThat(seen).isEqualTo(8);
      assertThat(notes.count()).isEqualTo(4);
    }
  }

  /** HikariCP's warning carries the stack trace of the call that took the connection. */
  @Test
  void leakWarningNamesWhereTheConnectionWasTaken() {
    TestDatabase database = TestDatabase.H2;
    try (StderrCapture stderr = new StderrCapture();
        Database db = database.builder(database.newUrl())
            .leakDetectionThreshold(Duration.ofSeconds(2)).build()) {
      String warning = db.withConnection(connection -> {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!stderr.contents().contains("Connection leak detection triggered")
            && System.nanoTime() < deadline) {
          sleep(50);
        }
        return stderr.contents();
      });

      assertThat(warning).contains("Connection leak detection triggered")
          .contains("Apparent connection leak detected")
          .contains("at dev.precast.Database.withConnection")
          .contains("at dev.precast.it.PoolTest.leakWarningNamesWhereTheConnectionWasTaken");
    }
  }

  @Test
  void poolSettingsHikariWouldIgnoreAreRefusedNamingTheSetting() {
    Database.Builder builder = Database.builder("jdbc:h2:mem:settings");
    assertThatThrownBy(() -> builder.connectionTimeout(Duration.ofMillis(100)))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessage("connectionTimeout must be at least 250 ms, got 100 ms");
    assertThatThrownBy(() -> builder.leakDetectionThreshold(Duration.ofSeconds(1)))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessage("leakDetectionThreshold must be 0 (off) or from 2 s to 30 min, got 1000 ms");
    assertThatThrownBy(() -> builder.statementTimeout(Duration.ofMillis(-1)))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessageStartingWith("statementTimeout must be 0 (none) or at least 1 ms");
  }

  /** Holds a connection in a transaction until {@code release}; returns the notes it saw. */
  private static long hold(Database db, CountDownLatch holding, CountDownLatch release)
      throws InterruptedException {
    return db.inTransaction(tx -> {
      long count = new NoteRepository(db).count();
      holding.countDown();
      if (!release.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("never released");
      }
      return count;
    });
  }

  private static void fresh(Database db) {
    db.dropAll(PrecastSchema.INSTANCE);
    db.createAll(PrecastSchema.INSTANCE);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
