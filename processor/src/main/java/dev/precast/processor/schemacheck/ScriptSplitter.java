package dev.precast.processor.schemacheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PostgreSQL migration script into its statements, as Flyway's PostgreSQL parser
 * does for the cases migrations use: a {@code ;} ends a statement except inside
 * {@code 'strings'} (with {@code ''} and, in {@code E'...'}, backslash escapes), {@code
 * "identifiers"}, {@code -- line} and nested {@code /* block *}{@code /} comments, and
 * dollar-quoted bodies ({@code $$ ... $$}, {@code $body$ ... $body$}), so a function or
 * {@code DO} block stays one statement.
 *
 * <p>H2's own {@code org.h2.util.ScriptReader} is not used: it knows only untagged {@code $$},
 * neither nested comments nor {@code E'\''}, and does not say on which line a statement starts,
 * which the warnings name.
 *
 * <pre>{@code
 * List<ScriptSplitter.Statement> statements = ScriptSplitter.split("CREATE TABLE a (id INT);");
 * }</pre>
 */
public final class ScriptSplitter {
  private final String script;
  private int position;
  private int line = 1;

  private ScriptSplitter(String script) {
    this.script = script;
  }

  /**
   * One statement of a script.
   *
   * @param sql the statement without its terminating {@code ;}, from its first character that is
   *     no comment or blank; comments inside it are kept
   * @param line the 1-based line it starts on
   */
  public record Statement(String sql, int line) {}

  /** The statements of {@code script}, in order; blank and comment-only parts are left out. */
  public static List<Statement> split(String script) {
    return new ScriptSplitter(script.startsWith("\uFEFF") ? script.substring(1) : script)
        .statements();
  }

  private List<Statement> statements() {
    List<Statement> statements = new ArrayList<>();
    int start = -1;
    int startLine = 0;
    while (position < script.length()) {
      char c = script.charAt(position);
      if (c == '-' && next(1) == '-') {
        skipLineComment();
        continue;
      }
      if (c == '/' && next(1) == '*') {
        skipBlockComment();
        continue;
      }
      if (c == ';') {
        if (start >= 0) {
          statements.add(new Statement(script.substring(start, position).strip(), startLine));
          start = -1;
        }
        position++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        advance();
        continue;
      }
      if (start < 0) {
        start = position;
        startLine = line;
      }
      if (c == '\'') {
        skipString(isEscapeStringPrefix());
      } else if (c == '"') {
        skipQuoted('"');
      } else if (c == '$' && !isIdentifierPart(previous())) {
        skipDollarQuoted();
      } else {
        position++;
      }
    }
    if (start >= 0) {
      String last = script.substring(start).strip();
      if (!last.isEmpty()) {
        statements.add(new Statement(last, startLine));
      }
    }
    return List.copyOf(statements);
  }

  private void skipLineComment() {
    while (position < script.length() && script.charAt(position) != '\n') {
      position++;
    }
  }

  /** PostgreSQL nests block comments: {@code /* a /* b *}{@code / c *}{@code /} is one. */
  private void skipBlockComment() {
    int depth = 0;
    while (position < script.length()) {
      if (script.startsWith("/*", position)) {
        depth++;
        position += 2;
      } else if (script.startsWith("*/", position)) {
        depth--;
        position += 2;
        if (depth == 0) {
          return;
        }
      } else {
        advance();
      }
    }
  }

  /** A string literal; {@code ''} is a quote, and in {@code E'...'} so is {@code \'}. */
  private void skipString(boolean backslashEscapes) {
    position++;
    while (position < script.length()) {
      char c = script.charAt(position);
      if (backslashEscapes && c == '\\') {
        advance();
        if (position < script.length()) {
          advance();
        }
      } else if (c == '\'') {
        position++;
        if (position < script.length() && script.charAt(position) == '\'') {
          position++;
        } else {
          return;
        }
      } else {
        advance();
      }
    }
  }

  /** A quoted identifier; {@code ""} is a quote inside it. */
  private void skipQuoted(char quote) {
    position++;
    while (position < script.length()) {
      char c = script.charAt(position);
      if (c == quote) {
        position++;
        if (position < script.length() && script.charAt(position) == quote) {
          position++;
        } else {
          return;
        }
      } else {
        advance();
      }
    }
  }

  /**
   * {@code $tag$ ... $tag$}, the tag empty or an identifier; a {@code $} that opens no tag
   * ({@code $1}, a lone {@code $}) is an ordinary character.
   */
  private void skipDollarQuoted() {
    int end = position + 1;
    while (end < script.length() && isTagPart(script.charAt(end), end == position + 1)) {
      end++;
    }
    if (end >= script.length() || script.charAt(end) != '$') {
      position++;
      return;
    }
    String tag = script.substring(position, end + 1);
    position = end + 1;
    int close = script.indexOf(tag, position);
    int stop = close < 0 ? script.length() : close + tag.length();
    while (position < stop) {
      advance();
    }
  }

  private boolean isEscapeStringPrefix() {
    char before = previous();
    return (before == 'E' || before == 'e')
        && !isIdentifierPart(position >= 2 ? script.charAt(position - 2) : ' ');
  }

  private static boolean isTagPart(char c, boolean first) {
    return Character.isLetter(c) || c == '_' || (!first && Character.isDigit(c));
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private char previous() {
    return position > 0 ? script.charAt(position - 1) : ' ';
  }

  private char next(int offset) {
    int at = position + offset;
    return at < script.length() ? script.charAt(at) : '\0';
  }

  /** Moves past one character, counting lines. */
  private void advance() {
    if (script.charAt(position) == '\n') {
      line++;
    }
    position++;
  }
}
