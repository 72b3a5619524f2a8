package dev.precast.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Rewrites a one-row {@code INSERT INTO t (a, b) VALUES (?, ?)} as {@code VALUES (?, ?), (?, ?),
 * ...}: {@code insertAll} on PostgreSQL then sends a few large statements that return their
 * keys, instead of one statement per row. A chunk's rows and parameters stay under
 * PostgreSQL's limit of {@value #MAX_PARAMETERS} bind parameters per statement, and under
 * {@value #MAX_ROWS} rows, so that large inserts repeat the same statement text (which the
 * driver then prepares on the server once).
 */
final class MultiRowInserts {
  /** PostgreSQL's protocol counts parameters in 16 bits (signed in pgjdbc). */
  static final int MAX_PARAMETERS = 32767;
  static final int MAX_ROWS = 1000;

  private static final ConcurrentMap<String, Shape> SHAPES = new ConcurrentHashMap<>();
  private static final Shape NOT_MULTI_ROW = new Shape("", "", 0);

  private MultiRowInserts() {}

  /**
   * The shape of {@code sql}, or null when it is not an INSERT that ends in one {@code VALUES}
   * tuple of plain parameters (such as {@code DEFAULT VALUES}).
   */
  static Shape of(String sql) {
    Shape shape = SHAPES.computeIfAbsent(sql, MultiRowInserts::parse);
    return shape == NOT_MULTI_ROW ? null : shape;
  }

  private static Shape parse(String sql) {
    if (!sql.regionMatches(true, 0, "INSERT INTO ", 0, "INSERT INTO ".length())
        || !sql.endsWith(")")) {
      return NOT_MULTI_ROW;
    }
    // Walk back over "?, ?, ?" to the tuple's "(": nothing but parameters may be in it.
    int columns = 0;
    int i = sql.length() - 2;
    while (true) {
      if (i < 0 || sql.charAt(i) != '?') {
        return NOT_MULTI_ROW;
      }
      columns++;
      i--;
      if (i >= 0 && sql.charAt(i) == '(') {
        break;
      }
      if (i < 1 || sql.charAt(i) != ' ' || sql.charAt(i - 1) != ',') {
        return NOT_MULTI_ROW;
      }
      i -= 2;
    }
    String head = sql.substring(0, i);
    if (!head.regionMatches(true, head.length() - " VALUES ".length(), " VALUES ", 0,
        " VALUES ".length())) {
      return NOT_MULTI_ROW;
    }
    return new Shape(head, sql.substring(i), columns);
  }

  /**
   * A one-row INSERT split at its tuple: {@code head} ends in {@code "VALUES "}, {@code tuple}
   * is {@code "(?, ?)"} for two {@code columns}.
   */
  static final class Shape {
    final String head;
    final String tuple;
    final int columns;
    private volatile String fullChunk;

    Shape(String head, String tuple, int columns) {
      this.head = head;
      this.tuple = tuple;
      this.columns = columns;
    }

    /** The most rows one statement takes. */
    int rowsPerStatement() {
      return Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / columns));
    }

    /** The INSERT of {@code rows} rows; the full chunk's text is built once. */
    String sql(int rows) {
      if (rows == rowsPerStatement()) {
        String sql = fullChunk;
        if (sql == null) {
          sql = build(rows);
          fullChunk = sql;
        }
        return sql;
      }
      return build(rows);
    }

    private String build(int rows) {
      StringBuilder sql = new StringBuilder(head.length() + rows * (tuple.length() + 2));
      sql.append(head).append(tuple);
      for (int r = 1; r < rows; r++) {
        sql.append(", ").append(tuple);
      }
      return sql.toString();
    }
  }
}
