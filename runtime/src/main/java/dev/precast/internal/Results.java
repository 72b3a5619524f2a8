package dev.precast.internal;

import dev.precast.PrecastException;
import dev.precast.RowMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ways generated repositories read a result set; each is built once, into a constant. */
public final class Results {
  /** The single {@code COUNT(*)} value. */
  public static final ResultReader<Long> COUNT = resultSet -> {
    resultSet.next();
    return resultSet.getLong(1);
  };

  /** Whether there is a row. */
  public static final ResultReader<Boolean> EXISTS = resultSet -> resultSet.next();

  private Results() {}

  /** The first row, if any. */
  public static <T> ResultReader<Optional<T>> optional(RowMapper<T> mapper) {
    return resultSet -> resultSet.next() ? Optional.of(mapper.map(resultSet)) : Optional.empty();
  }

  /**
   * The only row, if any; more than one is an error of the query, named by {@code query}
   * (e.g. {@code UserQueries.findByName}).
   */
  public static <T> ResultReader<Optional<T>> atMostOne(RowMapper<T> mapper, String query) {
    return resultSet -> {
      if (!resultSet.next()) {
        return Optional.empty();
      }
      T row = mapper.map(resultSet);
      if (resultSet.next()) {
        throw new PrecastException(query + " expects at most one row, but more than one"
            + " matched: return a List, or use findFirstBy to take the first");
      }
      return Optional.ofNullable(row);
    };
  }

  /**
   * The value of the only row, which must exist and not be NULL, for a query returning a
   * primitive (e.g. {@code long}); named by {@code query} in the error.
   */
  public static <T> ResultReader<T> required(RowMapper<T> mapper, String query) {
    ResultReader<Optional<T>> row = atMostOne(mapper, query);
    return resultSet -> {
      Optional<T> value = row.read(resultSet);
      if (value.isEmpty()) {
        throw new PrecastException(query + " returns a primitive, but its query returned no"
            + " row, or NULL; return Optional or a boxed type to allow that");
      }
      return value.get();
    };
  }

  /** Every row, in order. */
  public static <T> ResultReader<List<T>> list(RowMapper<T> mapper) {
    return resultSet -> {
      List<T> rows = new ArrayList<>();
      while (resultSet.next()) {
        rows.add(mapper.map(resultSet));
      }
      return rows;
    };
  }
}
