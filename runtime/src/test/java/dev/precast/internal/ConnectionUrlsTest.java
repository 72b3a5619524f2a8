package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.PrecastException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionUrlsTest {
  @Test
  void jdbcUrlIsTakenAsIs() {
    ConnectionUrls.Settings settings =
        ConnectionUrls.fromEnvironment(Map.of("DATABASE_URL", " jdbc:h2:mem:app "));
    assertThat(settings.jdbcUrl()).isEqualTo("jdbc:h2:mem:app");
    assertThat(settings.user()).isNull();
    assertThat(settings.maximumPoolSize()).isNull();
  }

  @Test
  void postgresqlUrlBecomesJdbcUrlWithCredentials() {
    ConnectionUrls.Settings settings = ConnectionUrls.fromEnvironment(Map.of(
        "DATABASE_URL", "postgresql://app:s%40cret@db.example:6543/orders?sslmode=disable",
        "DATABASE_POOL_SIZE", "4"));
    assertThat(settings.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.example:6543/orders?sslmode=disable");
    assertThat(settings.user()).isEqualTo("app");
    assertThat(settings.password()).isEqualTo("s@cret");
    assertThat(settings.maximumPoolSize()).isEqualTo(4);
    assertThat(settings.toString()).doesNotContain("cret");
  }

  @Test
  void plusInAPasswordStaysAPlus() {
    assertThat(ConnectionUrls.fromEnvironment(
            Map.of("DATABASE_URL", "postgresql://app:s3cr+t@db:5432/prod")).password())
        .isEqualTo("s3cr+t");
  }

  @Test
  void postgresSchemeWithoutPasswordOrPortIsAccepted() {
    ConnectionUrls.Settings settings = ConnectionUrls.fromEnvironment(
        Map.of("DATABASE_URL", "postgres://postgres@127.0.0.1/test"));
    assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1/test");
    assertThat(settings.user()).isEqualTo("postgres");
    assertThat(settings.password()).isNull();
  }

  @Test
  void slowStatementThresholdIsReadInMilliseconds() {
    assertThat(ConnectionUrls.fromEnvironment(Map.of("DATABASE_URL", "jdbc:h2:mem:app",
            "PRECAST_SLOW_STATEMENT_MS", " 250 ")).slowStatementThreshold())
        .isEqualTo(java.time.Duration.ofMillis(250));
    assertThat(ConnectionUrls.fromEnvironment(Map.of("DATABASE_URL", "jdbc:h2:mem:app"))
        .slowStatementThreshold()).isNull();
  }

  @Test
  void malformedSlowStatementThresholdNamesTheVariable() {
    assertThatThrownBy(() -> ConnectionUrls.fromEnvironment(Map.of(
            "DATABASE_URL", "jdbc:h2:mem:app", "PRECAST_SLOW_STATEMENT_MS", "1s")))
        .isInstanceOf(PrecastException.class)
        .hasMessage("PRECAST_SLOW_STATEMENT_MS must be a whole number of milliseconds"
            + " (0 turns the slow-statement log off), got \"1s\"");
    assertThatThrownBy(() -> ConnectionUrls.fromEnvironment(Map.of(
            "DATABASE_URL", "jdbc:h2:mem:app", "PRECAST_SLOW_STATEMENT_MS", "-5")))
        .hasMessage("PRECAST_SLOW_STATEMENT_MS must be 0 (off) or a positive number of"
            + " milliseconds, got -5");
  }

  @Test
  void missingUrlNamesTheVariable() {
    assertThatThrownBy(() -> ConnectionUrls.fromEnvironment(Map.of()))
        .isInstanceOf(PrecastException.class)
        .hasMessageStartingWith("DATABASE_URL is not set");
    assertThatThrownBy(() -> ConnectionUrls.fromEnvironment(Map.of("DATABASE_URL", "  ")))
        .hasMessageStartingWith("DATABASE_URL is not set");
  }

  @Test
  void malformedUrlsNameTheVariableAndTheProblemWithoutThePassword() {
    assertThatThrownBy(() -> ConnectionUrls.fromEnvironment(
            Map.of("DATABASE_URL", "mysql://root:hunter2@localhost/db")))
        .isInstanceOf(PrecastException.class)
        .hasMessageContaining("DATABASE_URL is malformed")
        .hasMessageContaining("jdbc: or postgresql://")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> ConnectionUrls.fromEnvironment(
            Map.of("DATABASE_URL", "postgresql://localhost")))
        .hasMessageContaining("names no database");
    assertThatThrownBy(() -> ConnectionUrls.fromEnvironment(
            Map.of("DATABASE_URL", "postgresql:///test")))
        .hasMessageContaining("names no host");
    assertThatThrownBy(() -> ConnectionUrls.fromEnvironment(
            Map.of("DATABASE_URL", "postgresql://a b@host/db")))
        .hasMessageContaining("DATABASE_URL is malformed");
  }

  @Test
  void poolSizeMustBeANumber() {
    assertThatThrownBy(() -> ConnectionUrls.fromEnvironment(
            Map.of("DATABASE_URL", "jdbc:h2:mem:x", "DATABASE_POOL_SIZE", "ten")))
        .isInstanceOf(PrecastException.class)
        .hasMessage("DATABASE_POOL_SIZE must be a whole number, got \"ten\"");
  }

  @Test
  void redactHidesPasswordsInParametersAndUserInfo() {
    assertThat(ConnectionUrls.redact("jdbc:postgresql://h/db?user=a&password=secret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
    assertThat(ConnectionUrls.redact("jdbc:h2:mem:x;PASSWORD=secret"))
        .isEqualTo("jdbc:h2:mem:x;PASSWORD=***");
    assertThat(ConnectionUrls.redact("postgresql://app:secret@h:5432/db"))
        .isEqualTo("postgresql://app:***@h:5432/db");
  }
}
