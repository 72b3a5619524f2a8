package dev.precast.processor.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"user", "order", "group", "select", "table", "value", "year"})
  void reservedWordsAreQuoted(String name) {
    assertThat(Identifiers.isPlain(name)).isFalse();
    assertThat(Identifiers.sql(name)).isEqualTo('"' + name + '"');
  }

  @ParameterizedTest
  @ValueSource(strings = {"users", "display_name", "email", "_hidden", "line2", "orders"})
  void plainLowerCaseNamesAreNotQuoted(String name) {
    assertThat(Identifiers.isPlain(name)).isTrue();
    assertThat(Identifiers.sql(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Users", "EMAIL", "Fancy Things", "2fast", "größe", "a-b"})
  void namesThatAreNoPlainLowerCaseIdentifierAreQuoted(String name) {
    assertThat(Identifiers.sql(name)).isEqualTo('"' + name + '"');
  }

  @Test
  void quotesInsideQuotedNamesAreDoubled() {
    assertThat(Identifiers.sql("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
  }

  @Test
  void reservedWordsAreRecognisedInAnyCase() {
    assertThat(Identifiers.isReserved("ORDER")).isTrue();
    assertThat(Identifiers.isReserved("Group")).isTrue();
    assertThat(Identifiers.isReserved("users")).isFalse();
  }
}
