package dev.precast.processor.schemacheck;

import dev.precast.Dialect;
import dev.precast.PrecastException;
import dev.precast.SchemaProblem;
import dev.precast.SchemaReport;
import dev.precast.internal.ConnectionUrls;
import dev.precast.internal.SchemaComparison;
import dev.precast.internal.TableDefinition;
import dev.precast.processor.diag.Diagnostic;
import dev.precast.processor.jdbc.Drivers;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.tools.Diagnostic.Kind;

/**
 * Compares the entities with the current schema of a live database ({@code
 * -Aprecast.schemaCheck.url}), in that database's own dialect. A database that cannot be
 * reached is a warning, or an error under {@code -Aprecast.schemaCheck.required=true}; the URL
 * is always shown without its password.
 */
final class DatabaseCheck {
  /** Seconds pgjdbc waits for a server that does not answer, unless the URL says otherwise. */
  private static final String POSTGRES_TIMEOUT_SECONDS = "5";

  private final Reporter reporter;
  private final String url;
  private final String shown;
  private final boolean required;

  private DatabaseCheck(Reporter reporter, String url, boolean required) {
    this.reporter = reporter;
    this.url = url;
    this.shown = ConnectionUrls.redact(url);
    this.required = required;
  }

  /** Checks {@code tables} against the database at {@code url}. */
  static void run(String url, boolean required, List<TableDefinition> tables, Reporter reporter) {
    new DatabaseCheck(reporter, url, required).run(tables);
  }

  private void run(List<TableDefinition> tables) {
    Optional<Driver> driver = Drivers.forUrl(url);
    if (driver.isEmpty()) {
      reporter.report(unreachableKind(), Diagnostic.NO_JDBC_DRIVER.format(shown, consequence()));
      return;
    }
    Connection connection;
    try {
      connection = driver.get().connect(url, properties());
    } catch (SQLException | RuntimeException e) {
      reporter.report(unreachableKind(),
          Diagnostic.DATABASE_UNREACHABLE.format(shown, message(e), consequence()));
      return;
    }
    if (connection == null) {
      reporter.report(unreachableKind(), Diagnostic.NO_JDBC_DRIVER.format(shown, consequence()));
      return;
    }
    try (connection) {
      Dialect dialect = Dialect.of(connection.getMetaData());
      SchemaReport report = SchemaComparison.compare(connection, dialect, tables);
      for (SchemaProblem problem : report.problems()) {
        report(problem);
      }
    } catch (PrecastException e) {
      reporter.report(unreachableKind(),
          Diagnostic.DATABASE_CHECK_FAILED.format(shown, message(e)));
    } catch (SQLException | RuntimeException e) {
      reporter.report(Kind.ERROR, Diagnostic.DATABASE_CHECK_FAILED.format(shown, message(e)));
    }
  }

  /**
   * pgjdbc waits ten seconds by default for a server that does not answer; a build should not.
   * Parameters in the URL override these defaults; other drivers get no property they might
   * reject.
   */
  private Properties properties() {
    Properties properties = new Properties();
    if (url.startsWith("jdbc:postgresql:")) {
      properties.setProperty("connectTimeout", POSTGRES_TIMEOUT_SECONDS);
      properties.setProperty("loginTimeout", POSTGRES_TIMEOUT_SECONDS);
    }
    return properties;
  }

  private void report(SchemaProblem problem) {
    String entity = reporter.simpleName(problem.entity());
    if (problem.isError()) {
      reporter.report(Kind.ERROR, Diagnostic.DATABASE_DRIFT.format(
          shown, entity, problem.description(), problem.fixSql()),
          problem.entity(), problem.field());
    } else {
      reporter.report(Kind.NOTE, Diagnostic.DATABASE_NOTE.format(shown,
          entity == null ? "the entities" : entity, problem.description(),
          problem.fixSql().isEmpty() ? "" : "; fix: " + problem.fixSql()),
          problem.entity(), problem.field());
    }
  }

  private Kind unreachableKind() {
    return required ? Kind.ERROR : Kind.WARNING;
  }

  private String consequence() {
    return required
        ? "-Aprecast.schemaCheck.required=true makes this an error"
        : "the entities were not checked against it;"
            + " -Aprecast.schemaCheck.required=true makes this an error";
  }

  /** The exception's message, with any password in a URL it repeats hidden. */
  private static String message(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    return ConnectionUrls.redact(message.replaceAll("\\s+", " ").strip());
  }
}
