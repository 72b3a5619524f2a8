package dev.precast.internal;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads H2's integrity messages, which carry the constraint as the first quoted name, e.g.
 * {@code Unique index or primary key violation: "PUBLIC.UQ_USERS_EMAIL_INDEX_2 ON
 * PUBLIC.USERS(EMAIL ...)"} or {@code NULL not allowed for column "NAME"}. H2 reports the
 * unique <em>index</em>: the {@code _INDEX_<n>} suffix is dropped to get the constraint.
 */
final class H2ErrorDetails {
  private static final Pattern QUOTED_NAME = Pattern.compile("\"([^\"\\s:]+)");
  private static final Pattern INDEX_SUFFIX = Pattern.compile("_INDEX_[0-9A-F]+$");
  private static final Pattern TABLE = Pattern.compile(" ON ([^\\s(]+)\\(");
  private static final Pattern FOREIGN_KEY_TABLE = Pattern.compile(": ([^\\s(]+) FOREIGN KEY");

  private H2ErrorDetails() {}

  static ErrorDetails of(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher quoted = QUOTED_NAME.matcher(message);
    String first = quoted.find() ? unqualified(quoted.group(1)) : null;
    if ("23502".equals(e.getSQLState())) {
      return new ErrorDetails(null, false, null, first);
    }
    String table = find(TABLE, message);
    if (table == null) {
      table = find(FOREIGN_KEY_TABLE, message);
    }
    if (first == null) {
      return new ErrorDetails(null, false, table, null);
    }
    String constraint = INDEX_SUFFIX.matcher(first).replaceFirst("");
    // H2 2.3 names a primary-key violation "PRIMARY KEY ON ..." or "PRIMARY_KEY_<n>", without
    // the constraint; H2 2.5 names the constraint, as for unique ones.
    boolean primaryKey = constraint.equals("PRIMARY") || constraint.startsWith("PRIMARY_KEY_");
    return new ErrorDetails(constraint, primaryKey, table, null);
  }

  private static String find(Pattern pattern, String message) {
    Matcher matcher = pattern.matcher(message);
    return matcher.find() ? unqualified(matcher.group(1)) : null;
  }

  private static String unqualified(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
