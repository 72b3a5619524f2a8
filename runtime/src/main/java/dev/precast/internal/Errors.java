package dev.precast.internal;

import dev.precast.CheckViolationException;
import dev.precast.Dialect;
import dev.precast.EntityColumn;
import dev.precast.EntityTable;
import dev.precast.ForeignKeyViolationException;
import dev.precast.IntegrityViolationException;
import dev.precast.NotNullViolationException;
import dev.precast.PrecastException;
import dev.precast.TableConstraint;
import dev.precast.UniqueViolationException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns an {@link SQLException} into a typed {@link PrecastException}: the SQLState says which
 * kind of integrity error it is, the dialect's error details say which constraint, and the
 * table's generated constraints map that back to the name and column Precast generated.
 */
public final class Errors {
  private Errors() {}

  /**
   * The exception to throw for {@code failure}.
   *
   * @param table the table the statement worked on, or null when unknown
   * @param sql the statement, or null when unknown
   */
  public static PrecastException translate(
      Dialect dialect, EntityTable<?> table, String sql, SQLException failure) {
    SQLException integrity = integrityError(failure);
    if (integrity == null) {
      String statement = sql == null ? "" : " [" + sql + "]";
      return new PrecastException("SQL failed" + statement + ": " + failure.getMessage(), failure);
    }
    ErrorDetails reported = details(dialect, integrity);
    String tableName = table != null ? table.name() : lowerIfUpper(reported.table());
    TableConstraint constraint = table == null || reported.constraint() == null
        ? null
        : table.constraint(reported.constraint())
            .or(() -> reported.primaryKey() ? primaryKey(table) : java.util.Optional.empty())
            .orElse(null);
    String constraintName = constraint != null ? constraint.name()
        : reported.primaryKey() ? null : lowerIfUpper(reported.constraint());
    if (constraint != null) {
      tableName = constraint.table();
    }
    String column = column(table, constraint, reported.column());
    String property = property(table, constraint, column);
    String state = integrity.getSQLState();
    String where = tableName == null ? (column == null ? "a table" : "column " + column)
        : tableName + (column == null ? "" : "." + column);
    String named = constraintName == null ? "" : " " + constraintName;
    switch (state) {
      case "23505":
        return new UniqueViolationException("duplicate value for " + where
            + " violates unique constraint" + named, failure, constraintName, tableName, column, property);
      case "23502":
        return new NotNullViolationException(
            where + " is NOT NULL but was given no value", failure, constraintName, tableName,
            column, property);
      case "23503":
      case "23506":
        return new ForeignKeyViolationException("statement on " + where
            + " violates foreign key" + named + ": " + integrity.getMessage(), failure,
            constraintName, tableName, column, property);
      case "23513":
      case "23514":
        return new CheckViolationException("value for " + where + " violates check constraint"
            + named, failure, constraintName, tableName, column, property);
      default:
        return new IntegrityViolationException("statement on " + where
            + " violates an integrity constraint" + named + ": " + integrity.getMessage(),
            failure, constraintName, tableName, column, property);
    }
  }

  /** The message of the innermost cause, which says what really went wrong. */
  public static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /**
   * The first exception of the chain whose SQLState is of class 23 (integrity). A failed batch
   * reports a {@link BatchUpdateException} that may carry the SQLState but not the details
   * (PostgreSQL's constraint name); the failing statement's own exception, next in the chain,
   * is preferred.
   */
  private static SQLException integrityError(SQLException failure) {
    SQLException batch = null;
    for (SQLException e = failure; e != null; e = next(e)) {
      String state = e.getSQLState();
      if (state != null && state.startsWith("23")) {
        if (!(e instanceof BatchUpdateException)) {
          return e;
        }
        if (batch == null) {
          batch = e;
        }
      }
    }
    return batch;
  }

  private static SQLException next(SQLException e) {
    if (e.getNextException() != null && e.getNextException() != e) {
      return e.getNextException();
    }
    return e.getCause() instanceof SQLException cause && cause != e ? cause : null;
  }

  private static ErrorDetails details(Dialect dialect, SQLException integrity) {
    return switch (dialect) {
      case H2 -> H2ErrorDetails.of(integrity);
      case POSTGRESQL -> PostgresErrorDetails.of(integrity);
    };
  }

  private static java.util.Optional<TableConstraint> primaryKey(EntityTable<?> table) {
    return table.constraints().stream()
        .filter(c -> c.kind() == TableConstraint.Kind.PRIMARY_KEY)
        .findFirst();
  }

  private static String column(
      EntityTable<?> table, TableConstraint constraint, String reportedColumn) {
    if (constraint != null) {
      return constraint.columns().size() == 1 ? constraint.columns().get(0) : null;
    }
    if (reportedColumn == null) {
      return null;
    }
    return table == null ? lowerIfUpper(reportedColumn)
        : table.column(reportedColumn).map(EntityColumn::name)
            .orElse(lowerIfUpper(reportedColumn));
  }

  /** The Java field of the column at fault, when the table knows it. */
  private static String property(EntityTable<?> table, TableConstraint constraint, String column) {
    if (constraint != null) {
      return constraint.properties().size() == 1 ? constraint.properties().get(0) : null;
    }
    return table == null || column == null ? null
        : table.column(column).map(EntityColumn::property).orElse(null);
  }

  /** H2 reports unquoted names folded to upper case; Precast names them in lower case. */
  private static String lowerIfUpper(String name) {
    if (name == null) {
      return null;
    }
    return name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
  }
}
