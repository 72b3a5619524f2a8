package dev.precast.internal;

import dev.precast.EntityColumn;
import dev.precast.EntityTable;
import dev.precast.IncorrectResultSizeException;
import dev.precast.PrecastException;
import dev.precast.RowMapper;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
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

  /**
   * The only row, if any; more than one is an error of the query, named by {@code query}
   * (e.g. {@code UserQueries.findByName}) and reading {@code table} (null when it is no
   * entity's).
   */
  public static <T> ResultReader<Optional<T>> atMostOne(
      RowMapper<T> mapper, String query, String table) {
    return resultSet -> {
      if (!resultSet.next()) {
        return Optional.empty();
      }
      T row = mapper.map(resultSet);
      if (resultSet.next()) {
        throw new IncorrectResultSizeException(query + " expects at most one row, but more"
            + " than one matched: return a List, or use findFirstBy to take the first", table, 2);
      }
      return Optional.ofNullable(row);
    };
  }

  /**
   * The value of the only row, which must exist and not be NULL, for a query returning a
   * primitive (e.g. {@code long}); named by {@code query} in the error.
   */
  public static <T> ResultReader<T> required(RowMapper<T> mapper, String query, String table) {
    ResultReader<Optional<T>> row = atMostOne(mapper, query, table);
    return resultSet -> {
      Optional<T> value = row.read(resultSet);
      if (value.isEmpty()) {
        throw new PrecastException(query + " returns a primitive, but its query returned no"
            + " row, or NULL; return Optional or a boxed type to allow that");
      }
      return value.get();
    };
  }

  /**
   * {@code table}'s mapper for a hand-written query, which first checks that the result
   * starts with the table's columns in the mapper's order: {@code SELECT *} returns the
   * columns in the order the database has them, which a migration that added a column can
   * make differ from the entity's. The compile-time check saw the order of the model's
   * schema; this sees the database's, once.
   */
  public static <T> RowMapper<T> checkingColumnOrder(EntityTable<T> table, String query) {
    RowMapper<T> mapper = table.mapper();
    return new RowMapper<>() {
      private volatile boolean checked;

      @Override
      public T map(ResultSet row) throws SQLException {
        if (!checked) {
          check(row.getMetaData());
          checked = true;
        }
        return mapper.map(row);
      }

      private void check(ResultSetMetaData result) throws SQLException {
        List<String> expected = table.columns().stream().map(EntityColumn::name).toList();
        List<String> actual = new ArrayList<>();
        for (int i = 1; i <= result.getColumnCount(); i++) {
          actual.add(result.getColumnLabel(i));
        }
        boolean inOrder = actual.size() >= expected.size();
        for (int i = 0; inOrder && i < expected.size(); i++) {
          inOrder = expected.get(i).equalsIgnoreCase(actual.get(i));
        }
        if (!inOrder) {
          throw new PrecastException(query + " reads " + table.entity() + " from the columns ("
              + String.join(", ", expected) + "), but the database returned (" + String.join(
                  ", ", actual) + "): name the columns in the @Query instead of SELECT *, or"
              + " put the table's columns in the entity's order");
        }
      }
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
