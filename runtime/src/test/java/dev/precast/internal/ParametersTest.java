package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.PrecastException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParametersTest {
  enum Color { RED }

  @Test
  void tracedValuesShowEveryBoundParameterForTheSqlLog() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:parameters_test");
        PreparedStatement statement = connection.prepareStatement(
            "SELECT CAST(? AS VARCHAR), CAST(? AS INT), CAST(? AS DATE), CAST(? AS VARCHAR),"
                + " CAST(? AS VARBINARY), CAST(? AS BIGINT), CAST(? AS TIMESTAMP WITH TIME ZONE)")) {
      Parameters parameters = new Parameters(statement, true);
      parameters.setString(1, "O'Brien");
      parameters.setIntOrNull(2, null);
      parameters.setLocalDate(3, LocalDate.of(2024, 2, 29));
      parameters.setEnum(4, Color.RED);
      parameters.setBytes(5, new byte[3]);
      parameters.setLong(6, 7L);
      parameters.setInstant(7, Instant.parse("2024-01-01T00:00:00Z"));
      assertThat(parameters.traced()).isEqualTo("[1='O'Brien', 2=null, 3=2024-02-29, 4='RED',"
          + " 5=<3 bytes>, 6=7, 7=2024-01-01T00:00Z]");
    }
  }

  @Test
  void aStringNoDatabaseComparesAsWrittenIsRefusedBeforeItIsBound() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:parameters_test");
        PreparedStatement statement = connection.prepareStatement("SELECT CAST(? AS VARCHAR)")) {
      Parameters parameters = new Parameters(statement, false);
      assertThatThrownBy(() -> parameters.setString(1, "a\u0000b"))
          .isInstanceOf(PrecastException.class)
          .hasMessage("the string bound to parameter 1 contains the NUL character (U+0000),"
              + " which PostgreSQL cannot store or compare");
      assertThatThrownBy(() -> parameters.setString(1, "a\uD800b"))
          .isInstanceOf(PrecastException.class)
          .hasMessage("the string bound to parameter 1 contains an unpaired UTF-16 surrogate,"
              + " which the driver would send as '?'");
      parameters.setString(1, "emoji \uD83D\uDE00 is a pair");
    }
  }

  @Test
  void untracedParametersRecordNothing() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:parameters_test");
        PreparedStatement statement = connection.prepareStatement("SELECT CAST(? AS VARCHAR)")) {
      Parameters parameters = new Parameters(statement, false);
      parameters.setString(1, "secret");
      assertThat(parameters.traced()).isEmpty();
    }
  }
}
