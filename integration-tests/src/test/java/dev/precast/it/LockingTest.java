package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.OptimisticLockException;
import dev.precast.PrecastException;
import dev.precast.it.entities.Counter;
import dev.precast.it.entities.CounterRepository;
import dev.precast.it.entities.Draft;
import dev.precast.it.entities.DraftRepository;
import dev.precast.it.entities.Tally;
import dev.precast.it.entities.TallyRepository;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Optimistic locking with {@code @Version}, and pessimistic locking with FOR UPDATE. */
class LockingTest extends DatabaseTest {
  private static final int THREADS = 8;
  private static final int INCREMENTS = 250;

  @OnEveryDatabase
  void updateBumpsTheVersionAndAStaleEntityChangesNothing(TestDatabase database) {
    CounterRepository counters = new CounterRepository(fresh(database));
    Counter counter = counters.insert(new Counter());
    Counter first = counters.findById(counter.getId()).orElseThrow();
    Counter second = counters.findById(counter.getId()).orElseThrow();

    first.setHits(1);
    counters.update(first);
    assertThat(first.getVersion()).isEqualTo(1);

    second.setHits(100);
    assertThatThrownBy(() -> counters.update(second))
        .isInstanceOfSatisfying(OptimisticLockException.class, e -> {
          assertThat(e.table()).isEqualTo("counter");
          assertThat(e.id()).isEqualTo(counter.getId());
          assertThat(e.expectedVersion()).isZero();
        });
    Counter stored = counters.findById(counter.getId()).orElseThrow();
    assertThat(stored.getHits()).isEqualTo(1);
    assertThat(stored.getVersion()).isEqualTo(1);
  }

  @OnEveryDatabase
  void staleDeleteDeletesNothing(TestDatabase database) {
    CounterRepository counters = new CounterRepository(fresh(database));
    Counter counter = counters.insert(new Counter());
    Counter stale = counters.findById(counter.getId()).orElseThrow();
    counters.update(counter);

    assertThatThrownBy(() -> counters.delete(stale)).isInstanceOf(OptimisticLockException.class);
    assertThat(counters.existsById(counter.getId())).isTrue();
    assertThat(counters.delete(counter)).isTrue();
    assertThat(counters.existsById(counter.getId())).isFalse();
  }

  @OnEveryDatabase
  void versionedRecordUpdateReturnsANewInstanceWithTheNextVersion(TestDatabase database) {
    DraftRepository drafts = new DraftRepository(fresh(database));
    Draft draft = drafts.insert(new Draft("first"));

    Draft updated = drafts.update(draft.withText("second"));

    assertThat(updated.version()).isEqualTo(1);
    assertThat(draft.version()).isZero();
    assertThat(drafts.findById(draft.id()).orElseThrow()).isEqualTo(updated);
    assertThatThrownBy(() -> drafts.update(draft.withText("stale")))
        .isInstanceOf(OptimisticLockException.class);
  }

  @OnEveryDatabase
  void withoutAVersionTheSecondWriterSilentlyLosesTheFirstUpdate(TestDatabase database) {
    TallyRepository tallies = new TallyRepository(fresh(database));
    Tally tally = tallies.insert(new Tally());
    Tally first = tallies.findById(tally.id).orElseThrow();
    Tally second = tallies.findById(tally.id).orElseThrow();

    first.hits++;
    tallies.update(first);
    second.hits++;
    tallies.update(second);

    assertThat(tallies.findById(tally.id).orElseThrow().hits).isEqualTo(1);
  }

  @OnEveryDatabase
  void concurrentIncrementsWithVersionAndRetryLoseNothing(TestDatabase database)
      throws Exception {
    Database db = fresh(database);
    CounterRepository counters = new CounterRepository(db);
    long id = counters.insert(new Counter()).getId();
    AtomicInteger conflicts = new AtomicInteger();

    runConcurrently(() -> {
      while (true) {
        Counter counter = counters.findById(id).orElseThrow();
        counter.setHits(counter.getHits() + 1);
        try {
          counters.update(counter);
          return;
        } catch (OptimisticLockException e) {
          conflicts.incrementAndGet();
        }
      }
    });

    Counter done = counters.findById(id).orElseThrow();
    assertThat(done.getHits()).isEqualTo(THREADS * INCREMENTS);
    assertThat(done.getVersion()).isEqualTo(THREADS * INCREMENTS);

    // The same read-modify-write without a version, for the record: what the lock prevents.
    TallyRepository tallies = new TallyRepository(db);
    long unguarded = tallies.insert(new Tally()).id;
    runConcurrently(() -> {
      Tally tally = tallies.findById(unguarded).orElseThrow();
      tally.hits++;
      tallies.update(tally);
    });
    System.out.printf("%s: %d increments by %d threads: with @Version and retry %d"
            + " (%d conflicts retried); without a version %d%n", database,
        THREADS * INCREMENTS, THREADS, done.getHits(), conflicts.get(),
        tallies.findById(unguarded).orElseThrow().hits);
  }

  @OnEveryDatabase
  void findByIdForUpdateSerialisesReadModifyWrite(TestDatabase database) throws Exception {
    Database db = fresh(database);
    TallyRepository tallies = new TallyRepository(db);
    long id = tallies.insert(new Tally()).id;

    runConcurrently(() -> db.useTransaction(tx -> {
      Tally tally = tallies.findByIdForUpdate(id).orElseThrow();
      tally.hits++;
      tallies.update(tally);
    }));

    assertThat(tallies.findById(id).orElseThrow().hits).isEqualTo(THREADS * INCREMENTS);
  }

  @OnEveryDatabase
  void findByIdForUpdateOutsideATransactionIsAnError(TestDatabase database) {
    TallyRepository tallies = new TallyRepository(fresh(database));
    long id = tallies.insert(new Tally()).id;

    assertThatThrownBy(() -> tallies.findByIdForUpdate(id))
        .isExactlyInstanceOf(PrecastException.class)
        .hasMessageContaining("needs a transaction");
  }

  /** Runs {@code increment} {@value #INCREMENTS} times on each of {@value #THREADS} threads. */
  private static void runConcurrently(Runnable increment) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < INCREMENTS; i++) {
            increment.run();
          }
        }));
      }
      for (Future<?> future : done) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
