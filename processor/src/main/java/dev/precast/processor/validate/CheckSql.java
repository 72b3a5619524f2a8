package dev.precast.processor.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names a hand-written CHECK condition uses, as far as a scan without an SQL parser can
 * tell: string literals, numbers and comments are skipped, double-quoted names are unquoted.
 * Each name knows whether it stands where a column can (not a function's name, not a
 * qualifier or a qualified part, not a type after {@code ::}).
 */
final class CheckSql {
  /**
   * SQL words that are not reserved (so {@code Identifiers} does not list them) but appear in
   * conditions as keywords or type names: never taken for a misspelt column.
   */
  private static final Set<String> KEYWORDS = Set.of(
      "at", "bigint", "bit", "boolean", "char", "character", "date", "dec", "decimal", "double",
      "escape", "first", "float", "int", "integer", "last", "local", "match", "nulls", "numeric",
      "precision", "real", "smallint", "text", "time", "timestamp", "timestamptz", "uuid",
      "varchar", "varying", "without", "zone");

  private CheckSql() {}

  /**
   * A name in the condition.
   *
   * @param text the name, unquoted
   * @param quoted whether it was written in double quotes
   * @param columnPosition whether it stands where a column can: not followed by {@code (} or
   *     {@code .}, nor after {@code .} or {@code ::}
   */
  record Name(String text, boolean quoted, boolean columnPosition) {}

  /** Whether {@code word} is an SQL keyword or type name that is not reserved. */
  static boolean isKeyword(String word) {
    return KEYWORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** The names of {@code sql}, in order. */
  static List<Name> names(String sql) {
    List<Name> names = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    char before = ' ';
    boolean afterCast = false;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'') {
        i = skipQuoted(sql, i, '\'');
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '"' || isWordStart(c)) {
        boolean quoted = c == '"';
        int end = quoted ? skipQuoted(sql, i, '"') : wordEnd(sql, i);
        boolean closed = quoted && end - 1 > i && sql.charAt(end - 1) == '"';
        String text = quoted
            ? sql.substring(i + 1, closed ? end - 1 : end).replace("\"\"", "\"")
            : sql.substring(i, end);
        char after = nextNonSpace(sql, end);
        boolean column = before != '.' && !afterCast && after != '(' && after != '.';
        names.add(new Name(text, quoted, column));
        i = end;
        before = 'a';
        afterCast = false;
        continue;
      } else if (Character.isDigit(c)) {
        i = wordEnd(sql, i);
      } else {
        i++;
      }
      if (!Character.isWhitespace(c)) {
        afterCast = c == ':' && before == ':';
        before = c;
      }
    }
    return names;
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  /** The end of a word or number: letters, digits, {@code _} and {@code $}. */
  private static int wordEnd(String sql, int start) {
    int i = start;
    while (i < sql.length()
        && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
            || sql.charAt(i) == '$')) {
      i++;
    }
    return i;
  }

  /** The index after the closing quote of a quoted part starting at {@code start}. */
  private static int skipQuoted(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private static char nextNonSpace(String sql, int from) {
    for (int i = from; i < sql.length(); i++) {
      if (!Character.isWhitespace(sql.charAt(i))) {
        return sql.charAt(i);
      }
    }
    return ' ';
  }
}
