package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {
  @ParameterizedTest
  @ValueSource(strings = {"johndoe@example.com", "a.b+tag@sub.example.org", "x@localhost",
      "o'brien@example.ie", "jörg@例え.jp", ""})
  void wellFormedEmailAddressesPass(String address) {
    assertThat(Checks.isEmail(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-an-email", "@example.com", "john@", "john@@example.com",
      "john doe@example.com", "john@exa mple.com", ".john@example.com", "john.@example.com",
      "john@-example.com", "john@example..com"})
  void malformedEmailAddressesFail(String address) {
    assertThat(Checks.isEmail(address)).isFalse();
  }

  @Test
  void blankMeansOnlyWhiteSpace() {
    assertThat(Checks.isBlank("")).isTrue();
    assertThat(Checks.isBlank(" \t\n")).isTrue();
    assertThat(Checks.isBlank(" a ")).isFalse();
  }

  @Test
  void fitsNumericChecksDigitsBeforeAndAfterThePoint() {
    assertThat(Checks.fitsNumeric(new BigDecimal("12345678.91"), 10, 2)).isTrue();
    assertThat(Checks.fitsNumeric(new BigDecimal("1.50"), 3, 1)).isTrue();
    assertThat(Checks.fitsNumeric(new BigDecimal("1.505"), 10, 2)).isFalse();
    assertThat(Checks.fitsNumeric(new BigDecimal("123456789.1"), 10, 2)).isFalse();
    assertThat(Checks.fitsNumeric(new BigDecimal("1E+3"), 4, 0)).isTrue();
    assertThat(Checks.fitsNumeric(new BigDecimal("1E+3"), 3, 0)).isFalse();
  }

  @Test
  void fitsNumericCountsAHugeExponentWithoutOverflow() {
    assertThat(Checks.fitsNumeric(new BigDecimal("1E+2147483647"), 10, 2)).isFalse();
    assertThat(Checks.fitsNumeric(new BigDecimal("1E+2147483647"))).isFalse();
    assertThat(Checks.fitsNumeric(new BigDecimal("1E-2147483647"), 10, 2)).isFalse();
  }

  /** PostgreSQL refuses more than 16383 digits after the point as written, zeros or not. */
  @Test
  void fitsNumericRefusesMoreThan16383FractionDigitsAsWritten() {
    BigDecimal oneWithZeros = new BigDecimal(BigInteger.TEN.pow(16_384), 16_384);
    assertThat(oneWithZeros).isEqualByComparingTo("1");
    assertThat(Checks.fitsNumeric(oneWithZeros, 10, 2)).isFalse();
    assertThat(Checks.fitsNumeric(oneWithZeros)).isFalse();
    assertThat(Checks.fitsNumeric(new BigDecimal(BigInteger.TEN.pow(16_383), 16_383), 10, 2))
        .isTrue();
    assertThat(Checks.fitsNumeric(new BigDecimal(BigInteger.ZERO, 20_000))).isFalse();
  }

  @Test
  void fitsUnboundedNumericAllows83617DigitsBeforeAnd16383AfterThePoint() {
    assertThat(Checks.fitsNumeric(new BigDecimal("1E+83616"))).isTrue();
    assertThat(Checks.fitsNumeric(new BigDecimal("1E+83617"))).isFalse();
    assertThat(Checks.fitsNumeric(new BigDecimal("1E-16383"))).isTrue();
    assertThat(Checks.fitsNumeric(new BigDecimal("1E-16384"))).isFalse();
    assertThat(Checks.fitsNumeric(new BigDecimal("-12345678901234567890.123456789"))).isTrue();
    assertThat(Checks.fitsNumeric(new BigDecimal(BigInteger.ZERO, -200_000)))
        .as("zero has no digits before the point, however written").isTrue();
    assertThat(Checks.fitsNumeric(new BigDecimal("1E+131072"))).isFalse();
  }

  @Test
  void nulIsFoundAnywhere() {
    assertThat(Checks.hasNul("\0")).isTrue();
    assertThat(Checks.hasNul("ab\0")).isTrue();
    assertThat(Checks.hasNul("a\u0001b")).isFalse();
    assertThat(Checks.hasNul("")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD83D", "a\uD83Db", "ab\uD83D", "\uDE00", "a\uDE00b",
      "\uDE00\uD83D", "\uD83D\uD83D\uDE00", "\uD83D\uDE00\uDE00"})
  void unpairedSurrogatesAreFound(String value) {
    assertThat(Checks.hasUnpairedSurrogate(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "\uD83D\uDE00", "a\uD83D\uDE00b\uD83D\uDE01",
      "e\u0301", "\uFFFF\uFFFE"})
  void pairedSurrogatesAndOtherTextPass(String value) {
    assertThat(Checks.hasUnpairedSurrogate(value)).isFalse();
  }

  @Test
  void datesRunFrom4713BcToPostgresqlsLastDate() {
    assertThat(Checks.isStorable(LocalDate.of(-4712, 1, 1))).isTrue();
    assertThat(Checks.isStorable(LocalDate.of(-4713, 12, 31))).isFalse();
    assertThat(Checks.isStorable(LocalDate.of(5_874_897, 12, 31))).isTrue();
    assertThat(Checks.isStorable(LocalDate.of(5_874_898, 1, 1))).isFalse();
    assertThat(Checks.isStorable(LocalDate.MIN)).isFalse();
    assertThat(Checks.isStorable(LocalDate.MAX)).isFalse();
    assertThat(Checks.isStorable(LocalDate.of(0, 2, 29))).isTrue();
  }

  @Test
  void timestampsRunFrom4713BcTo294276ToTheMicrosecond() {
    assertThat(Checks.isStorable(LocalDateTime.of(-4712, 1, 1, 0, 0))).isTrue();
    assertThat(Checks.isStorable(LocalDateTime.of(-4712, 1, 1, 0, 0).minusNanos(1))).isFalse();
    LocalDateTime last = LocalDateTime.of(294_276, 12, 31, 23, 59, 59, 999_999_000);
    assertThat(Checks.isStorable(last)).isTrue();
    assertThat(Checks.isStorable(last.plusNanos(1))).isFalse();
    assertThat(Checks.isStorable(LocalDateTime.MAX)).isFalse();
    assertThat(Checks.isStorable(LocalDateTime.MIN)).isFalse();
  }

  @Test
  void instantsAndOffsetDateTimesAreCheckedAtUtc() {
    assertThat(Checks.isStorable(Instant.parse("-4712-01-01T00:00:00Z"))).isTrue();
    assertThat(Checks.isStorable(Instant.parse("-4713-12-31T23:59:59.999999Z"))).isFalse();
    assertThat(Checks.isStorable(Instant.parse("+294276-12-31T23:59:59.999999Z"))).isTrue();
    assertThat(Checks.isStorable(Instant.parse("+294277-01-01T00:00:00Z"))).isFalse();
    assertThat(Checks.isStorable(Instant.MAX)).isFalse();
    assertThat(Checks.isStorable(Instant.MIN)).isFalse();
    assertThat(Checks.isStorable(OffsetDateTime.parse("+294277-01-01T00:59:00+01:00")))
        .as("294276-12-31T23:59Z").isTrue();
    assertThat(Checks.isStorable(OffsetDateTime.parse("-4712-01-01T00:59:00+01:00")))
        .as("-4713-12-31T23:59Z").isFalse();
    assertThat(Checks.isStorable(OffsetDateTime.MAX)).isFalse();
  }

  @Test
  void offsetsUpTo15h59m59sEitherWayPass() {
    OffsetDateTime noon = OffsetDateTime.of(2024, 6, 15, 12, 0, 0, 0, ZoneOffset.UTC);
    assertThat(Checks.hasStorableOffset(noon)).isTrue();
    assertThat(Checks.hasStorableOffset(
        noon.withOffsetSameLocal(ZoneOffset.ofHoursMinutesSeconds(15, 59, 59)))).isTrue();
    assertThat(Checks.hasStorableOffset(
        noon.withOffsetSameLocal(ZoneOffset.ofHoursMinutesSeconds(-15, -59, -59)))).isTrue();
    assertThat(Checks.hasStorableOffset(noon.withOffsetSameLocal(ZoneOffset.ofHours(16))))
        .isFalse();
    assertThat(Checks.hasStorableOffset(noon.withOffsetSameLocal(ZoneOffset.ofHours(-18))))
        .isFalse();
  }

  @Test
  void fitsDigitsCountsADecimalAsWrittenLikeHibernateValidator() {
    assertThat(Checks.fitsDigits(new BigDecimal("123.45"), 3, 2)).isTrue();
    assertThat(Checks.fitsDigits(new BigDecimal("1234.5"), 3, 2)).isFalse();
    assertThat(Checks.fitsDigits(new BigDecimal("1.50"), 3, 1)).isFalse();
    assertThat(Checks.fitsDigits(new BigDecimal("0.5"), 0, 1)).isTrue();
    assertThat(Checks.fitsDigits(new BigDecimal("-99.9"), 2, 1)).isTrue();
    assertThat(Checks.fitsDigits(new BigDecimal("1E+3"), 4, 0)).isTrue();
    assertThat(Checks.fitsDigits(new BigDecimal("1E+3"), 3, 0)).isFalse();
  }

  @Test
  void fitsDigitsCountsIntegersAndFloatingPointByTheirDecimalForm() {
    assertThat(Checks.fitsDigits(999L, 3, 0)).isTrue();
    assertThat(Checks.fitsDigits(-1000L, 3, 0)).isFalse();
    assertThat(Checks.fitsDigits(0.1, 0, 1)).isTrue();
    assertThat(Checks.fitsDigits(1.50, 1, 1)).as("trailing zeros of a double do not count")
        .isTrue();
    assertThat(Checks.fitsDigits(0.1f, 0, 1)).as("0.1f is written 0.1").isTrue();
    assertThat(Checks.fitsDigits(1e21, 22, 0)).isTrue();
    assertThat(Checks.fitsDigits(1e21, 21, 0)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void nanAndInfinitiesFitNoDigits(double value) {
    assertThat(Checks.fitsDigits(value, Integer.MAX_VALUE, Integer.MAX_VALUE)).isFalse();
    assertThat(Checks.fitsDigits((float) value, Integer.MAX_VALUE, Integer.MAX_VALUE)).isFalse();
  }

  @Test
  void fitsDigitsReadsTextAsANumberAndRejectsOtherText() {
    assertThat(Checks.fitsDigits("12.34", 2, 2)).isTrue();
    assertThat(Checks.fitsDigits("12.345", 2, 2)).isFalse();
    assertThat(Checks.fitsDigits("-7", 1, 0)).isTrue();
    assertThat(Checks.fitsDigits("twelve", 9, 9)).isFalse();
    assertThat(Checks.fitsDigits(" 12", 9, 9)).isFalse();
    assertThat(Checks.fitsDigits("", 9, 9)).isFalse();
    assertThat(Checks.fitsDigits("1e999999999999", 9, 9)).isFalse();
  }
}
