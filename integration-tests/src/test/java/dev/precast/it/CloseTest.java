package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.PrecastException;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** {@code close()} with work in flight: it finishes, then nothing new starts. */
class CloseTest {
  @OnEveryDatabase
  void closeLetsTheTransactionInFlightCommitThenRefusesNewWork(TestDatabase database)
      throws Exception {
    String url = database.newUrl();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (Database reader = database.builder(url).maximumPoolSize(1).build()) {
      Database db = database.builder(url).maximumPoolSize(2).build();
      db.dropAll(PrecastSchema.INSTANCE);
      db.createAll(PrecastSchema.INSTANCE);
      NoteRepository notes = new NoteRepository(db);
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch goOn = new CountDownLatch(1);
      Future<?> inFlight = threads.submit(() -> db.<Void, Exception>inTransaction(tx -> {
        notes.insert(new Note("before close"));
        started.countDown();
        if (!goOn.await(10, TimeUnit.SECONDS)) {
          throw new AssertionError("never told to go on");
        }
        notes.insert(new Note("after close"));
        return null;
      }));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

      Future<?> closing = threads.submit(db::close);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!db.isClosed() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThatThrownBy(notes::count).isExactlyInstanceOf(PrecastException.class)
          .hasMessageStartingWith("database jdbc:")
          .hasMessageContaining("is closed: it takes no new work");
      assertThatThrownBy(() -> db.useTransaction(tx -> { }))
          .hasMessageContaining("is closed");
      assertThat(closing.isDone()).as("close() waits for the transaction").isFalse();

      goOn.countDown();
      inFlight.get(10, TimeUnit.SECONDS);
      closing.get(10, TimeUnit.SECONDS);

      assertThat(new NoteRepository(reader).findAll()).extracting(n -> n.body)
          .containsExactly("before close", "after close");
      db.close();
      reader.dropAll(PrecastSchema.INSTANCE);
    } finally {
      threads.shutdownNow();
    }
  }
}
