package dev.precast.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** When PostgreSQL does not answer: skipped with a message, or failed when required. */
class PostgresServerTest {
  @Test
  void defaultsToTheLocalServerInItsOwnSchema() {
    PostgresServer server = new PostgresServer(Map.of());

    assertThat(server.url())
        .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=precast_it");
    assertThat(server.schema()).isEqualTo("precast_it");
    assertThat(server.where()).isEqualTo("127.0.0.1:5432");
    assertThat(server.required()).isFalse();
  }

  @Test
  void urlOverrideGetsTheSchemaUnlessItNamesOne() {
    assertThat(new PostgresServer(Map.of("PRECAST_TEST_POSTGRES_URL",
        "jdbc:postgresql://db:5433/ci?user=app")).url())
        .isEqualTo("jdbc:postgresql://db:5433/ci?user=app&currentSchema=precast_it");
    PostgresServer named = new PostgresServer(Map.of("PRECAST_TEST_POSTGRES_URL",
        "jdbc:postgresql://db/ci?currentSchema=mine&user=app"));
    assertThat(named.url()).isEqualTo("jdbc:postgresql://db/ci?currentSchema=mine&user=app");
    assertThat(named.schema()).isEqualTo("mine");
    assertThat(named.where()).isEqualTo("db");
  }

  @Test
  void unreachableServerSkipsWithAMessageThatSaysHowToFailInstead() {
    PostgresServer server = new PostgresServer(Map.of());

    assertThatThrownBy(() -> server.onUnreachable("Connection refused"))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("PostgreSQL not reachable at 127.0.0.1:5432 - skipped")
        .hasMessageContaining("set PRECAST_REQUIRE_POSTGRES=true to fail instead")
        .hasMessageContaining("Connection refused");
  }

  @Test
  void requirePostgresTurnsTheSkipIntoAFailure() {
    PostgresServer server = new PostgresServer(Map.of("PRECAST_REQUIRE_POSTGRES", "true"));

    assertThat(server.required()).isTrue();
    assertThatThrownBy(() -> server.onUnreachable("Connection refused"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PostgreSQL not reachable at 127.0.0.1:5432");
  }

  @Test
  void ciTurnsTheSkipIntoAFailure() {
    assertThat(new PostgresServer(Map.of("CI", "true")).required()).isTrue();
    assertThat(new PostgresServer(Map.of("CI", "false")).required()).isFalse();
    assertThat(new PostgresServer(Map.of("PRECAST_REQUIRE_POSTGRES", "false")).required())
        .isFalse();
  }
}
