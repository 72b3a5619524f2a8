package dev.precast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransactionOptionsTest {
  @Test
  void defaultsLeaveTheConnectionAloneAndNeverRetry() {
    TransactionOptions defaults = TransactionOptions.defaults();

    assertThat(defaults.isolation()).isEqualTo(Isolation.DEFAULT);
    assertThat(defaults.readOnly()).isFalse();
    assertThat(defaults.maxRetries()).isZero();
    assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofMillis(10));
    assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void everyWitherReturnsANewInstanceAndLeavesTheOriginal() {
    TransactionOptions defaults = TransactionOptions.defaults();
    TransactionOptions options = defaults.isolation(Isolation.SERIALIZABLE).readOnly(true)
        .retry(5).backoff(Duration.ofMillis(1), Duration.ofMillis(50));

    assertThat(options.isolation()).isEqualTo(Isolation.SERIALIZABLE);
    assertThat(options.readOnly()).isTrue();
    assertThat(options.maxRetries()).isEqualTo(5);
    assertThat(options.initialBackoff()).isEqualTo(Duration.ofMillis(1));
    assertThat(options.maxBackoff()).isEqualTo(Duration.ofMillis(50));
    assertThat(defaults).isEqualTo(TransactionOptions.defaults());
    assertThat(options).isNotEqualTo(defaults)
        .isEqualTo(TransactionOptions.defaults().retry(5).readOnly(true)
            .isolation(Isolation.SERIALIZABLE).backoff(Duration.ofMillis(1), Duration.ofMillis(50)))
        .hasSameHashCodeAs(options.retry(5));
    assertThat(options).hasToString(
        "TransactionOptions[SERIALIZABLE, read-only, retry 5, backoff PT0.001S to PT0.05S]");
  }

  @Test
  void badValuesAreRejectedWithTheSettingNamed() {
    assertThatThrownBy(() -> TransactionOptions.defaults().retry(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRetries must not be negative, got -1");
    assertThatThrownBy(() -> TransactionOptions.defaults()
        .backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("backoff needs 0 <= initial <= max, got initial PT2S and max PT1S");
    assertThatThrownBy(() -> TransactionOptions.defaults().isolation(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Isolation.DEFAULT");
  }
}
