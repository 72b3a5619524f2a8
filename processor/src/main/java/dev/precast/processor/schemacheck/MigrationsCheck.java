package dev.precast.processor.schemacheck;

import dev.precast.Dialect;
import dev.precast.SchemaProblem;
import dev.precast.SchemaReport;
import dev.precast.internal.SchemaComparison;
import dev.precast.internal.TableDefinition;
import dev.precast.processor.diag.Diagnostic;
import dev.precast.processor.jdbc.ScratchH2;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic.Kind;

/**
 * Applies the Flyway migrations of a folder to a new in-memory H2 database in PostgreSQL mode,
 * statement by statement, and compares what they created with the entities.
 *
 * <ul>
 *   <li>Scripts run in Flyway's order on a fresh database: {@code V} scripts by version
 *       ({@code V2} before {@code V10}, {@code V1_1} and {@code V1.1} alike), then {@code R__}
 *       scripts by description, since Flyway applies those after the versioned ones and the
 *       build should see the schema production gets.
 *   <li>A statement H2 cannot run is a warning naming the file, line, statement and H2's
 *       message; the next statement runs anyway, so one PostgreSQL-only statement (a function,
 *       an extension) does not hide every other difference.
 *   <li>Each ERROR of the comparison is a compile error on the entity, or on the field it names,
 *       with the PostgreSQL fix; each NOTE a compile note, so {@code -Werror} builds pass.
 * </ul>
 */
final class MigrationsCheck {
  private static final int SHOWN_STATEMENT = 100;
  /** The name H2 gives a constraint declared without one, e.g. {@code CONSTRAINT_4A}. */
  private static final Pattern H2_CONSTRAINT_NAME =
      Pattern.compile("RENAME CONSTRAINT \"CONSTRAINT_[0-9A-F_]+\" TO (\\S+)$");

  private final Reporter reporter;
  private int failedStatements;

  private MigrationsCheck(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Checks {@code tables} against the migrations in {@code folder}, as the option gave it. */
  static void run(String option, List<TableDefinition> tables, Reporter reporter) {
    new MigrationsCheck(reporter).run(option, tables);
  }

  private void run(String option, List<TableDefinition> tables) {
    Path folder;
    try {
      folder = Path.of(option).toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      notAFolder(option, option, "is not a valid path (" + e.getMessage() + ")");
      return;
    }
    if (!Files.exists(folder)) {
      notAFolder(option, folder.toString(), "does not exist");
      return;
    }
    if (!Files.isDirectory(folder)) {
      notAFolder(option, folder.toString(), "is not a directory");
      return;
    }
    MigrationFolder migrations;
    try {
      migrations = MigrationFolder.scan(folder);
    } catch (IOException | RuntimeException e) {
      notAFolder(option, folder.toString(), "cannot be read (" + e.getMessage() + ")");
      return;
    }
    reportNames(migrations);
    try (Connection h2 = ScratchH2.open("migrations")) {
      for (MigrationScript script : migrations.scripts()) {
        apply(h2, script);
      }
      SchemaReport report = SchemaComparison.compare(
          h2, Dialect.H2, MigrationExpectations.of(tables, h2));
      for (SchemaProblem problem : report.problems()) {
        report(problem);
      }
    } catch (SQLException | RuntimeException e) {
      reporter.report(Kind.ERROR, Diagnostic.MIGRATIONS_CHECK_FAILED.format(e));
    }
  }

  private void notAFolder(String option, String resolved, String why) {
    reporter.report(Kind.ERROR, Diagnostic.MIGRATIONS_NOT_A_DIRECTORY.format(option, resolved,
        why, "the compiler's working directory " + Path.of("").toAbsolutePath()));
  }

  private void reportNames(MigrationFolder migrations) {
    for (MigrationFolder.Duplicate duplicate : migrations.duplicates()) {
      reporter.report(Kind.ERROR, Diagnostic.DUPLICATE_MIGRATION_VERSION.format(
          duplicate.first().path(), duplicate.second().path(),
          duplicate.first().version().stream().map(Object::toString)
              .reduce((a, b) -> a + "." + b).orElse("")));
    }
    for (MigrationFolder.InvalidVersion invalid : migrations.invalidVersions()) {
      reporter.report(Kind.ERROR,
          Diagnostic.INVALID_MIGRATION_VERSION.format(invalid.file(), invalid.versionText()));
    }
    for (Path ignored : migrations.ignored()) {
      reporter.report(Kind.NOTE, Diagnostic.MIGRATION_FILE_IGNORED.format(ignored));
    }
  }

  private void apply(Connection h2, MigrationScript script) {
    String text;
    try {
      // Flyway's default encoding; a malformed byte is an error rather than a silent '?'.
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(script.path())))
          .toString();
    } catch (CharacterCodingException e) {
      reporter.report(Kind.ERROR, Diagnostic.MIGRATION_UNREADABLE.format(script.path(),
          "it is not UTF-8 text, the encoding Flyway reads by default"));
      return;
    } catch (IOException e) {
      reporter.report(Kind.ERROR, Diagnostic.MIGRATION_UNREADABLE.format(script.path(), e));
      return;
    }
    for (ScriptSplitter.Statement statement : ScriptSplitter.split(text)) {
      try (Statement jdbc = h2.createStatement()) {
        jdbc.execute(statement.sql());
      } catch (SQLException e) {
        failedStatements++;
        reporter.report(Kind.WARNING, Diagnostic.MIGRATION_STATEMENT_FAILED.format(
            script.path(), statement.line(), ScratchH2.shorten(statement.sql(), SHOWN_STATEMENT),
            ScratchH2.message(e)));
      }
    }
  }

  private void report(SchemaProblem problem) {
    String entity = reporter.simpleName(problem.entity());
    if (problem.isError()) {
      String hint = failedStatements == 0 ? "" : " (H2 could not run " + failedStatements
          + (failedStatements == 1 ? " statement" : " statements")
          + " of the migrations, which may be why; see the warnings)";
      reporter.report(Kind.ERROR, Diagnostic.MIGRATIONS_DRIFT.format(
          entity, problem.description(), problem.fixSql(), hint),
          problem.entity(), problem.field());
      return;
    }
    String description = problem.description();
    String fix = problem.fixSql().isEmpty() ? "" : "; fix: " + problem.fixSql();
    Matcher unnamed = H2_CONSTRAINT_NAME.matcher(problem.fixSql());
    if (unnamed.find()) {
      // H2's made-up name means nothing on PostgreSQL, which makes up another: name it instead.
      description = "constraint " + unnamed.group(1) + " is declared without a name in the"
          + " migrations, so the errors it raises do not name the field";
      fix = "; fix: declare it as CONSTRAINT " + unnamed.group(1) + " in its migration";
    }
    reporter.report(Kind.NOTE, Diagnostic.MIGRATIONS_NOTE.format(
        entity == null ? "the entities" : entity, description, fix),
        problem.entity(), problem.field());
  }
}
