package dev.precast.processor.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts SQL text into tokens the way PostgreSQL's lexer tells code from text, so that a
 * {@code ;}, a {@code ?} or a {@code :name} inside a string, a quoted name or a comment is
 * never taken for code. It knows:
 *
 * <ul>
 *   <li>{@code 'strings'} with {@code ''} for a quote, and {@code E'...'} strings, where a
 *       backslash also escapes ({@code E'it\'s'}); in a plain string a backslash is text;
 *   <li>{@code "quoted names"} with {@code ""} for a quote;
 *   <li>dollar-quoted strings, {@code $$ ... $$} and {@code $tag$ ... $tag$}; a {@code $} that
 *       opens no tag ({@code $1}, {@code a$b}) is no quote;
 *   <li>{@code -- line comments} and {@code /* block comments *}{@code /}, which nest;
 *   <li>{@code ::} casts, and Precast's {@code :name} parameters: a colon followed by a Java
 *       identifier.
 * </ul>
 *
 * <p>It never fails: an unterminated string, name or comment runs to the end of the text, for
 * the database to report. It does not parse: keywords, names and numbers are all {@link
 * Kind#WORD}s, and every other character is a {@link Kind#SYMBOL} of its own.
 *
 * <pre>{@code
 * for (SqlLexer.Token token : SqlLexer.tokens("SELECT 'a;b' FROM t WHERE id = :id")) { ... }
 * }</pre>
 */
public final class SqlLexer {
  /** What a token is. */
  public enum Kind {
    /** Blanks and line breaks. */
    SPACE,
    /** A {@code --} comment, without its line break, or a {@code /* *}{@code /} comment. */
    COMMENT,
    /** A {@code '...'} string, with its prefix when it is an {@code E'...'} string. */
    STRING,
    /** A {@code "..."} name. */
    QUOTED_NAME,
    /** A {@code $tag$ ... $tag$} string. */
    DOLLAR_STRING,
    /** A keyword, an unquoted name or a number: letters, digits, {@code _} and {@code $}. */
    WORD,
    /** {@code :name}, from the colon to the end of the name. */
    PARAMETER,
    /** {@code ::}. */
    CAST,
    /** Any other character: punctuation, an operator's character, {@code ;}, {@code ?}. */
    SYMBOL
  }

  /**
   * One token.
   *
   * @param kind what it is
   * @param start the offset of its first character in the text
   * @param end the offset after its last character
   */
  public record Token(Kind kind, int start, int end) {
    /** Its text in {@code sql}, the text it was read from. */
    public String text(String sql) {
      return sql.substring(start, end);
    }

    /** Whether it is the symbol {@code c}. */
    public boolean isSymbol(String sql, char c) {
      return kind == Kind.SYMBOL && end == start + 1 && sql.charAt(start) == c;
    }

    /** Whether it is a blank or a comment, which mean nothing to the statement. */
    public boolean isBlank() {
      return kind == Kind.SPACE || kind == Kind.COMMENT;
    }
  }

  private final String sql;
  private int position;

  private SqlLexer(String sql) {
    this.sql = sql;
  }

  /** The tokens of {@code sql}, in order, covering every character of it. */
  public static List<Token> tokens(String sql) {
    return new SqlLexer(sql).tokens();
  }

  private List<Token> tokens() {
    List<Token> tokens = new ArrayList<>();
    while (position < sql.length()) {
      int start = position;
      Kind kind = next();
      tokens.add(new Token(kind, start, position));
    }
    return List.copyOf(tokens);
  }

  /** Reads the token at {@link #position} and moves past it. */
  private Kind next() {
    int c = sql.codePointAt(position);
    if (Character.isWhitespace(c)) {
      while (position < sql.length() && Character.isWhitespace(sql.codePointAt(position))) {
        position += Character.charCount(sql.codePointAt(position));
      }
      return Kind.SPACE;
    }
    if (sql.startsWith("--", position)) {
      while (position < sql.length() && sql.charAt(position) != '\n'
          && sql.charAt(position) != '\r') {
        position++;
      }
      return Kind.COMMENT;
    }
    if (sql.startsWith("/*", position)) {
      skipBlockComment();
      return Kind.COMMENT;
    }
    if (c == '\'') {
      skipString(false);
      return Kind.STRING;
    }
    if (c == '"') {
      skipQuotedName();
      return Kind.QUOTED_NAME;
    }
    if (c == '$' && skipDollarQuoted()) {
      return Kind.DOLLAR_STRING;
    }
    if (c == ':') {
      return colon();
    }
    if (isWordStart(c)) {
      int start = position;
      while (position < sql.length() && isWordPart(sql.codePointAt(position))) {
        position += Character.charCount(sql.codePointAt(position));
      }
      if (position == start + 1 && (c == 'E' || c == 'e') && position < sql.length()
          && sql.charAt(position) == '\'') {
        skipString(true);
        return Kind.STRING;
      }
      return Kind.WORD;
    }
    position += Character.charCount(c);
    return Kind.SYMBOL;
  }

  private Kind colon() {
    position++;
    if (position < sql.length() && sql.charAt(position) == ':') {
      position++;
      return Kind.CAST;
    }
    if (position < sql.length() && isNameStart(sql.codePointAt(position))) {
      position += Character.charCount(sql.codePointAt(position));
      while (position < sql.length() && isNamePart(sql.codePointAt(position))) {
        position += Character.charCount(sql.codePointAt(position));
      }
      return Kind.PARAMETER;
    }
    return Kind.SYMBOL;
  }

  /** PostgreSQL nests block comments: {@code /* a /* b *}{@code / c *}{@code /} is one. */
  private void skipBlockComment() {
    int depth = 0;
    while (position < sql.length()) {
      if (sql.startsWith("/*", position)) {
        depth++;
        position += 2;
      } else if (sql.startsWith("*/", position)) {
        depth--;
        position += 2;
        if (depth == 0) {
          return;
        }
      } else {
        position++;
      }
    }
  }

  /** A string from its opening quote; {@code ''} is a quote, and with escapes so is {@code \'}. */
  private void skipString(boolean backslashEscapes) {
    position++;
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (backslashEscapes && c == '\\') {
        position = Math.min(position + 2, sql.length());
      } else if (c == '\'') {
        position++;
        if (position < sql.length() && sql.charAt(position) == '\'') {
          position++;
        } else {
          return;
        }
      } else {
        position++;
      }
    }
  }

  /** A quoted name from its opening quote; {@code ""} is a quote inside it. */
  private void skipQuotedName() {
    position++;
    while (position < sql.length()) {
      if (sql.charAt(position) == '"') {
        position++;
        if (position < sql.length() && sql.charAt(position) == '"') {
          position++;
        } else {
          return;
        }
      } else {
        position++;
      }
    }
  }

  /**
   * {@code $tag$ ... $tag$} from its first {@code $}, the tag empty or an identifier without
   * {@code $}; false, having moved nowhere, when the {@code $} opens no tag.
   */
  private boolean skipDollarQuoted() {
    int end = position + 1;
    while (end < sql.length() && isTagPart(sql.codePointAt(end), end == position + 1)) {
      end += Character.charCount(sql.codePointAt(end));
    }
    if (end >= sql.length() || sql.charAt(end) != '$') {
      return false;
    }
    String tag = sql.substring(position, end + 1);
    int close = sql.indexOf(tag, end + 1);
    position = close < 0 ? sql.length() : close + tag.length();
    return true;
  }

  private static boolean isWordStart(int c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isWordPart(int c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static boolean isTagPart(int c, boolean first) {
    return Character.isLetter(c) || c == '_' || (!first && Character.isDigit(c));
  }

  /** The first character of a parameter's name: what may start a Java identifier. */
  private static boolean isNameStart(int c) {
    return Character.isJavaIdentifierStart(c) && !Character.isIdentifierIgnorable(c);
  }

  private static boolean isNamePart(int c) {
    return Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
  }
}
