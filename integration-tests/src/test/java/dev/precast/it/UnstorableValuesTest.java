package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.ValidationException;
import dev.precast.Violation;
import dev.precast.it.entities.AllTypes;
import dev.precast.it.entities.AllTypesRepository;
import dev.precast.it.entities.AllTypes_;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * Values some database refuses, or stores changed, are rejected by the generated validator
 * before any SQL, with the property named, on every database alike. Each test first writes
 * the value with plain JDBC, past the validator, and asserts what each database makes of it
 * (an error, or a different value read back through the repository), then asserts that the
 * repository's insert, insertAll and update throw a {@link ValidationException} and leave
 * the table as it was, and that the limits themselves round-trip on both.
 */
class UnstorableValuesTest extends DatabaseTest {
  private static final String NUL = "must not contain the NUL character (U+0000)";
  private static final String SURROGATE = "must not contain an unpaired UTF-16 surrogate";
  private static final String UNBOUNDED_DIGITS =
      "numeric value out of bounds (<83617 digits>.<16383 digits> expected)";
  private static final String AMOUNT_DIGITS =
      "numeric value out of bounds (<8 digits>.<2 digits> expected)";
  private static final String DATE_RANGE = "must be between -4712-01-01 and +5874897-12-31";
  private static final String TIMESTAMP_RANGE =
      "must be between -4712-01-01T00:00 and +294276-12-31T23:59:59.999999";
  private static final String INSTANT_RANGE =
      "must be between -4712-01-01T00:00:00Z and +294276-12-31T23:59:59.999999Z";
  private static final String OFFSET_RANGE = "offset must be between -15:59:59 and +15:59:59";

  /** PostgreSQL's text cannot hold U+0000: it refuses the statement; H2 stores it. */
  @OnEveryDatabase
  void nulInTextIsRejectedBeforeSql(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);
    Note note = notes.insert(new Note("before"));

    String failure = rawUpdate(db, "UPDATE note SET body = ? WHERE id = ?", note.id,
        statement -> statement.setString(1, "a\u0000b"));
    if (database == TestDatabase.POSTGRESQL) {
      assertThat(failure).as("invalid byte sequence for encoding UTF8: 0x00").isEqualTo("22021");
      assertThat(notes.findById(note.id).orElseThrow().body).isEqualTo("before");
    } else {
      assertThat(failure).isNull();
      assertThat(notes.findById(note.id).orElseThrow().body).isEqualTo("a\u0000b");
    }

    Note stored = restore(notes, note, "before");
    assertRejectedEverywhere(notes, stored, n -> n.body = "a\u0000b", "body", NUL);
    assertRejectedEverywhere(notes, stored, n -> n.body = "\u0000", "body", NUL);
  }

  /**
   * No UTF-8 encodes a lone surrogate: pgjdbc sends '?' in its place, without a word, and
   * PostgreSQL stores that; H2 stores the surrogate. Silently changed data is worse than an
   * error, so the validator rejects it on both.
   */
  @OnEveryDatabase
  void unpairedSurrogateIsRejectedBeforeSql(TestDatabase database) {
    Database db = fresh(database);
    NoteRepository notes = new NoteRepository(db);
    Note note = notes.insert(new Note("before"));

    for (String value : List.of("a\uD83Db", "\uDE00", "x\uDE00\uD83D")) {
      assertThat(rawUpdate(db, "UPDATE note SET body = ? WHERE id = ?", note.id,
          statement -> statement.setString(1, value))).isNull();
      String read = notes.findById(note.id).orElseThrow().body;
      if (database == TestDatabase.POSTGRESQL) {
        assertThat(read).isEqualTo(value.replaceAll("[\uD800-\uDFFF]", "?"));
      } else {
        assertThat(read).isEqualTo(value);
      }
    }

    Note stored = restore(notes, note, "before");
    assertRejectedEverywhere(notes, stored, n -> n.body = "a\uD83Db", "body", SURROGATE);
    assertRejectedEverywhere(notes, stored, n -> n.body = "\uDE00\uD83D", "body", SURROGATE);
    Note pair = notes.insert(new Note("\uD83D\uDE00 e\u0301"));
    assertThat(notes.findById(pair.id).orElseThrow().body).isEqualTo("\uD83D\uDE00 e\u0301");
  }

  /**
   * {@code NUMERIC(10, 2)} rounds a third decimal away on both databases; PostgreSQL also
   * refuses more than 16383 digits after the point as written, even zeros it would round away.
   */
  @OnEveryDatabase
  void decimalBeyondItsColumnIsRejectedBeforeSql(TestDatabase database) {
    Database db = fresh(database);
    AllTypesRepository rows = new AllTypesRepository(db);
    AllTypes row = rows.insert(new AllTypes());
    BigDecimal manyZeros = BigDecimal.ONE.setScale(20_000);

    assertThat(rawUpdate(db, "UPDATE all_types SET amount = ? WHERE id = ?", row.id,
        statement -> statement.setBigDecimal(1, new BigDecimal("1.005")))).isNull();
    assertThat(rows.findById(row.id).orElseThrow().amount).isEqualTo(new BigDecimal("1.01"));
    String failure = rawUpdate(db, "UPDATE all_types SET amount = ? WHERE id = ?", row.id,
        statement -> statement.setBigDecimal(1, manyZeros));
    if (database == TestDatabase.POSTGRESQL) {
      assertThat(failure).as("invalid scale in external numeric value").isEqualTo("22P03");
    } else {
      assertThat(failure).isNull();
      assertThat(rows.findById(row.id).orElseThrow().amount).isEqualTo(new BigDecimal("1.00"));
    }

    AllTypes stored = rows.insert(new AllTypes());
    for (BigDecimal value : List.of(new BigDecimal("1.005"), manyZeros,
        new BigDecimal("123456789"), new BigDecimal("1E+2147483647"))) {
      assertRejectedEverywhere(rows, stored, r -> r.amount = value, "amount", AMOUNT_DIGITS);
    }
  }

  /**
   * An unbounded BigDecimal is NUMERIC on PostgreSQL and DECFLOAT (100000 digits) on H2.
   * Past 131072 digits before the point pgjdbc stores 0 without a word, where H2 refuses;
   * past 16383 after it PostgreSQL refuses, where H2 stores it. The validator allows what
   * both hold: 83617 digits before the point and 16383 after.
   */
  @OnEveryDatabase
  void unboundedDecimalBeyondEveryDatabasesDigitsIsRejectedBeforeSql(TestDatabase database) {
    Database db = fresh(database);
    AllTypesRepository rows = new AllTypesRepository(db);
    AllTypes row = rows.insert(new AllTypes());
    String update = "UPDATE all_types SET unbounded_amount = ? WHERE id = ?";

    String huge = rawUpdate(db, update, row.id,
        statement -> statement.setBigDecimal(1, new BigDecimal("1E+131072")));
    BigDecimal hugeRead = rows.findById(row.id).orElseThrow().unboundedAmount;
    String tiny = rawUpdate(db, update, row.id,
        statement -> statement.setBigDecimal(1, new BigDecimal("1E-16384")));
    BigDecimal tinyRead = rows.findById(row.id).orElseThrow().unboundedAmount;
    if (database == TestDatabase.POSTGRESQL) {
      assertThat(huge).isNull();
      assertThat(hugeRead).as("1E+131072 stored as zero").isEqualTo(BigDecimal.ZERO);
      assertThat(tiny).as("invalid scale in external numeric value").isEqualTo("22P03");
    } else {
      assertThat(huge).as("value too long").isEqualTo("22001");
      assertThat(tiny).isNull();
      assertThat(tinyRead).isEqualTo(new BigDecimal("1E-16384"));
    }

    AllTypes stored = rows.insert(new AllTypes());
    for (BigDecimal value : List.of(new BigDecimal("1E+131072"), new BigDecimal("1E-16384"),
        new BigDecimal("-1E+83617"), BigDecimal.ONE.setScale(16_384))) {
      assertRejectedEverywhere(rows, stored, r -> r.unboundedAmount = value, "unboundedAmount",
          UNBOUNDED_DIGITS);
    }

    // 83617 digits before the point and 16383 after: 100000 in all, H2's DECFLOAT's limit.
    BigDecimal widest = new BigDecimal("-1E+83616").add(new BigDecimal("1E-16383"));
    for (BigDecimal limit : List.of(widest, new BigDecimal("1E-16383"),
        new BigDecimal(BigInteger.TEN.pow(16_383), 16_383))) {
      AllTypes fits = new AllTypes();
      fits.unboundedAmount = limit;
      assertThat(rows.findById(rows.insert(fits).id).orElseThrow().unboundedAmount)
          .isEqualByComparingTo(limit);
    }
  }

  /**
   * PostgreSQL's dates end at 5874897-12-31 and its timestamps at 294276-12-31 (at UTC),
   * later ones are refused; pgjdbc writes anything before 4713-01-01 BC as -infinity, read
   * back as LocalDate.MIN. H2 holds every Java date. The validator allows what both hold.
   */
  @OnEveryDatabase
  void datesOutsidePostgresqlsRangeAreRejectedBeforeSql(TestDatabase database) {
    Database db = fresh(database);
    AllTypesRepository rows = new AllTypesRepository(db);
    AllTypes row = rows.insert(new AllTypes());
    boolean postgres = database == TestDatabase.POSTGRESQL;

    LocalDate early = LocalDate.of(-4713, 12, 31);
    assertThat(rawDate(db, "birthday", row.id, early, Types.DATE)).isNull();
    assertThat(rows.findById(row.id).orElseThrow().birthday)
        .isEqualTo(postgres ? LocalDate.MIN : early);
    LocalDate late = LocalDate.of(5_874_898, 1, 1);
    assertThat(rawDate(db, "birthday", row.id, late, Types.DATE))
        .isEqualTo(postgres ? "22008" : null);

    LocalDateTime earlyTime = LocalDateTime.of(-4713, 12, 31, 23, 59, 59, 999_999_000);
    assertThat(rawDate(db, "meeting", row.id, earlyTime, Types.TIMESTAMP)).isNull();
    assertThat(rows.findById(row.id).orElseThrow().meeting)
        .isEqualTo(postgres ? LocalDateTime.MIN : earlyTime);
    LocalDateTime lateTime = LocalDateTime.of(294_277, 1, 1, 0, 0);
    assertThat(rawDate(db, "meeting", row.id, lateTime, Types.TIMESTAMP))
        .isEqualTo(postgres ? "22008" : null);

    Instant earlyInstant = Instant.parse("-4713-12-31T23:59:59.999999Z");
    assertThat(rawDate(db, "created_at", row.id, earlyInstant.atOffset(ZoneOffset.UTC),
        Types.TIMESTAMP_WITH_TIMEZONE)).isNull();
    assertThat(rows.findById(row.id).orElseThrow().createdAt)
        .isEqualTo(postgres ? OffsetDateTime.MIN.toInstant() : earlyInstant);
    OffsetDateTime lateOffset = OffsetDateTime.parse("+294277-01-01T00:00:00Z");
    assertThat(rawDate(db, "updated_at", row.id, lateOffset, Types.TIMESTAMP_WITH_TIMEZONE))
        .isEqualTo(postgres ? "22008" : null);

    AllTypes stored = rows.insert(new AllTypes());
    assertRejectedEverywhere(rows, stored, r -> r.birthday = early, "birthday", DATE_RANGE);
    assertRejectedEverywhere(rows, stored, r -> r.birthday = late, "birthday", DATE_RANGE);
    assertRejectedEverywhere(rows, stored, r -> r.birthday = LocalDate.MAX, "birthday",
        DATE_RANGE);
    assertRejectedEverywhere(rows, stored, r -> r.meeting = earlyTime, "meeting",
        TIMESTAMP_RANGE);
    assertRejectedEverywhere(rows, stored, r -> r.meeting = lateTime, "meeting",
        TIMESTAMP_RANGE);
    assertRejectedEverywhere(rows, stored, r -> r.createdAt = earlyInstant, "createdAt",
        INSTANT_RANGE);
    assertRejectedEverywhere(rows, stored, r -> r.createdAt = Instant.MAX, "createdAt",
        INSTANT_RANGE);
    assertRejectedEverywhere(rows, stored, r -> r.updatedAt = lateOffset, "updatedAt",
        INSTANT_RANGE);
  }

  /** PostgreSQL refuses an offset beyond 15:59:59 either way; H2 and Java allow 18:00. */
  @OnEveryDatabase
  void offsetBeyondPostgresqlsIsRejectedBeforeSql(TestDatabase database) {
    Database db = fresh(database);
    AllTypesRepository rows = new AllTypesRepository(db);
    AllTypes row = rows.insert(new AllTypes());
    OffsetDateTime farEast = OffsetDateTime.parse("2024-06-15T12:00:00+16:00");

    String failure = rawDate(db, "updated_at", row.id, farEast, Types.TIMESTAMP_WITH_TIMEZONE);
    if (database == TestDatabase.POSTGRESQL) {
      assertThat(failure).as("time zone displacement out of range").isEqualTo("22009");
    } else {
      assertThat(failure).isNull();
      assertThat(rows.findById(row.id).orElseThrow().updatedAt.isEqual(farEast)).isTrue();
    }

    AllTypes stored = rows.insert(new AllTypes());
    assertRejectedEverywhere(rows, stored, r -> r.updatedAt = farEast, "updatedAt",
        OFFSET_RANGE);
    assertRejectedEverywhere(rows, stored,
        r -> r.updatedAt = OffsetDateTime.parse("2024-06-15T12:00:00-18:00"), "updatedAt",
        OFFSET_RANGE);
  }

  @OnEveryDatabase
  void theLimitsOfDatesAndTimesRoundTripOnEveryDatabase(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    AllTypes first = new AllTypes();
    first.birthday = LocalDate.of(-4712, 1, 1);
    first.meeting = LocalDateTime.of(-4712, 1, 1, 0, 0);
    first.createdAt = Instant.parse("-4712-01-01T00:00:00Z");
    first.updatedAt = OffsetDateTime.parse("-4712-01-01T15:59:59+15:59:59");
    AllTypes last = new AllTypes();
    last.birthday = LocalDate.of(5_874_897, 12, 31);
    last.meeting = LocalDateTime.of(294_276, 12, 31, 23, 59, 59, 999_999_000);
    last.createdAt = Instant.parse("+294276-12-31T23:59:59.999999Z");
    last.updatedAt = OffsetDateTime.parse("+294276-12-31T08:00:00.999999-15:59:59");

    for (AllTypes written : rows.insertAll(List.of(first, last))) {
      AllTypes read = rows.findById(written.id).orElseThrow();
      assertThat(read.birthday).isEqualTo(written.birthday);
      assertThat(read.meeting).isEqualTo(written.meeting);
      assertThat(read.createdAt).isEqualTo(written.createdAt);
      assertThat(read.updatedAt.isEqual(written.updatedAt))
          .as("%s is %s", read.updatedAt, written.updatedAt).isTrue();
      assertThat(rows.query().where(AllTypes_.BIRTHDAY.eq(written.birthday)).list())
          .extracting(r -> r.id).containsExactly(written.id);
    }
  }

  /**
   * Decided: no check. DOUBLE PRECISION and REAL hold NaN and both infinities on H2 and
   * PostgreSQL alike, and both find NaN by equality; a bound ({@code @Min}, ...) rejects NaN
   * in the validator and its CHECK, on both.
   */
  @OnEveryDatabase
  void nanAndInfinitiesAreStoredAndFoundOnEveryDatabase(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    AllTypes row = new AllTypes();
    row.ratio = Double.NaN;
    row.measure = Float.POSITIVE_INFINITY;
    row.boxedRatio = Double.NEGATIVE_INFINITY;
    row.boxedMeasure = Float.NaN;

    AllTypes read = rows.findById(rows.insert(row).id).orElseThrow();

    assertThat(read.ratio).isNaN();
    assertThat(read.measure).isEqualTo(Float.POSITIVE_INFINITY);
    assertThat(read.boxedRatio).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(read.boxedMeasure).isNaN();
    assertThat(rows.query().where(AllTypes_.RATIO.eq(Double.NaN)).count()).isEqualTo(1);
    assertThat(rows.query().where(AllTypes_.BOXED_RATIO.lt(-Double.MAX_VALUE)).count())
        .isEqualTo(1);
  }

  /**
   * {@code mutate} applied to a fresh entity is refused by insert and by insertAll (at its
   * row, with a valid row before it), and applied to {@code stored} by update, each with
   * exactly {@code property message}, and the table is as it was.
   */
  private static void assertRejectedEverywhere(NoteRepository notes, Note stored,
      Consumer<Note> mutate, String property, String message) {
    long count = notes.count();
    Note fresh = new Note("fresh");
    mutate.accept(fresh);
    assertRejected(() -> notes.insert(fresh), ValidationException.NO_ROW, property, message);
    assertRejected(() -> notes.insertAll(List.of(new Note("valid"), fresh)), 1, property,
        message);
    Note changed = notes.findById(stored.id).orElseThrow();
    String before = changed.body;
    mutate.accept(changed);
    assertRejected(() -> notes.update(changed), ValidationException.NO_ROW, property, message);
    assertThat(notes.count()).isEqualTo(count);
    assertThat(notes.findById(stored.id).orElseThrow().body).isEqualTo(before);
  }

  private static void assertRejectedEverywhere(AllTypesRepository rows, AllTypes stored,
      Consumer<AllTypes> mutate, String property, String message) {
    long count = rows.count();
    AllTypes fresh = new AllTypes();
    mutate.accept(fresh);
    assertRejected(() -> rows.insert(fresh), ValidationException.NO_ROW, property, message);
    assertRejected(() -> rows.insertAll(List.of(new AllTypes(), fresh)), 1, property, message);
    AllTypes changed = rows.findById(stored.id).orElseThrow();
    mutate.accept(changed);
    assertRejected(() -> rows.update(changed), ValidationException.NO_ROW, property, message);
    assertThat(rows.count()).isEqualTo(count);
    AllTypes unchanged = rows.findById(stored.id).orElseThrow();
    assertThat(unchanged.amount).isEqualTo(stored.amount);
    assertThat(unchanged.unboundedAmount).isEqualTo(stored.unboundedAmount);
    assertThat(unchanged.birthday).isEqualTo(stored.birthday);
    assertThat(unchanged.meeting).isEqualTo(stored.meeting);
    assertThat(unchanged.createdAt).isEqualTo(stored.createdAt);
    assertThat(unchanged.updatedAt).isEqualTo(stored.updatedAt);
  }

  private static void assertRejected(Runnable call, int row, String property, String message) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.violations()).containsExactly(new Violation(property, message));
      assertThat(e.row()).isEqualTo(row);
      assertThat(e.getMessage()).contains(property + " " + message);
    });
  }

  private static Note restore(NoteRepository notes, Note note, String body) {
    Note current = notes.findById(note.id).orElseThrow();
    current.body = body;
    return notes.update(current);
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /**
   * Runs {@code sql} with plain JDBC, past the validator: the value bound by {@code bind} as
   * parameter 1, {@code id} as parameter 2. Returns the SQLState of the failure, or null.
   */
  private static String rawUpdate(Database db, String sql, long id, Binder bind) {
    return db.withConnection(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        bind.bind(statement);
        statement.setLong(2, id);
        statement.executeUpdate();
        return null;
      } catch (SQLException e) {
        return e.getSQLState();
      }
    });
  }

  /** {@link #rawUpdate} of one date or time column, bound as the runtime binds it. */
  private static String rawDate(Database db, String column, long id, Object value, int type) {
    return rawUpdate(db, "UPDATE all_types SET " + column + " = ? WHERE id = ?", id,
        statement -> statement.setObject(1, value, type));
  }
}
