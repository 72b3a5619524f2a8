package dev.precast;

/**
 * The most rows a derived query returns, given as its last parameter: {@code
 * findByName(String name, Limit limit)} with {@code Limit.of(10)}.
 *
 * @param maxRows the most rows to return, at least 0
 */
public record Limit(int maxRows) {
  /** Checks the number. */
  public Limit {
    if (maxRows < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + maxRows);
    }
  }

  /** At most {@code maxRows} rows. */
  public static Limit of(int maxRows) {
    return new Limit(maxRows);
  }
}
