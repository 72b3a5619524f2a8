package dev.precast.internal;

import java.sql.SQLException;

/**
 * Binds one value of a column's Java type to a statement parameter; generated metamodels pass
 * the matching {@link Parameters} setter, e.g. {@code Parameters::setString}.
 *
 * @param <V> the column's Java type
 */
@FunctionalInterface
public interface ParameterBinder<V> {
  /** Binds {@code value} (possibly null) to parameter {@code index}. */
  void bind(Parameters parameters, int index, V value) throws SQLException;
}
