package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.ConnectionLostException;
import dev.precast.Database;
import dev.precast.PrecastException;
import dev.precast.UnknownCommitOutcomeException;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.PostgresCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped and started again under load from several threads, on a cluster of this
 * test's own: no thread hangs, every failed call gets a typed exception, nothing acknowledged
 * is lost, nothing reported lost is there, and the same {@link Database} works again after.
 */
class DatabaseRestartTest {
  private static final int THREADS = 4;
  private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(500);
  private static final String PASSWORD = "s3cret-never-shown";

  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Set<String> lost = ConcurrentHashMap.newKeySet();
  private final Set<String> unknown = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final List<Throwable> untyped = new ArrayList<>();

  @Test
  void sameDatabaseRecoversFromARestartUnderLoadAndNothingCommittedIsLost() throws Exception {
    try (PostgresCluster cluster = PostgresCluster.start();
        Database db = Database.builder(cluster.url() + "?password=" + PASSWORD).user("postgres")
            .maximumPoolSize(THREADS).connectionTimeout(CONNECTION_TIMEOUT).build()) {
      db.createAll(PrecastSchema.INSTANCE);
      NoteRepository notes = new NoteRepository(db);
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String name = "t" + t;
        Thread thread = new Thread(() -> load(db, notes, name, stop), "restart-load-" + t);
        thread.start();
        threads.add(thread);
      }
      try {
        awaitUntil("load before the restart", () -> acknowledged.size() >= 200);
        cluster.stopServer();
        int acknowledgedBefore = acknowledged.size();

        long started = System.nanoTime();
        Throwable whileDown = catchFailure(notes::count);
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        awaitUntil("failures while down", () -> total(failures) >= THREADS * 5);

        cluster.startServer();
        awaitUntil("a call that works after the restart", () -> catchFailure(notes::count) == null);
        awaitUntil("load after the restart", () -> acknowledged.size() >= acknowledgedBefore + 200);
        stop.set(true);
        for (Thread thread : threads) {
          thread.join(TimeUnit.SECONDS.toMillis(30));
          assertThat(thread.isAlive()).as(thread.getName() + " hangs").isFalse();
        }

        assertThat(whileDown).isExactlyInstanceOf(ConnectionLostException.class)
            .hasMessageStartingWith("cannot connect to jdbc:postgresql://" + cluster.hostAndPort())
            .hasMessageContaining("within " + CONNECTION_TIMEOUT.toMillis() + " ms")
            .hasMessageNotContaining(PASSWORD);
        synchronized (untyped) {
          assertThat(untyped).as("failures that are no PrecastException").isEmpty();
        }
        Set<String> stored = new HashSet<>();
        notes.findAll().forEach(note -> stored.add(note.body));
        assertThat(stored).as("every acknowledged write is there").containsAll(acknowledged);
        assertThat(stored).as("no write reported lost is there").doesNotContainAnyElementsOf(lost);
        for (String body : stored) {
          if (body.endsWith("a") || body.endsWith("b")) {
            String pair = body.substring(0, body.length() - 1);
            assertThat(stored).as("both rows of a transaction or none")
                .contains(pair + "a", pair + "b");
          }
        }
        System.out.printf("restart: %d acknowledged, %d lost, %d unknown outcome, failures %s;"
                + " a call while down failed after %d ms (timeout %d ms)%n", acknowledged.size(),
            lost.size(), unknown.size(), failures, waitedMillis, CONNECTION_TIMEOUT.toMillis());
      } finally {
        stop.set(true);
        for (Thread thread : threads) {
          thread.join(TimeUnit.SECONDS.toMillis(30));
        }
      }
    }
  }

  /**
   * Writes until told to stop: single auto-committed inserts and transactions of two, each row
   * with a body of its own, recorded by what the call said happened to it.
   */
  private void load(Database db, NoteRepository notes, String name, AtomicBoolean stop) {
    for (int k = 0; !stop.get() && k < 200_000; k++) {
      String body = name + "-" + k;
      List<String> bodies = k % 2 == 0 ? List.of(body) : List.of(body + "a", body + "b");
      try {
        if (bodies.size() == 1) {
          notes.insert(new Note(body));
        } else {
          db.useTransaction(tx -> bodies.forEach(b -> notes.insert(new Note(b))));
        }
        acknowledged.addAll(bodies);
      } catch (UnknownCommitOutcomeException e) {
        count(e);
        unknown.addAll(bodies);
      } catch (ConnectionLostException e) {
        count(e);
        lost.addAll(bodies);
      } catch (PrecastException e) {
        count(e);
        lost.addAll(bodies);
      } catch (RuntimeException | Error e) {
        synchronized (untyped) {
          untyped.add(e);
        }
      }
    }
  }

  private void count(PrecastException e) {
    failures.computeIfAbsent(e.getClass().getSimpleName(), n -> new AtomicInteger())
        .incrementAndGet();
  }

  private static int total(Map<String, AtomicInteger> counts) {
    return counts.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  private static Throwable catchFailure(Runnable call) {
    try {
      call.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static void awaitUntil(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited 30 s for " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
