package dev.precast;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of comparing the entities with a database schema: {@link
 * Database#validateSchema(Schema)}.
 *
 * <pre>{@code
 * db.validateSchema(PrecastSchema.INSTANCE).orThrow();
 * }</pre>
 *
 * @param problems every difference found, errors first, then notes; empty when the schema
 *     matches the entities
 */
public record SchemaReport(List<SchemaProblem> problems) {

  /** Orders the problems: errors first, each group in the order found. */
  public SchemaReport {
    problems = problems.stream()
        .sorted(Comparator.comparing(SchemaProblem::severity))
        .toList();
  }

  /** The errors, without the notes. */
  public List<SchemaProblem> errors() {
    return problems.stream().filter(SchemaProblem::isError).toList();
  }

  /** Whether no problem is an error; notes are allowed. */
  public boolean isConsistent() {
    return problems.stream().noneMatch(SchemaProblem::isError);
  }

  /**
   * Returns this report when it is consistent.
   *
   * @throws SchemaMismatchException listing every error, when there is one
   */
  public SchemaReport orThrow() {
    if (!isConsistent()) {
      throw new SchemaMismatchException(this);
    }
    return this;
  }

  /**
   * Every fix, as one script: the statements of every error, then of every note that has
   * one, each ending with {@code ;}.
   */
  public String fixScript() {
    return problems.stream()
        .map(SchemaProblem::fixSql)
        .filter(sql -> !sql.isEmpty())
        .map(sql -> sql + ";\n")
        .collect(Collectors.joining());
  }

  /** The report as a user reads it: one line per problem with its fix, or "consistent". */
  @Override
  public String toString() {
    if (problems.isEmpty()) {
      return "schema is consistent with the entities";
    }
    int errors = errors().size();
    return count(errors, "error") + ", " + count(problems.size() - errors, "note") + "\n"
        + problems.stream().map(SchemaProblem::toString).collect(Collectors.joining("\n"));
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
