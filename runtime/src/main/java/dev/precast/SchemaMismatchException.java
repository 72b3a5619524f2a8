package dev.precast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The database schema does not match the entities: thrown by {@link SchemaReport#orThrow()},
 * its message lists every error with the SQL that fixes it.
 */
public class SchemaMismatchException extends PrecastException {
  private static final long serialVersionUID = 1L;

  private final transient SchemaReport report;

  /** An exception for a report with at least one error. */
  public SchemaMismatchException(SchemaReport report) {
    super(message(report.errors()));
    this.report = report;
  }

  /** The whole report, notes included. */
  public SchemaReport report() {
    return report;
  }

  /** The errors. */
  public List<SchemaProblem> problems() {
    return report.errors();
  }

  private static String message(List<SchemaProblem> errors) {
    return "the database schema does not match the entities ("
        + SchemaReport.count(errors.size(), "error") + "):\n"
        + errors.stream().map(SchemaProblem::toString).collect(Collectors.joining("\n"));
  }
}
