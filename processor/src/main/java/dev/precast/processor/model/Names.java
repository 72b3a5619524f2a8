package dev.precast.processor.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Every name Precast derives: SQL names from Java names, constraint names, generated classes. */
public final class Names {
  /** PostgreSQL's limit on identifiers, in bytes; generated names are shortened to fit. */
  public static final int MAX_IDENTIFIER_BYTES = 63;
  /** The metamodel's constant for the table itself, {@code User_.TABLE}; no column may take it. */
  public static final String TABLE_CONSTANT = "TABLE";
  private static final int HASH_CHARS = 8;
  private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^\\p{L}\\p{N}_]");

  private Names() {}

  /** {@code displayName} → {@code display_name}, {@code URLPath} → {@code url_path}. */
  public static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLower = i > 0 && !Character.isUpperCase(javaName.charAt(i - 1))
            && javaName.charAt(i - 1) != '_';
        boolean endsAcronym = i > 0 && Character.isUpperCase(javaName.charAt(i - 1))
            && i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        if (afterLower || endsAcronym) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code displayName} → {@code DISPLAY_NAME}, the metamodel constant of a field. */
  public static String constantName(String javaName) {
    return snakeCase(javaName).toUpperCase(Locale.ROOT);
  }

  /** {@code email} → {@code Email}, for method names such as {@code findByEmail}. */
  public static String capitalize(String javaName) {
    return Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
  }

  /** {@code Email} → {@code email}: the Java name a word of a method name stands for. */
  public static String decapitalize(String word) {
    return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
  }

  /** The primary key's name, {@code pk_<table>}. */
  public static String primaryKey(String table) {
    return constraint("pk", table, List.of());
  }

  /** A unique constraint's name, {@code uq_<table>_<col>[_<col>...]}. */
  public static String unique(String table, List<String> columns) {
    return constraint("uq", table, columns);
  }

  /** A foreign key's name, {@code fk_<table>_<column>}. */
  public static String foreignKey(String table, String column) {
    return constraint("fk", table, List.of(column));
  }

  /** An index's generated name, {@code ix_<table>_<col>[_<col>...]}. */
  public static String index(String table, List<String> columns) {
    return constraint("ix", table, columns);
  }

  /** The name of a column's CHECK, {@code ck_<table>_<column>}. */
  public static String check(String table, String column) {
    return constraint("ck", table, List.of(column));
  }

  /** The name of the {@code n}th (from 1) CHECK declared on a type, {@code ck_<table>_<n>}. */
  public static String tableCheck(String table, int n) {
    return constraint("ck", table, List.of(Integer.toString(n)));
  }

  /**
   * {@code <prefix>_<table>_<col>...} in lower case, shortened to {@value #MAX_IDENTIFIER_BYTES}
   * bytes with a stable hash of the full name when longer.
   */
  static String constraint(String prefix, String table, List<String> columns) {
    StringBuilder name = new StringBuilder(prefix).append('_').append(table);
    for (String column : columns) {
      name.append('_').append(column);
    }
    // A space or quote of a quoted table or column name would make the constraint's name one
    // that needs quotes, and that databases spell differently in their errors.
    String plain = NOT_IDENTIFIER.matcher(name.toString().toLowerCase(Locale.ROOT))
        .replaceAll("_");
    return shorten(plain);
  }

  /** {@code name} if it fits PostgreSQL's limit, else a prefix of it and a hash of the whole. */
  public static String shorten(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_IDENTIFIER_BYTES) {
      return name;
    }
    String hash = HexFormat.of().formatHex(sha256(bytes)).substring(0, HASH_CHARS);
    int keep = MAX_IDENTIFIER_BYTES - HASH_CHARS - 1;
    StringBuilder prefix = new StringBuilder();
    int used = 0;
    for (int i = 0; i < name.length(); ) {
      int codePoint = name.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > keep) {
        break;
      }
      prefix.appendCodePoint(codePoint);
      used += size;
      i += Character.charCount(codePoint);
    }
    return prefix + "_" + hash;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
