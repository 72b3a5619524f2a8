package dev.precast.internal;

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

  /** The first column of every row, as text, one line each: a query plan. */
  public static final ResultReader<String> LINES = resultSet -> {
    StringBuilder lines = new StringBuilder();
    while (resultSet.next()) {
      lines.append(lines.length() == 0 ? "" : "\n").append(resultSet.getString(1));
    }
    return lines.toString();
  };

  private Results() {}

  /** The first row, if any. */
  public static <T> ResultReader<Optional<T>> optional(RowMapper<T> mapper) {
    return resultSet -> resultSet.next() ? Optional.of(mapper.map(resultSet)) : Optional.empty();
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
