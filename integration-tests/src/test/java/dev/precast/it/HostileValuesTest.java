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
import dev.precast.it.entities.Phrase;
import dev.precast.it.entities.PhraseRepository;
import dev.precast.it.entities.Phrase_;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.HostileStrings;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.StatementCounter;
import dev.precast.it.support.TestDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Values that would break or change string-built SQL are bound as parameters: they are
 * stored and found exactly, and never appear in the statement text.
 */
class HostileValuesTest extends DatabaseTest {
  /** The randomized test's seed; {@code -Dprecast.it.seed=...} replays another. */
  private static final long SEED = Long.getLong("precast.it.seed", 20_240_917L);
  private static final int RANDOM_VALUES = 10_000;
  private static final int BATCH = 1_000;
  private static final int IN_LIST = 100;
  /** Shorter values are too likely to occur in SQL by chance ("id", "?"). */
  private static final int LEAK_MIN_LENGTH = 3;

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

  /**
   * {@value #RANDOM_VALUES} random strings (see {@link HostileStrings}; the seed is printed)
   * go in through insertAll and insert and come back through findByText, the DSL's eq and
   * in, and findAll, each exactly as sent, on an unbounded column too; and the text of every
   * statement sent is one of those a run with plain values sends, so no value can be in it,
   * and none is.
   */
  @OnEveryDatabase
  void randomHostileValuesRoundTripLiterallyAndNeverReachTheStatementText(
      TestDatabase database) {
    List<String> values = new HostileStrings(SEED, 600).distinct(RANDOM_VALUES);
    Map<String, Long> kinds = kinds(values);
    assertThat(kinds).as("every kind of hostile value is among them")
        .allSatisfy((kind, count) -> assertThat(count).as(kind).isGreaterThanOrEqualTo(100));
    StatementCounter counter = new StatementCounter();
    try (Database db = Database.of(counter.wrap(database.unpooled()))) {
      db.dropAll(PrecastSchema.INSTANCE);
      db.createAll(PrecastSchema.INSTANCE);
      PhraseRepository phrases = new PhraseRepository(db);

      counter.reset();
      List<String> plain = IntStream.range(0, 2 * IN_LIST).mapToObj(i -> "plain " + i).toList();
      db.useTransaction(tx -> roundTrip(phrases, plain));
      Set<String> plainStatements = new LinkedHashSet<>(shapes(counter.sql()));
      db.useTransaction(tx -> phrases.findAll().forEach(phrases::delete));

      counter.reset();
      db.useTransaction(tx -> roundTrip(phrases, values));
      List<String> statements = counter.sql();

      assertThat(new LinkedHashSet<>(shapes(statements))).as("statement texts with hostile values")
          .isSubsetOf(plainStatements);
      List<String> longEnough = values.stream().filter(v -> v.length() >= LEAK_MIN_LENGTH)
          .toList();
      List<String> checked = longEnough.stream()
          .filter(v -> plainStatements.stream().noneMatch(sql -> sql.contains(v)))
          .toList();
      Set<String> distinct = new LinkedHashSet<>(statements);
      List<String> leaks = checked.stream()
          .filter(v -> distinct.stream().anyMatch(sql -> sql.contains(v))).toList();
      assertThat(leaks).as("values in statement text").isEmpty();
      System.out.printf("[precast-it] %s: seed %d, %d strings sent %s; %d statements captured,"
              + " %d distinct texts, each also sent with plain values; %d values of %d+ units"
              + " checked against them (%d more are words of the SQL itself): %d found%n",
          database, SEED, values.size(), kinds, statements.size(), distinct.size(),
          checked.size(), LEAK_MIN_LENGTH, longEnough.size() - checked.size(), leaks.size());
    }
  }

  /** How many of {@code values} hold each kind of hostile text. */
  private static Map<String, Long> kinds(List<String> values) {
    Map<String, Predicate<String>> kinds = new LinkedHashMap<>();
    kinds.put("quote", v -> v.contains("'") || v.contains("\""));
    kinds.put("backslash", v -> v.contains("\\"));
    kinds.put("wildcard", v -> v.contains("%") || v.contains("_"));
    kinds.put("keyword", v -> v.matches("(?s).*(SELECT|DROP|UNION|DELETE|NULL|OR ).*"));
    kinds.put("comment", v -> v.contains("--") || v.contains("/*") || v.contains("*/"));
    kinds.put("semicolon", v -> v.contains(";"));
    kinds.put("line break", v -> v.contains("\n") || v.contains("\r"));
    kinds.put("astral", v -> v.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    kinds.put("combining", v -> v.codePoints()
        .anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK));
    kinds.put("480+ units", v -> v.length() >= 480);
    Map<String, Long> counts = new LinkedHashMap<>();
    kinds.forEach((kind, test) -> counts.put(kind, values.stream().filter(test).count()));
    return counts;
  }

  /**
   * Stores {@code values} (insertAll in batches, every twentieth by insert) and finds each
   * by findByText, DSL eq on every fifth, DSL in for all, eq on the unbounded body for every
   * fiftieth, and findAll, asserting every value comes back as sent.
   */
  /**
   * The statements with a multi-row VALUES list written once: PostgreSQL's insertAll sends as
   * many tuples as the batch has rows, so the text depends on the batch's size (never on its
   * values), which differs between the plain and the hostile run.
   */
  private static List<String> shapes(List<String> statements) {
    return statements.stream()
        .map(sql -> sql.replaceAll("(\\((?:\\?, )*\\?\\))(?:, \\1)+", "$1, ..."))
        .toList();
  }

  private static void roundTrip(PhraseRepository phrases, List<String> values) {
    Map<String, String> bodies = new HashMap<>();
    List<Phrase> batch = new ArrayList<>();
    Map<String, Long> ids = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      String body = i % 25 == 0 ? value.repeat(8) + "\n" + value : "«" + value + "»";
      bodies.put(value, body);
      if (i % 20 == 0) {
        ids.put(value, phrases.insert(new Phrase(value, body)).id);
      } else {
        batch.add(new Phrase(value, body));
      }
      if (batch.size() == BATCH || i == values.size() - 1) {
        phrases.insertAll(batch).forEach(p -> ids.put(p.text, p.id));
        batch.clear();
      }
    }
    assertThat(ids).hasSize(values.size());

    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      Phrase found = phrases.findByText(value).orElseThrow(() -> new AssertionError(
          "findByText(" + escaped(value) + ") found nothing"));
      assertThat(found.id).as("findByText(%s)", escaped(value)).isEqualTo(ids.get(value));
      assertThat(found.text).isEqualTo(value);
      assertThat(found.body).isEqualTo(bodies.get(value));
      if (i % 5 == 0) {
        assertThat(phrases.query().where(Phrase_.TEXT.eq(value)).list())
            .as("eq(%s)", escaped(value)).extracting(p -> p.id).containsExactly(ids.get(value));
      }
      if (i % 50 == 0) {
        assertThat(phrases.query().where(Phrase_.BODY.eq(bodies.get(value))).list())
            .as("body eq(%s)", escaped(value)).extracting(p -> p.text).containsExactly(value);
      }
    }
    for (int from = 0; from < values.size(); from += IN_LIST) {
      List<String> chunk = values.subList(from, Math.min(from + IN_LIST, values.size()));
      assertThat(phrases.query().where(Phrase_.TEXT.in(chunk)).list())
          .extracting(p -> p.text).containsExactlyInAnyOrderElementsOf(chunk);
    }
    Map<Long, Phrase> all = phrases.findAll().stream()
        .collect(Collectors.toMap(p -> p.id, Function.identity()));
    assertThat(all).hasSize(values.size());
    for (String value : values) {
      Phrase read = all.get(ids.get(value));
      assertThat(read.text).isEqualTo(value);
      assertThat(read.body).isEqualTo(bodies.get(value));
    }
  }

  /** {@code value} with everything outside printable ASCII as {@code \\uXXXX}, for messages. */
  private static String escaped(String value) {
    StringBuilder text = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      text.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return text.append('"').toString();
  }
}
