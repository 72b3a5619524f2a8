package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
