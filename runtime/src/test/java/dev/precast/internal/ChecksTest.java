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
}
