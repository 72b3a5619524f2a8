package dev.precast.it.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Distinct strings built at random, from a seed, out of what breaks string-built SQL or a
 * careless encoding: quotes and backslashes, LIKE wildcards, SQL keywords, comment markers,
 * semicolons, placeholders, line breaks and control characters, accented and combining
 * characters, right-to-left and invisible ones, astral emoji (with modifiers and zero-width
 * joiners) and any other valid code point. Every string is one the validator accepts: no NUL,
 * no unpaired surrogate, at most {@code maxLength} UTF-16 units.
 *
 * <pre>{@code
 * List<String> values = new HostileStrings(42, 600).distinct(10_000);
 * }</pre>
 */
public final class HostileStrings {
  private static final List<String> FRAGMENTS = List.of(
      // quotes and escapes
      "'", "''", "\"", "\"\"", "`", "\\", "\\\\", "\\'", "\\\"", "\\n", "\\0", "\\x00", "\\u0000",
      "O'Brien", "it''s", "E'\\\\'", "$$", "$tag$", "U&'\\0041'",
      // wildcards and patterns
      "%", "_", "%%", "\\%", "\\_", "[a-z]", "[%]", "*", ".*", "^", "$", "%_%",
      // SQL, comments and placeholders
      "SELECT", "select * from phrase", "DROP TABLE phrase", "'; DROP TABLE phrase; --",
      "\"; DROP TABLE \"phrase\"; --", "' OR '1'='1", "' OR 1=1 --", "UNION SELECT NULL",
      "NULL", "null", "TRUE", "1; DELETE FROM phrase", "--", "-- comment", "/*", "*/",
      "/* comment */", "/*!", "#", ";", ";;", "?", "??", "?::text", ":name", ":1", "$1", "@p",
      "{fn now()}", "{d '2024-01-01'}", "{call x}", "&", "||", "::", "COLLATE \"C\"",
      // white space and control characters
      " ", "  ", "\t", "\n", "\r\n", "\r", "\u000B", "\f", "\u0001", "\u001F", "\u007F",
      "\u0085", "\u00A0", "\u2028", "\u3000",
      // accents, combining marks, scripts
      "é", "e\u0301", "ß", "ẞ", "Ω", "ﬁ", "İ", "ı", "a\u0308\u0323", "\u0301", "Z\u0335\u0358",
      "世界", "日本語", "한국어", "مرحبا", "שלום", "Ελληνικά", "Кириллица", "देवनागरी", "ไทย",
      // invisible and bidirectional
      "\u200B", "\u200D", "\u200E", "\u202E", "\u2066", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF",
      // astral: emoji, modifiers, sequences, other planes
      "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD",
      "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDE9\uD83C\uDDEA",
      "\u2764\uFE0F", "\uD835\uDD18", "\uD840\uDC00", "\uDBFF\uDFFF", "\uD800\uDC00",
      // plain text, so that fragments also sit among ordinary words
      "a", "abc", "Hello", "world", "0", "42", "-1", "3.14", "1e308", "id", "text", "body");

  private final Random random;
  private final int maxLength;

  /** Strings of at most {@code maxLength} UTF-16 units, from {@code seed}. */
  public HostileStrings(long seed, int maxLength) {
    this.random = new Random(seed);
    this.maxLength = maxLength;
  }

  /** {@code count} distinct strings, the empty one first. */
  public List<String> distinct(int count) {
    Set<String> values = new LinkedHashSet<>();
    values.add("");
    while (values.size() < count) {
      values.add(next());
    }
    return List.copyOf(values);
  }

  /** One string: mostly a few fragments, sometimes one long run up to the maximum length. */
  public String next() {
    StringBuilder text = new StringBuilder();
    boolean longOne = random.nextInt(25) == 0;
    int target = longOne ? maxLength - random.nextInt(Math.max(maxLength / 5, 1))
        : 1 + random.nextInt(8);
    int parts = 0;
    while (longOne ? text.length() < target : parts < target) {
      String part = part();
      if (text.length() + part.length() > maxLength) {
        break;
      }
      text.append(part);
      parts++;
    }
    return text.toString();
  }

  private String part() {
    int kind = random.nextInt(10);
    if (kind < 7) {
      return FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
    }
    if (kind < 9) {
      return Character.toString(bmpCodePoint());
    }
    return Character.toString(0x10000 + random.nextInt(Character.MAX_CODE_POINT - 0xFFFF));
  }

  /** Any code point of the Basic Multilingual Plane but NUL and the surrogates. */
  private int bmpCodePoint() {
    int codePoint;
    do {
      codePoint = random.nextInt(0x10000);
    } while (codePoint == 0 || Character.isSurrogate((char) codePoint));
    return codePoint;
  }
}
