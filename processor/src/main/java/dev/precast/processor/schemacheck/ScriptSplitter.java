package dev.precast.processor.schemacheck;

import dev.precast.processor.parse.SqlLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PostgreSQL migration script into its statements, as Flyway's PostgreSQL parser
 * does for the cases migrations use: a {@code ;} ends a statement except inside
 * {@code 'strings'} (with {@code ''} and, in {@code E'...'}, backslash escapes), {@code
 * "identifiers"}, {@code -- line} and nested {@code /* block *}{@code /} comments, and
 * dollar-quoted bodies ({@code $$ ... $$}, {@code $body$ ... $body$}), so a function or
 * {@code DO} block stays one statement. {@link SqlLexer} tells code from text.
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
  private ScriptSplitter() {}

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
    String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
    List<Statement> statements = new ArrayList<>();
    int start = -1;
    int startLine = 0;
    int line = 1;
    int counted = 0;
    for (SqlLexer.Token token : SqlLexer.tokens(text)) {
      if (token.isSymbol(text, ';')) {
        if (start >= 0) {
          statements.add(new Statement(text.substring(start, token.start()).strip(), startLine));
          start = -1;
        }
      } else if (start < 0 && !token.isBlank()) {
        for (; counted < token.start(); counted++) {
          if (text.charAt(counted) == '\n') {
            line++;
          }
        }
        start = token.start();
        startLine = line;
      }
    }
    if (start >= 0) {
      statements.add(new Statement(text.substring(start).strip(), startLine));
    }
    return List.copyOf(statements);
  }
}
