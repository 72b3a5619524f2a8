package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.OptimisticLockException;
import dev.precast.PrecastException;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.entities.Remark;
import dev.precast.it.entities.RemarkRepository;
import dev.precast.it.entities.Remark_;
import dev.precast.it.entities.Ticket;
import dev.precast.it.entities.TicketQueries;
import dev.precast.it.entities.TicketQueriesImpl;
import dev.precast.it.entities.Ticket_;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code @SoftDelete}: deleting marks the row, and no generated query, finder, count or DSL
 * query sees it unless asked with {@code includeDeleted()}.
 */
class SoftDeleteTest {
  private static final Instant NOW = Instant.parse("2026-05-04T03:02:01.000001Z");

  private static void withDatabase(TestDatabase database, Consumer<Database> test) {
    try (Database db = database.builder(database.newUrl())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()) {
      db.dropAll(PrecastSchema.INSTANCE);
      db.createAll(PrecastSchema.INSTANCE);
      try {
        test.accept(db);
      } finally {
        db.dropAll(PrecastSchema.INSTANCE);
      }
    }
  }

  private static long rowsInTable(Database db, String table) {
    return db.withConnection(connection -> {
      try (var statement = connection.createStatement();
          var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  @OnEveryDatabase
  void aDeletedRowStaysButNoGeneratedQuerySeesIt(TestDatabase database) {
    withDatabase(database, db -> {
      TicketQueries tickets = new TicketQueriesImpl(db);
      List<Ticket> stored = tickets.insertAll(List.of(new Ticket("alpha"), new Ticket("beta"),
          new Ticket("alpine")));
      Ticket alpha = stored.get(0);

      assertThat(tickets.delete(alpha)).isTrue();
      assertThat(tickets.delete(alpha)).as("already deleted").isFalse();
      assertThat(tickets.deleteById(alpha.id())).isFalse();

      assertThat(rowsInTable(db, "ticket")).isEqualTo(3);
      assertThat(tickets.findById(alpha.id())).isEmpty();
      assertThat(tickets.existsById(alpha.id())).isFalse();
      assertThat(tickets.count()).isEqualTo(2);
      assertThat(tickets.findAll()).extracting(Ticket::subject).containsExactly("beta", "alpine");
      assertThat(tickets.findBySubjectStartingWithOrderBySubjectAsc("al"))
          .extracting(Ticket::subject).containsExactly("alpine");
      assertThat(tickets.countBySubjectStartingWith("al")).isEqualTo(1);
      assertThat(tickets.query().where(Ticket_.SUBJECT.startsWith("al")).count()).isEqualTo(1);
      assertThat(tickets.query().where(Ticket_.SUBJECT.startsWith("al")).includeDeleted()
          .orderBy(Ticket_.ID.asc()).list()).extracting(Ticket::deleted)
          .containsExactly(true, false);
      assertThat(tickets.query().includeDeleted().count()).isEqualTo(3);
    });
  }

  @OnEveryDatabase
  void updatingADeletedRowFails(TestDatabase database) {
    withDatabase(database, db -> {
      TicketQueries tickets = new TicketQueriesImpl(db);
      Ticket ticket = tickets.insert(new Ticket("gone"));
      tickets.deleteById(ticket.id());

      ticket.subject("back");
      assertThatThrownBy(() -> tickets.update(ticket)).isInstanceOf(PrecastException.class)
          .hasMessageContaining("found no row");
    });
  }

  @OnEveryDatabase
  void bulkAndDerivedDeletesMarkRows(TestDatabase database) {
    withDatabase(database, db -> {
      TicketQueries tickets = new TicketQueriesImpl(db);
      tickets.insertAll(List.of(new Ticket("a"), new Ticket("b"), new Ticket("c")));

      assertThat(tickets.deleteBySubject("a")).isEqualTo(1);
      assertThat(tickets.deleteBySubject("a")).isZero();
      assertThat(tickets.query().where(Ticket_.SUBJECT.eq("b")).delete()).isEqualTo(1);
      assertThat(tickets.query().where(Ticket_.SUBJECT.eq("b")).update()
          .set(Ticket_.SUBJECT, "bee").execute()).as("a deleted row is not updated").isZero();

      assertThat(tickets.findAll()).extracting(Ticket::subject).containsExactly("c");
      assertThat(rowsInTable(db, "ticket")).isEqualTo(3);
      assertThat(new dev.precast.it.entities.TicketRepository(db).deleteAll(tickets.findAll()))
          .isEqualTo(1);
      assertThat(tickets.count()).isZero();
    });
  }

  @OnEveryDatabase
  void aTimestampMarkerHoldsTheDeletionTimeAndKeepsTheVersionCheck(TestDatabase database) {
    withDatabase(database, db -> {
      RemarkRepository remarks = new RemarkRepository(db);
      Remark remark = remarks.insert(new Remark(null, "note", null, 0));
      Remark changed = remarks.update(new Remark(remark.id(), "noted", null, 0));

      assertThatThrownBy(() -> remarks.delete(remark))
          .as("stale version").isInstanceOf(OptimisticLockException.class);
      assertThat(remarks.delete(changed)).isTrue();

      assertThat(remarks.findById(remark.id())).isEmpty();
      assertThat(remarks.query().includeDeleted().where(Remark_.ID.eq(remark.id())).one()
          .deletedAt()).isEqualTo(NOW);
      assertThat(remarks.query().where(Remark_.TEXT.eq("noted")).exists()).isFalse();
      remarks.insert(new Remark(null, "other", null, 0));
      assertThat(remarks.query().all().delete()).isEqualTo(1);
      assertThat(remarks.query().includeDeleted().where(Remark_.DELETED_AT.eq(NOW)).count())
          .isEqualTo(2);
    });
  }
}
