package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.ValidationException;
import dev.precast.it.entities.Journal;
import dev.precast.it.entities.JournalRepository;
import dev.precast.it.entities.Journal_;
import dev.precast.it.entities.Memo;
import dev.precast.it.entities.MemoRepository;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lifecycle callbacks, called once per row and in order by the generated repository, also in
 * batches, and the audit timestamps it fills from the database's clock.
 */
class LifecycleTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456789Z");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static void withDatabase(TestDatabase database, MutableClock clock,
      Consumer<Database> test) {
    try (Database db = database.builder(database.newUrl()).clock(clock).build()) {
      db.dropAll(PrecastSchema.INSTANCE);
      db.createAll(PrecastSchema.INSTANCE);
      Journal.EVENTS.clear();
      Memo.EVENTS.clear();
      try {
        test.accept(db);
      } finally {
        db.dropAll(PrecastSchema.INSTANCE);
      }
    }
  }

  @OnEveryDatabase
  void callbacksRunOnceEachInOrder(TestDatabase database) {
    withDatabase(database, new MutableClock(T0), db -> {
      JournalRepository journals = new JournalRepository(db);

      Journal stored = journals.insert(new Journal("  First  "));
      stored.title("First edited");
      Journal updated = journals.update(stored);
      Journal read = journals.findById(updated.id()).orElseThrow();
      journals.delete(read);

      assertThat(Journal.EVENTS).containsExactly(
          "beforeInsert:First", "afterInsert:First:true",
          "beforeUpdate:First edited", "afterUpdate:First edited:v1",
          "afterLoad:First edited",
          "beforeDelete:First edited", "afterDelete:First edited");
    });
  }

  @OnEveryDatabase
  void batchesCallBackEveryRow(TestDatabase database) {
    withDatabase(database, new MutableClock(T0), db -> {
      JournalRepository journals = new JournalRepository(db);

      List<Journal> stored = journals.insertAll(List.of(new Journal(" a"), new Journal("b ")));
      journals.updateAll(stored);
      List<Journal> all = journals.findAll();
      journals.deleteAll(all);

      assertThat(Journal.EVENTS).containsExactly(
          "beforeInsert:a", "beforeInsert:b", "afterInsert:a:true", "afterInsert:b:true",
          "beforeUpdate:a", "beforeUpdate:b", "afterUpdate:a:v1", "afterUpdate:b:v1",
          "afterLoad:a", "afterLoad:b",
          "beforeDelete:a", "beforeDelete:b", "afterDelete:a", "afterDelete:b");
      assertThat(journals.count()).isZero();
    });
  }

  @OnEveryDatabase
  void aRowThatFailsValidationAfterItsCallbackStoresNothing(TestDatabase database) {
    withDatabase(database, new MutableClock(T0), db -> {
      JournalRepository journals = new JournalRepository(db);

      assertThatThrownBy(() -> journals.insertAll(List.of(new Journal("ok"), new Journal("  "))))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("title must not be blank");
      assertThat(journals.count()).isZero();
      assertThat(Journal.EVENTS).containsExactly("beforeInsert:ok", "beforeInsert:");
    });
  }

  @OnEveryDatabase
  void theDslAndFindersCallAfterLoad(TestDatabase database) {
    withDatabase(database, new MutableClock(T0), db -> {
      JournalRepository journals = new JournalRepository(db);
      journals.insert(new Journal("x"));
      Journal.EVENTS.clear();

      journals.query().where(Journal_.TITLE.eq("x")).list();
      journals.findAll();

      assertThat(Journal.EVENTS).containsExactly("afterLoad:x", "afterLoad:x");
    });
  }

  @OnEveryDatabase
  void auditTimesComeFromTheDatabasesClock(TestDatabase database) {
    MutableClock clock = new MutableClock(T0);
    withDatabase(database, clock, db -> {
      JournalRepository journals = new JournalRepository(db);
      Instant created = Instant.parse("2026-03-01T10:15:30.123456Z");

      Journal stored = journals.insert(new Journal("timed"));
      assertThat(stored.createdAt()).isEqualTo(created);
      assertThat(stored.updatedAt())
          .isEqualTo(LocalDateTime.ofInstant(created, clock.getZone()));

      clock.now = T0.plusSeconds(3600);
      Journal updated = journals.update(stored);
      Journal read = journals.findById(stored.id()).orElseThrow();
      assertThat(read.createdAt()).isEqualTo(created);
      assertThat(read.updatedAt()).isEqualTo(updated.updatedAt())
          .isEqualTo(LocalDateTime.ofInstant(created.plusSeconds(3600), clock.getZone()));
    });
  }

  @OnEveryDatabase
  void recordsGetNewInstancesWithTheirTimesAndTheirCallbacks(TestDatabase database) {
    withDatabase(database, new MutableClock(T0), db -> {
      MemoRepository memos = new MemoRepository(db);
      OffsetDateTime created = OffsetDateTime.of(2026, 3, 1, 10, 15, 30, 123_456_000,
          ZoneOffset.UTC);

      Memo stored = memos.insert(new Memo(null, "hello", null, null));

      assertThat(stored.createdAt()).isEqualTo(created);
      assertThat(stored.updatedAt()).isEqualTo(created);
      assertThat(memos.findById(stored.id())).hasValue(stored);
      assertThat(Memo.EVENTS).containsExactly("afterInsert:hello:" + stored.id(),
          "afterLoad:hello");
    });
  }

  /** A clock a test moves by hand. */
  private static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
