package dev.precast.processor.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;

/**
 * The in-memory H2 database the processor builds a schema in at compile time, to run migrations
 * or to prepare {@code @Query} SQL against: in PostgreSQL mode, so that it reads PostgreSQL's
 * syntax and folds unquoted names to lower case as PostgreSQL does, with PostgreSQL's order of
 * nulls. It is gone when its one connection closes. H2 comes from the processor path, like the
 * processor; open it inside {@link Drivers#run} or {@link Drivers#track}.
 *
 * <pre>{@code
 * try (Connection h2 = ScratchH2.open("migrations")) { ... }
 * }</pre>
 */
public final class ScratchH2 {
  private static final String MODE =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  private static final int SHOWN_MESSAGE = 300;

  private ScratchH2() {}

  /** A new, empty database of its own, in auto-commit; {@code purpose} goes in its name. */
  public static Connection open(String purpose) throws SQLException {
    // The driver class directly: DriverManager cannot see drivers of the processor path.
    Connection connection = new org.h2.Driver().connect(
        "jdbc:h2:mem:precast-" + purpose + "-" + UUID.randomUUID() + MODE, new Properties());
    connection.setAutoCommit(true);
    return connection;
  }

  /**
   * H2's message in H2's words, for a compiler message: without the statement it repeats after
   * {@code "; SQL statement:"} and its error code suffix ({@code [42102-252]}), on one line, and
   * cut around H2's {@code [*]} marker when a syntax error quotes a long statement.
   */
  public static String message(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int statement = message.indexOf("; SQL statement:");
    if (statement >= 0) {
      message = message.substring(0, statement);
    }
    // H2 writes the line breaks of the statement it quotes as \000a.
    message = message.replace("\\000a", " ").replace("\\000d", " ")
        .replaceAll("\\s+", " ").strip()
        .replaceFirst(" ?\\[-?\\d+-\\d+]$", "");
    if (message.length() > SHOWN_MESSAGE) {
      // A syntax error repeats the whole statement; keep what surrounds H2's [*] marker.
      int marker = message.indexOf("[*]");
      if (marker > 0) {
        int from = Math.max(0, marker - SHOWN_MESSAGE / 2);
        int to = Math.min(message.length(), marker + SHOWN_MESSAGE / 2);
        message = (from > 0 ? "..." : "") + message.substring(from, to)
            + (to < message.length() ? "..." : "");
      } else {
        message = message.substring(0, SHOWN_MESSAGE) + "...";
      }
    }
    return message;
  }

  /** A statement on one line, cut to {@code max} characters, for a message that quotes it. */
  public static String shorten(String sql, int max) {
    String line = sql.replaceAll("\\s+", " ").strip();
    return line.length() <= max ? line : line.substring(0, max - 3) + "...";
  }
}
