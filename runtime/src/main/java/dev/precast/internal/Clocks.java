package dev.precast.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The timestamps of {@code @CreatedAt} and {@code @UpdatedAt}, read from the database's
 * clock and cut to microseconds, which H2 and PostgreSQL both keep.
 */
public final class Clocks {
  private Clocks() {}

  /** Now, as an instant. */
  public static Instant instant(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** {@code now} at UTC, as Precast reads every {@code OffsetDateTime} back. */
  public static OffsetDateTime offsetDateTime(Instant now) {
    return OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  /** {@code now} in the clock's zone. */
  public static LocalDateTime localDateTime(Instant now, Clock clock) {
    return LocalDateTime.ofInstant(now, clock.getZone());
  }
}
