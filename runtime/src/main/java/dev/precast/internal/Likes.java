package dev.precast.internal;

import dev.precast.StringColumn;
import java.util.Objects;

/**
 * The LIKE patterns of derived {@code StartingWith}, {@code EndingWith} and {@code Containing}
 * queries, which match the user's value literally: written with {@code ESCAPE '\'}, escaped
 * as {@link StringColumn#escapeLike} escapes the DSL's.
 */
public final class Likes {
  private Likes() {}

  /** Matches values starting with {@code prefix}. */
  public static String startingWith(String prefix) {
    return escape(prefix) + "%";
  }

  /** Matches values ending with {@code suffix}. */
  public static String endingWith(String suffix) {
    return "%" + escape(suffix);
  }

  /** Matches values containing {@code infix}. */
  public static String containing(String infix) {
    return "%" + escape(infix) + "%";
  }

  private static String escape(String value) {
    return StringColumn.escapeLike(
        Objects.requireNonNull(value, "the text to match must not be null"));
  }
}
