package dev.precast.processor.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The quoting rule: a name is written unquoted when it is a lower-case SQL identifier that no
 * supported dialect reserves; otherwise it is quoted. Unquoted names then mean the same on H2
 * (which folds them to upper case) and PostgreSQL (lower case), so hand-written SQL may use
 * them unquoted; quoted names keep their exact spelling everywhere.
 */
public final class Identifiers {
  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

  /** Reserved words of H2 2.x and PostgreSQL (and SQL:2016 words both treat as keywords). */
  private static final Set<String> RESERVED = Set.of(
      "_rowid_", "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
      "authorization", "between", "binary", "both", "case", "cast", "check", "collate",
      "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog",
      "current_date", "current_path", "current_role", "current_schema", "current_time",
      "current_timestamp", "current_user", "day", "default", "deferrable", "desc", "distinct",
      "do", "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "freeze",
      "from", "full", "grant", "group", "groups", "having", "hour", "if", "ilike", "in",
      "initially", "inner", "intersect", "interval", "into", "is", "isnull", "join", "key",
      "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "minus",
      "minute", "month", "natural", "not", "notnull", "null", "offset", "on", "only", "or",
      "order", "outer", "over", "overlaps", "partition", "placing", "primary", "qualify",
      "range", "references", "regexp", "returning", "right", "row", "rownum", "rows", "second",
      "select", "session_user", "set", "similar", "some", "symmetric", "system_user", "table",
      "tablesample", "then", "to", "top", "trailing", "true", "uescape", "union", "unique",
      "unknown", "user", "using", "value", "values", "variadic", "verbose", "when", "where",
      "window", "with", "year");

  private Identifiers() {}

  /** Whether {@code name} can be written without quotes on every supported dialect. */
  public static boolean isPlain(String name) {
    return PLAIN.matcher(name).matches() && !RESERVED.contains(name);
  }

  /** {@code name} as written in SQL: as is when plain, else in double quotes. */
  public static String sql(String name) {
    return isPlain(name) ? name : '"' + name.replace("\"", "\"\"") + '"';
  }

  /** Whether {@code name} is reserved by a supported dialect, whatever its case. */
  public static boolean isReserved(String name) {
    return RESERVED.contains(name.toLowerCase(Locale.ROOT));
  }
}
