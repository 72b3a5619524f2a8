package dev.precast.internal;

import java.util.Objects;

/**
 * LIKE patterns from user values that must match literally: {@code %}, {@code _} and the
 * escape character {@code \} in the value are escaped, for SQL written with {@code ESCAPE
 * '\'}, which H2 and PostgreSQL read alike.
 */
public final class Likes {
  private Likes() {}

  /** The value with {@code \}, {@code %} and {@code _} escaped by {@code \}. */
  public static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '%' || c == '_') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** Matches values starting with {@code prefix}. */
  public static String startingWith(String prefix) {
    return escape(Objects.requireNonNull(prefix, "the prefix to match must not be null")) + "%";
  }

  /** Matches values ending with {@code suffix}. */
  public static String endingWith(String suffix) {
    return "%" + escape(Objects.requireNonNull(suffix, "the suffix to match must not be null"));
  }

  /** Matches values containing {@code infix}. */
  public static String containing(String infix) {
    return "%" + escape(Objects.requireNonNull(infix, "the text to match must not be null"))
        + "%";
  }
}
