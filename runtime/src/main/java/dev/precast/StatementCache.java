package dev.precast;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL text of the query DSL's statements on one table, by shape: the DSL renders a
 * statement once per distinct shape and then reuses the text. A shape is an immutable,
 * value-free description of a statement (see {@link Query}); equal shapes render equal text.
 *
 * <p>The cache is bounded: once it holds {@link #MAX_SHAPES} shapes, a statement of a new
 * shape is rendered each time it runs and not kept, so that an application building an
 * unbounded number of shapes (long {@code IN} lists of ever new sizes, generated conditions)
 * uses bounded memory and only loses the reuse. Reads take no lock.
 */
final class StatementCache {
  /** The most shapes kept per table. */
  static final int MAX_SHAPES = 2048;

  private final ConcurrentHashMap<Object, String> statements = new ConcurrentHashMap<>();

  /** The text of {@code shape}, if it is cached. */
  String get(Object shape) {
    return statements.get(shape);
  }

  /**
   * Keeps {@code sql} as the text of {@code shape} while there is room, and returns the text
   * to use: the one another thread cached first, or {@code sql}.
   */
  String put(Object shape, String sql) {
    if (statements.size() >= MAX_SHAPES) {
      return sql;
    }
    String earlier = statements.putIfAbsent(shape, sql);
    return earlier == null ? sql : earlier;
  }

  /** The number of shapes cached. */
  int size() {
    return statements.size();
  }
}
