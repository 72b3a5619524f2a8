package dev.precast.processor.dialect;

import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.PropertyModel;
import java.util.Optional;

/**
 * The SQL of {@code @SoftDelete}, the same in every dialect and the same as the runtime's
 * {@code SoftDeletion} writes for the query DSL: a boolean marker is {@code IS NOT TRUE} while
 * alive and set to TRUE, a timestamp {@code IS NULL} while alive and set to the time.
 */
public final class SoftDeleteSql {
  private SoftDeleteSql() {}

  /** What a live row meets, e.g. {@code deleted IS NOT TRUE}; empty without soft delete. */
  public static Optional<String> alive(EntityModel entity) {
    return entity.softDelete().map(marker -> Identifiers.sql(marker.columnName())
        + (bindsTime(marker) ? " IS NULL" : " IS NOT TRUE"));
  }

  /** The assignment that deletes a row: {@code deleted = TRUE} or {@code deleted_at = ?}. */
  public static String assignment(PropertyModel marker) {
    return Identifiers.sql(marker.columnName()) + (bindsTime(marker) ? " = ?" : " = TRUE");
  }

  /** Whether the marker is a timestamp, whose deletion time is bound first. */
  public static boolean bindsTime(PropertyModel marker) {
    return !marker.valueType().name().equals("BOOLEAN");
  }

  /** The runtime's {@code SoftDeletion.Marker} constant for the marker. */
  public static String markerConstant(PropertyModel marker) {
    return switch (marker.valueType()) {
      case INSTANT -> "INSTANT";
      case OFFSET_DATE_TIME -> "OFFSET_DATE_TIME";
      case LOCAL_DATE_TIME -> "LOCAL_DATE_TIME";
      default -> "BOOLEAN";
    };
  }
}
