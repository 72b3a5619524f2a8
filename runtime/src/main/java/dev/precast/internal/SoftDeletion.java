package dev.precast.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * How a {@code @SoftDelete} table marks a row deleted, generated into its metamodel: the
 * condition a live row meets, and the assignment that deletes one. A timestamp column is set
 * to now, by the database's clock; a boolean one to TRUE.
 */
public final class SoftDeletion {
  /** The Java type of a timestamp column, or none for a boolean one. */
  public enum Marker {
    BOOLEAN,
    INSTANT,
    OFFSET_DATE_TIME,
    LOCAL_DATE_TIME
  }

  private final String column;
  private final Marker marker;

  /**
   * Called by generated code only.
   *
   * @param column the column as written in SQL
   * @param marker what it holds
   */
  public SoftDeletion(String column, Marker marker) {
    this.column = column;
    this.marker = marker;
  }

  /** What a row that is not deleted meets, e.g. {@code deleted IS NOT TRUE}. */
  public String alive() {
    return column + (marker == Marker.BOOLEAN ? " IS NOT TRUE" : " IS NULL");
  }

  /** The assignment that deletes a row: {@code deleted = TRUE}, or {@code deleted_at = ?}. */
  public String assignment() {
    return column + (marker == Marker.BOOLEAN ? " = TRUE" : " = ?");
  }

  /** Binds the deletion time to {@code index} when the assignment has one; the next index. */
  public int bind(Parameters parameters, int index, Clock clock) throws SQLException {
    if (marker == Marker.BOOLEAN) {
      return index;
    }
    Instant now = Clocks.instant(clock);
    switch (marker) {
      case INSTANT -> parameters.setInstant(index, now);
      case OFFSET_DATE_TIME -> parameters.setOffsetDateTime(index, Clocks.offsetDateTime(now));
      default -> parameters.setLocalDateTime(index, Clocks.localDateTime(now, clock));
    }
    return index + 1;
  }
}
