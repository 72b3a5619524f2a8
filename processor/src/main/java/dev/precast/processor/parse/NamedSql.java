package dev.precast.processor.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The SQL of a {@code @Query} with its {@code :name} parameters found: where each stands, and the
 * SQL JDBC runs, with a {@code ?} for each. A parameter is a colon followed by a Java identifier
 * ({@code :email}, {@code :ids}, {@code :p1}); a colon anywhere else is SQL's: {@code ::} casts,
 * and colons in strings, quoted names, dollar-quoted bodies and comments (see {@link SqlLexer}).
 *
 * <pre>{@code
 * NamedSql sql = NamedSql.parse("SELECT * FROM users WHERE email = :email");
 * sql.jdbcSql();   // SELECT * FROM users WHERE email = ?
 * sql.names();     // [email]
 * }</pre>
 *
 * <p>A colon between two names, as in a PostgreSQL array slice {@code a[lo:hi]}, is a parameter
 * here ({@code :hi}); write {@code a[lo : hi]} there.
 *
 * @param text the SQL as written
 * @param parameters each {@code :name} occurrence, in order of position
 */
public record NamedSql(String text, List<Parameter> parameters) {
  /**
   * One {@code :name} occurrence.
   *
   * @param name the name, without the colon
   * @param start the offset of the colon in the text
   * @param end the offset after the name
   */
  public record Parameter(String name, int start, int end) {}

  /** Checks that each parameter stands, in order, where the text has it. */
  public NamedSql {
    Objects.requireNonNull(text, "text");
    parameters = List.copyOf(parameters);
    int after = 0;
    for (Parameter parameter : parameters) {
      if (parameter.start() < after || parameter.end() > text.length()
          || !text.startsWith(":" + parameter.name(), parameter.start())
          || parameter.end() != parameter.start() + 1 + parameter.name().length()) {
        throw new IllegalArgumentException(
            parameter + " does not stand there in order in: " + text);
      }
      after = parameter.end();
    }
  }

  /** The parameters of {@code sql}. */
  public static NamedSql parse(String sql) {
    List<Parameter> parameters = new ArrayList<>();
    for (SqlLexer.Token token : SqlLexer.tokens(sql)) {
      if (token.kind() == SqlLexer.Kind.PARAMETER) {
        parameters.add(new Parameter(
            sql.substring(token.start() + 1, token.end()), token.start(), token.end()));
      }
    }
    return new NamedSql(sql, parameters);
  }

  /** The SQL with each occurrence replaced by {@code ?}, for JDBC. */
  public String jdbcSql() {
    return String.join("?", fragments());
  }

  /**
   * The text around the occurrences: {@code parameters().size() + 1} parts, the first before
   * the first occurrence, the last after the last one; joined with {@code "?"} they are {@link
   * #jdbcSql()}, and with {@code "?, ?, ?"} in place of one they expand a collection.
   */
  public List<String> fragments() {
    List<String> fragments = new ArrayList<>(parameters.size() + 1);
    int from = 0;
    for (Parameter parameter : parameters) {
      fragments.add(text.substring(from, parameter.start()));
      from = parameter.end();
    }
    fragments.add(text.substring(from));
    return List.copyOf(fragments);
  }

  /** The distinct names, in order of first use. */
  public List<String> names() {
    Set<String> names = new LinkedHashSet<>();
    parameters.forEach(parameter -> names.add(parameter.name()));
    return List.copyOf(names);
  }

  /**
   * The offset of each positional parameter marker already in the text, outside strings, names
   * and comments: every {@code ?} (JDBC's marker) and every {@code $} of a {@code $1}-style one
   * (PostgreSQL's). The caller decides what they mean: a {@code ?} may also be, or begin,
   * PostgreSQL's jsonb operators {@code ?}, {@code ?|} and {@code ?&}.
   */
  public List<Integer> positionalMarkers() {
    List<Integer> markers = new ArrayList<>();
    List<SqlLexer.Token> tokens = SqlLexer.tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      SqlLexer.Token token = tokens.get(i);
      if (token.isSymbol(text, '?')
          || (token.isSymbol(text, '$') && i + 1 < tokens.size() && isNumber(tokens.get(i + 1)))) {
        markers.add(token.start());
      }
    }
    return List.copyOf(markers);
  }

  private boolean isNumber(SqlLexer.Token token) {
    return token.kind() == SqlLexer.Kind.WORD
        && token.text(text).chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
