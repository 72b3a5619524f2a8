package com.example.tutorial.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceConfigTest {
  @Test
  void withNothingSetItServesOnPort8080FromEmbeddedH2() {
    ServiceConfig config = ServiceConfig.from(List.of(), Map.of());

    assertThat(config).isEqualTo(new ServiceConfig(null, 8080, null, null, null));
    assertThat(ServiceConfig.DEFAULT_DATABASE_URL).startsWith("jdbc:h2:./data/");
  }

  @Test
  void thePortComesFromTheCommandLineBeforeTheEnvironment() {
    assertThat(ServiceConfig.from(List.of(), Map.of("PORT", "9000")).port()).isEqualTo(9000);
    assertThat(ServiceConfig.from(List.of("--port", "9001"), Map.of("PORT", "9000")).port())
        .isEqualTo(9001);
    assertThat(ServiceConfig.from(List.of("--port=0"), Map.of()).port()).isZero();
  }

  @Test
  void theEnvironmentNamesTheDatabaseThePoolTheHostAndTheSqlLog() {
    ServiceConfig config = ServiceConfig.from(List.of(), Map.of(
        "DATABASE_URL", "postgresql://app@db:5432/app", "DATABASE_POOL_SIZE", "4",
        "HOST", "127.0.0.1", "PRECAST_SQL_LOG", "DEBUG"));

    assertThat(config).isEqualTo(
        new ServiceConfig("127.0.0.1", 8080, "postgresql://app@db:5432/app", 4, "debug"));
  }

  @Test
  void aBadValueIsRefusedNamingIt() {
    assertThatThrownBy(() -> ServiceConfig.from(List.of("--port", "http"), Map.of()))
        .hasMessage("--port must be a whole number from 0 to 65535, got \"http\"");
    assertThatThrownBy(() -> ServiceConfig.from(List.of(), Map.of("PORT", "70000")))
        .hasMessage("PORT must be a whole number from 0 to 65535, got \"70000\"");
    assertThatThrownBy(() -> ServiceConfig.from(List.of(), Map.of("DATABASE_POOL_SIZE", "0")))
        .hasMessage("DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got \"0\"");
    assertThatThrownBy(() -> ServiceConfig.from(List.of(), Map.of("PRECAST_SQL_LOG", "loud")))
        .hasMessage("PRECAST_SQL_LOG must be one of [trace, debug, info, warn], got \"loud\"");
    assertThatThrownBy(() -> ServiceConfig.from(List.of("--verbose"), Map.of()))
        .hasMessage("unknown argument \"--verbose\"; " + ServiceConfig.USAGE);
  }
}
