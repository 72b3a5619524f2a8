package dev.precast.internal;

import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * Reads H2's integrity and data-error messages, which quote the object at fault, e.g. {@code
 * Unique index or primary key violation: "PUBLIC.UQ_USERS_EMAIL INDEX PUBLIC.UQ_USERS_EMAIL_INDEX_2
 * ON PUBLIC.USERS(EMAIL ...)"}, {@code NULL not allowed for column "NAME"} or {@code Value too
 * long for column "NAME CHARACTER VARYING(5)": "'...' (7)"}. Inside those quotes
 * H2 doubles every double quote, so a quoted SQL name appears as {@code PUBLIC.""Line
 * Item""}. The constraint is the first name; where H2 reports the unique <em>index</em>
 * instead, the {@code _INDEX_<n>} suffix is dropped to get the constraint.
 */
final class H2ErrorDetails {
  private static final Pattern INDEX_SUFFIX = Pattern.compile("_INDEX_[0-9A-F]+$");

  private H2ErrorDetails() {}

  static ErrorDetails of(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int quote = message.indexOf('"');
    String object = quote < 0 ? null : quoted(message, quote);
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.equals("23502") || state.equals("22001")) {
      // The column's own name, not an SQL name: "NAME", or "Unit Price" for "Unit Price";
      // for a value too long, followed by the column's type: "NAME CHARACTER VARYING(5)".
      return new ErrorDetails(null, false, null, object);
    }
    if (state.startsWith("22")) {
      // Numeric value out of range: "<the value>" in column "<column>" (22004); 22003 names
      // only the value. The first quoted string is the value: never report it.
      int second = quote < 0 ? -1 : message.indexOf('"', endOfQuoted(message, quote));
      String column = state.equals("22004") && second >= 0 ? quoted(message, second) : null;
      return new ErrorDetails(null, false, null, column);
    }
    if (object == null) {
      return new ErrorDetails(null, false, null, null);
    }
    int on = object.indexOf(" ON ");
    int foreignKey = object.indexOf(" FOREIGN KEY");
    int colon = object.indexOf(": ");
    String table = foreignKey >= 0 && colon >= 0 && colon < foreignKey
        ? lastPartOfName(object, colon + ": ".length())
        : on >= 0 ? lastPartOfName(object, on + " ON ".length()) : null;
    String first = lastPartOfName(object, 0);
    if (first == null) {
      return new ErrorDetails(null, false, table, null);
    }
    String constraint = INDEX_SUFFIX.matcher(first).replaceFirst("");
    // H2 2.3 names a primary-key violation "PRIMARY KEY ON ..." or "PRIMARY_KEY_<n>", without
    // the constraint; H2 2.5 names the constraint, as for unique ones.
    boolean primaryKey = constraint.equals("PRIMARY") || constraint.startsWith("PRIMARY_KEY_");
    return new ErrorDetails(constraint, primaryKey, table, null);
  }

  /** The text of the double-quoted string opening at {@code start}, with {@code ""} as {@code "}. */
  private static String quoted(String text, int start) {
    StringBuilder content = new StringBuilder();
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i++;
        } else {
          break;
        }
      }
      content.append(c);
    }
    return content.toString();
  }

  /**
   * The last part of the qualified SQL name at {@code start}: {@code PUBLIC.USERS} gives
   * {@code USERS}, {@code PUBLIC."Line Item"} gives {@code Line Item}; null when no name
   * starts there.
   */
  private static String lastPartOfName(String text, int start) {
    String last = null;
    int i = start;
    while (i < text.length()) {
      StringBuilder part = new StringBuilder();
      if (text.charAt(i) == '"') {
        part.append(quoted(text, i));
        i = endOfQuoted(text, i);
      } else {
        while (i < text.length() && isUnquotedNameChar(text.charAt(i))) {
          part.append(text.charAt(i++));
        }
      }
      if (part.length() == 0) {
        break;
      }
      last = part.toString();
      if (i >= text.length() || text.charAt(i) != '.') {
        break;
      }
      i++;
    }
    return last;
  }

  /** The index just after the closing quote of the quoted name opening at {@code start}. */
  private static int endOfQuoted(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      if (text.charAt(i) == '"') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return i;
  }

  private static boolean isUnquotedNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
