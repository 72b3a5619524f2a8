package dev.precast.internal;

import dev.precast.Dialect;
import java.util.Map;

/**
 * One column as the model defines it.
 *
 * @param name the column name as declared, e.g. {@code display_name}
 * @param sqlName the name as written in SQL, quoted where needed
 * @param property the Java field it maps
 * @param nullable whether the column accepts NULL
 * @param types its SQL type, for every dialect
 */
public record ColumnDefinition(
    String name, String sqlName, String property, boolean nullable, Map<Dialect, ColumnType> types) {

  /** Copies the map. */
  public ColumnDefinition {
    types = Map.copyOf(types);
  }
}
