package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.PrecastException;
import dev.precast.it.entities.AllTypes;
import dev.precast.it.entities.AllTypesRepository;
import dev.precast.it.entities.AllTypes_;
import dev.precast.it.entities.Color;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every supported type is written and read back unchanged, in a JVM whose default zone is
 * Pacific/Chatham (UTC+12:45, +13:45 in summer), so that any conversion through the default
 * zone would show.
 */
class TypeRoundTripTest extends DatabaseTest {
  /** Chatham moves its clocks from 02:45 to 03:45 on this night: 03:00 does not exist there. */
  private static final LocalDateTime IN_CHATHAM_DST_GAP =
      LocalDateTime.of(2024, 9, 29, 3, 0, 0, 123_456_000);

  @BeforeAll
  static void theDefaultZoneIsFarFromUtc() {
    assertThat(TimeZone.getDefault().getID())
        .as("surefire sets -Duser.timezone; without it these tests prove little")
        .isEqualTo("Pacific/Chatham");
    assertThat(ZoneId.systemDefault().getRules().isValidOffset(IN_CHATHAM_DST_GAP,
        ZoneId.systemDefault().getRules().getOffset(IN_CHATHAM_DST_GAP))).isFalse();
  }

  @Test
  void theDstGapConstantReallyIsAGapInTheDefaultZone() {
    assertThat(ZoneId.systemDefault().getRules().getValidOffsets(IN_CHATHAM_DST_GAP)).isEmpty();
  }

  @OnEveryDatabase
  void everyTypeRoundTripsExactly(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    AllTypes stored = rows.insert(sample());

    AllTypes read = rows.findById(stored.id).orElseThrow();

    assertThat(read.text).isEqualTo("Grüße, 世界 \uD83D\uDE00");
    assertThat(read.flag).isTrue();
    assertThat(read.number).isEqualTo(Integer.MIN_VALUE);
    assertThat(read.bigNumber).isEqualTo(Long.MAX_VALUE);
    assertThat(read.smallNumber).isEqualTo(Short.MIN_VALUE);
    assertThat(read.ratio).isEqualTo(0.1);
    assertThat(read.measure).isEqualTo(3.1415927f);
    assertThat(read.boxedFlag).isFalse();
    assertThat(read.boxedNumber).isEqualTo(Integer.MAX_VALUE);
    assertThat(read.boxedBigNumber).isEqualTo(Long.MIN_VALUE);
    assertThat(read.boxedSmallNumber).isEqualTo(Short.MAX_VALUE);
    assertThat(read.boxedRatio).isEqualTo(-1.0e-300);
    assertThat(read.boxedMeasure).isEqualTo(Float.MIN_NORMAL);
    assertThat(read.amount).isEqualTo(new BigDecimal("12345678.91"));
    assertThat(read.payload).containsExactly(allByteValues());
    assertThat(read.reference).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    assertThat(read.birthday).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(read.alarm).isEqualTo(LocalTime.of(23, 59, 59, 999_999_000));
    assertThat(read.meeting).isEqualTo(IN_CHATHAM_DST_GAP);
    assertThat(read.createdAt).isEqualTo(Instant.parse("2024-03-31T02:30:00.123456Z"));
    assertThat(read.color).isEqualTo(Color.GREEN);
  }

  @OnEveryDatabase
  void nullBoxesAndObjectsStayNull(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    AllTypes stored = rows.insert(new AllTypes());

    AllTypes read = rows.findById(stored.id).orElseThrow();

    assertThat(read.text).isNull();
    assertThat(read.boxedFlag).isNull();
    assertThat(read.boxedNumber).isNull();
    assertThat(read.boxedBigNumber).isNull();
    assertThat(read.boxedSmallNumber).isNull();
    assertThat(read.boxedRatio).isNull();
    assertThat(read.boxedMeasure).isNull();
    assertThat(read.amount).isNull();
    assertThat(read.unboundedAmount).isNull();
    assertThat(read.payload).isNull();
    assertThat(read.reference).isNull();
    assertThat(read.birthday).isNull();
    assertThat(read.alarm).isNull();
    assertThat(read.meeting).isNull();
    assertThat(read.createdAt).isNull();
    assertThat(read.updatedAt).isNull();
    assertThat(read.color).isNull();
    assertThat(rows.query().where(AllTypes_.BOXED_NUMBER.isNull()).count()).isEqualTo(1);
  }

  @OnEveryDatabase
  void zeroesAndEmptyValuesAreNotNull(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    AllTypes row = new AllTypes();
    row.text = "";
    row.boxedNumber = 0;
    row.boxedFlag = false;
    row.payload = new byte[0];
    AllTypes read = rows.findById(rows.insert(row).id).orElseThrow();

    assertThat(read.text).isEmpty();
    assertThat(read.boxedNumber).isZero();
    assertThat(read.boxedFlag).isFalse();
    assertThat(read.payload).isEmpty();
  }

  @OnEveryDatabase
  void boundedDecimalKeepsItsScale(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    AllTypes row = new AllTypes();
    row.amount = new BigDecimal("-0.10");
    AllTypes read = rows.findById(rows.insert(row).id).orElseThrow();

    assertThat(read.amount).isEqualTo(new BigDecimal("-0.10"));
  }

  /**
   * An unbounded BigDecimal is NUMERIC on PostgreSQL, which keeps the scale, but DECFLOAT on
   * H2 (H2's NUMERIC without precision has scale 0 and would round), and DECFLOAT normalizes:
   * {@code 1.500} comes back as {@code 1.5}. The value is the same; only its scale may differ.
   */
  @OnEveryDatabase
  void unboundedDecimalKeepsEveryDigit(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    BigDecimal value = new BigDecimal("-123456789012345678901234567890.123456789012345678900");
    AllTypes row = new AllTypes();
    row.unboundedAmount = value;
    AllTypes read = rows.findById(rows.insert(row).id).orElseThrow();

    assertThat(read.unboundedAmount).isEqualByComparingTo(value);
    if (database == TestDatabase.POSTGRESQL) {
      assertThat(read.unboundedAmount).isEqualTo(value);
    } else {
      assertThat(read.unboundedAmount).isEqualTo(value.stripTrailingZeros());
    }
  }

  @OnEveryDatabase
  void localTimesKeepMicrosecondsAndIgnoreTheDefaultZone(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    LocalDateTime europeanGap = LocalDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_000);
    AllTypes inChathamGap = new AllTypes();
    inChathamGap.meeting = IN_CHATHAM_DST_GAP;
    inChathamGap.alarm = LocalTime.of(2, 30, 0, 123_456_000);
    AllTypes inEuropeanGap = new AllTypes();
    inEuropeanGap.meeting = europeanGap;
    inEuropeanGap.alarm = LocalTime.MIDNIGHT;

    AllTypes first = rows.findById(rows.insert(inChathamGap).id).orElseThrow();
    AllTypes second = rows.findById(rows.insert(inEuropeanGap).id).orElseThrow();

    assertThat(first.meeting).isEqualTo(IN_CHATHAM_DST_GAP);
    assertThat(first.alarm).isEqualTo(LocalTime.of(2, 30, 0, 123_456_000));
    assertThat(second.meeting).isEqualTo(europeanGap);
    assertThat(second.alarm).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(rows.query().where(AllTypes_.MEETING.eq(IN_CHATHAM_DST_GAP)).list())
        .extracting(r -> r.id).containsExactly(first.id);
  }

  /**
   * A round trip alone would also pass if values were shifted on the way in and back on the
   * way out; other clients of the database would then see the shifted values. So the stored
   * values are read with plain SQL, as text and compared with literals.
   */
  @OnEveryDatabase
  void timeValuesAreStoredAsWrittenNotShiftedByTheDefaultZone(TestDatabase database) {
    Database db = fresh(database);
    AllTypesRepository rows = new AllTypesRepository(db);
    AllTypes row = new AllTypes();
    row.birthday = LocalDate.of(1850, 1, 1);
    row.alarm = LocalTime.of(2, 30, 0, 123_456_000);
    row.meeting = IN_CHATHAM_DST_GAP;
    row.createdAt = Instant.parse("2024-03-31T02:30:00.123456Z");
    row.updatedAt = OffsetDateTime.parse("2024-03-31T02:30:00.123456-09:30");
    long id = rows.insert(row).id;

    String stored = db.withConnection(connection -> {
      try (var statement = connection.prepareStatement("SELECT CAST(birthday AS VARCHAR(40)), "
          + "CAST(alarm AS VARCHAR(40)), CAST(meeting AS VARCHAR(40)), "
          + "CASE WHEN created_at = TIMESTAMP WITH TIME ZONE '2024-03-31 02:30:00.123456+00:00' "
          + "THEN 'same instant' ELSE 'other instant' END, "
          + "CASE WHEN updated_at = TIMESTAMP WITH TIME ZONE '2024-03-31 12:00:00.123456+00:00' "
          + "THEN 'same instant' ELSE 'other instant' END "
          + "FROM all_types WHERE id = ?")) {
        statement.setLong(1, id);
        try (var result = statement.executeQuery()) {
          result.next();
          return result.getString(1) + " | " + result.getString(2) + " | " + result.getString(3)
              + " | " + result.getString(4) + " | " + result.getString(5);
        }
      }
    });

    assertThat(stored).isEqualTo("1850-01-01 | 02:30:00.123456 | 2024-09-29 03:00:00.123456"
        + " | same instant | same instant");
  }

  @OnEveryDatabase
  void instantsKeepMicroseconds(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    Instant instant = Instant.parse("2024-09-28T14:15:00.000001Z");
    AllTypes row = new AllTypes();
    row.createdAt = instant;
    AllTypes read = rows.findById(rows.insert(row).id).orElseThrow();

    assertThat(read.createdAt).isEqualTo(instant);
    assertThat(rows.query().where(AllTypes_.CREATED_AT.eq(instant)).count()).isEqualTo(1);
  }

  @OnEveryDatabase
  void offsetDateTimeComesBackAsTheSameInstantAtUtc(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    OffsetDateTime written = OffsetDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_000,
        ZoneOffset.ofHoursMinutes(-9, -30));
    AllTypes row = new AllTypes();
    row.updatedAt = written;
    AllTypes read = rows.findById(rows.insert(row).id).orElseThrow();

    assertThat(read.updatedAt.isEqual(written)).as("%s is %s", read.updatedAt, written).isTrue();
    assertThat(read.updatedAt.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(read.updatedAt).isEqualTo(written.withOffsetSameInstant(ZoneOffset.UTC));
  }

  @OnEveryDatabase
  void datesBefore1900AndFarInTheFutureRoundTrip(TestDatabase database) {
    AllTypesRepository rows = new AllTypesRepository(fresh(database));
    AllTypes old = new AllTypes();
    old.birthday = LocalDate.of(1850, 1, 1);
    old.meeting = LocalDateTime.of(1850, 1, 1, 0, 0, 0, 1_000);
    old.createdAt = Instant.parse("1850-01-01T00:00:00.000001Z");
    old.updatedAt = OffsetDateTime.parse("1850-01-01T00:00:00.000001+05:30");
    AllTypes future = new AllTypes();
    future.birthday = LocalDate.of(9999, 12, 31);
    future.meeting = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);
    future.createdAt = Instant.parse("9999-12-31T23:59:59.999999Z");
    future.updatedAt = OffsetDateTime.parse("9999-12-31T23:59:59.999999Z");

    AllTypes readOld = rows.findById(rows.insert(old).id).orElseThrow();
    AllTypes readFuture = rows.findById(rows.insert(future).id).orElseThrow();

    assertThat(readOld.birthday).isEqualTo(old.birthday);
    assertThat(readOld.meeting).isEqualTo(old.meeting);
    assertThat(readOld.createdAt).isEqualTo(old.createdAt);
    assertThat(readOld.updatedAt).isEqualTo(old.updatedAt.withOffsetSameInstant(ZoneOffset.UTC));
    assertThat(readFuture.birthday).isEqualTo(future.birthday);
    assertThat(readFuture.meeting).isEqualTo(future.meeting);
    assertThat(readFuture.createdAt).isEqualTo(future.createdAt);
    assertThat(readFuture.updatedAt).isEqualTo(future.updatedAt);
  }

  @OnEveryDatabase
  void enumsAreStoredByName(TestDatabase database) {
    Database db = fresh(database);
    AllTypesRepository rows = new AllTypesRepository(db);
    AllTypes row = new AllTypes();
    row.color = Color.BLUE;
    long id = rows.insert(row).id;

    String stored = db.withConnection(connection -> {
      try (var statement = connection.prepareStatement("SELECT color FROM all_types WHERE id = ?")) {
        statement.setLong(1, id);
        try (var result = statement.executeQuery()) {
          result.next();
          return result.getString(1);
        }
      }
    });

    assertThat(stored).isEqualTo("BLUE");
    assertThat(rows.query().where(AllTypes_.COLOR.eq(Color.BLUE)).count()).isEqualTo(1);
    assertThat(rows.query().where(AllTypes_.COLOR.eq(Color.RED)).count()).isZero();
  }

  /**
   * The column's CHECK keeps unknown names out (see CheckConstraintTest); a database whose
   * schema has drifted, here without that CHECK, can still hold one.
   */
  @OnEveryDatabase
  void unknownEnumNameInTheDatabaseIsAClearError(TestDatabase database) {
    Database db = fresh(database);
    AllTypesRepository rows = new AllTypesRepository(db);
    long id = rows.insert(new AllTypes()).id;
    db.withConnection(connection -> {
      try (var statement = connection.createStatement()) {
        statement.executeUpdate("ALTER TABLE all_types DROP CONSTRAINT ck_all_types_color");
        return statement.executeUpdate("UPDATE all_types SET color = 'PURPLE'");
      }
    });

    assertThatThrownBy(() -> rows.findById(id))
        .isInstanceOf(PrecastException.class)
        .hasMessageContaining("PURPLE")
        .hasMessageContaining("Color");
  }

  private static AllTypes sample() {
    AllTypes row = new AllTypes();
    row.text = "Grüße, 世界 \uD83D\uDE00";
    row.flag = true;
    row.number = Integer.MIN_VALUE;
    row.bigNumber = Long.MAX_VALUE;
    row.smallNumber = Short.MIN_VALUE;
    row.ratio = 0.1;
    row.measure = 3.1415927f;
    row.boxedFlag = false;
    row.boxedNumber = Integer.MAX_VALUE;
    row.boxedBigNumber = Long.MIN_VALUE;
    row.boxedSmallNumber = Short.MAX_VALUE;
    row.boxedRatio = -1.0e-300;
    row.boxedMeasure = Float.MIN_NORMAL;
    row.amount = new BigDecimal("12345678.91");
    row.payload = allByteValues();
    row.reference = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    row.birthday = LocalDate.of(2024, 2, 29);
    row.alarm = LocalTime.of(23, 59, 59, 999_999_000);
    row.meeting = IN_CHATHAM_DST_GAP;
    row.createdAt = Instant.parse("2024-03-31T02:30:00.123456Z");
    row.color = Color.GREEN;
    return row;
  }

  private static byte[] allByteValues() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }
}
