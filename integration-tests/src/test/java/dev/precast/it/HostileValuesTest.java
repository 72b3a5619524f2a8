package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.Database;
import dev.precast.Query;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.Note_;
import dev.precast.it.entities.Order;
import dev.precast.it.entities.OrderRepository;
import dev.precast.it.entities.Order_;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Values that would break or change string-built SQL are bound as parameters: they are
 * stored and found exactly, and never appear in the statement text.
 */
class HostileValuesTest extends DatabaseTest {
  private static final List<String> HOSTILE = List.of(
      "O'Brien",
      "''",
      "say \"hi\"",
      "back\\slash\\",
      "\\'",
      "100%",
      "%",
      "a_c",
      "_",
      "-- not a comment",
      "/* not a comment */",
      "'; DROP TABLE note; --",
      "\"; DROP TABLE \"order\"; --",
      "?",
      ":name",
      "$1",
      "line\nbreak\ttab",
      "nul \u0001 control");

  @OnEveryDatabase
  void hostileValuesRoundTripUnchanged(TestDatabase database) {
    NoteRepository notes = new NoteRepository(fresh(database));

    List<Note> stored = notes.insertAll(HOSTILE.stream().map(Note::new).toList());
    Note single = notes.insert(new Note("'; DROP TABLE note; --"));

    Map<Long, String> read = notes.findAll().stream()
        .collect(Collectors.toMap(n -> n.id, n -> n.body));
    for (Note note : stored) {
      assertThat(read.get(note.id)).isEqualTo(note.body);
    }
    assertThat(read.get(single.id)).isEqualTo("'; DROP TABLE note; --");
    assertThat(notes.count()).isEqualTo(HOSTILE.size() + 1);
  }

  @OnEveryDatabase
  void eachHostileValueFindsExactlyItsOwnRow(TestDatabase database) {
    NoteRepository notes = new NoteRepository(fresh(database));
    Map<String, Long> ids = notes.insertAll(HOSTILE.stream().map(Note::new).toList()).stream()
        .collect(Collectors.toMap(n -> n.body, n -> n.id));
    notes.insert(new Note("abc"));
    notes.insert(new Note("100 percent"));

    for (String value : HOSTILE) {
      Query<Note> query = notes.query().where(Note_.BODY.eq(value));
      assertThat(query.list()).as("eq(%s)", value).extracting(n -> n.id)
          .containsExactly(ids.get(value));
      assertThat(query.sql()).as("the SQL of eq(%s)", value)
          .isEqualTo("SELECT id, body FROM note WHERE body = ?");
    }
  }

  @OnEveryDatabase
  void percentAndUnderscoreAreNoWildcards(TestDatabase database) {
    NoteRepository notes = new NoteRepository(fresh(database));
    notes.insertAll(List.of(new Note("abc"), new Note("a_c"), new Note("axc"),
        new Note("100%"), new Note("1000")));

    assertThat(notes.query().where(Note_.BODY.eq("%")).count()).isZero();
    assertThat(notes.query().where(Note_.BODY.eq("a_c")).list())
        .extracting(n -> n.body).containsExactly("a_c");
    assertThat(notes.query().where(Note_.BODY.eq("100%")).list())
        .extracting(n -> n.body).containsExactly("100%");
    assertThat(notes.query().where(Note_.BODY.in(List.of("%", "_", "a%"))).count()).isZero();
  }

  @OnEveryDatabase
  void injectionAttemptsLeaveEveryTableInPlace(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);
    OrderRepository orders = new OrderRepository(db);
    String dropNote = "'; DROP TABLE note; --";
    String dropOrder = "\"; DROP TABLE \"order\"; --";

    Order order = orders.insert(new Order(dropNote, dropOrder, "x' OR '1'='1", 1));
    notes.insert(new Note(dropNote));
    notes.query().where(Note_.BODY.eq(dropNote).or(Note_.BODY.ne(dropOrder))).list();
    orders.query().where(Order_.USER.eq("x' OR '1'='1")).list();
    notes.findAll().forEach(n -> {
      n.body = dropOrder;
      notes.update(n);
    });

    assertThat(orders.query().where(Order_.USER.eq("x")).count()).isZero();
    assertThat(orders.findById(order.id).orElseThrow().select).isEqualTo(dropNote);
    assertThat(notes.findAll()).extracting(n -> n.body).containsExactly(dropOrder);
  }

  @OnEveryDatabase
  void statementTextNeverContainsAValue(TestDatabase database) {
    NoteRepository notes = new NoteRepository(fresh(database));
    String value = "'; DROP TABLE note; --";

    List<Query<Note>> queries = List.of(
        notes.query().where(Note_.BODY.eq(value)),
        notes.query().where(Note_.BODY.ne(value)),
        notes.query().where(Note_.BODY.lt(value).or(Note_.BODY.gt(value))),
        notes.query().where(Note_.BODY.in(List.of(value, value + "2"))));

    assertThat(queries).extracting(Query::sql).allSatisfy(sql ->
        assertThat(sql).doesNotContain("DROP").doesNotContain("'").contains("?"));
    assertThat(queries).extracting(Function.identity()).allSatisfy(q ->
        assertThat(q.list()).isEmpty());
  }
}
