package dev.precast.internal;

import java.util.Collection;
import java.util.Objects;

/**
 * The SQL of collection parameters, which has one marker per element and so is written when
 * the collection is known.
 */
public final class InLists {
  private InLists() {}

  /**
   * {@code column IN (?, ?)} with one marker per element; {@code 1 = 0} (no row) when the
   * collection is empty, where {@code IN ()} would be a syntax error.
   */
  public static String in(String column, Collection<?> values) {
    return values.isEmpty() ? "1 = 0" : column + " IN (" + markers(values) + ")";
  }

  /** {@code column NOT IN (?, ?)}; {@code 1 = 1} (every row) when the collection is empty. */
  public static String notIn(String column, Collection<?> values) {
    return values.isEmpty() ? "1 = 1" : column + " NOT IN (" + markers(values) + ")";
  }

  /**
   * {@code ?, ?} with one marker per element, for {@code IN (:ids)} in a {@code @Query}; {@code
   * NULL} when the collection is empty, so that {@code IN (NULL)} matches no row.
   */
  public static String markers(Collection<?> values) {
    Objects.requireNonNull(values, "a collection parameter must not be null");
    if (values.isEmpty()) {
      return "NULL";
    }
    StringBuilder markers = new StringBuilder(values.size() * 3);
    for (int i = 0; i < values.size(); i++) {
      markers.append(i == 0 ? "?" : ", ?");
    }
    return markers.toString();
  }
}
