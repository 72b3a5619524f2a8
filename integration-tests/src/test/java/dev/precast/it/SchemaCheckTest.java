package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.Database;
import dev.precast.EntityTable;
import dev.precast.Schema;
import dev.precast.SchemaCheck;
import dev.precast.SchemaProblem;
import dev.precast.SchemaProblem.Kind;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.HandWrittenTables;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java dev.precast.SchemaCheck}: the report on standard output, the exit status (0
 * consistent, 1 drift, 2 bad usage or no connection), and the migration it writes, which, run
 * with plain JDBC, makes the next check pass. Runs in this JVM through {@link SchemaCheck#run},
 * and once as a process of its own so that {@code main} is covered too.
 */
class SchemaCheckTest {
  private static final String SCHEMA = PrecastSchema.class.getName();
  private static final String DRIFT = "ALTER TABLE author DROP CONSTRAINT uq_author_name";

  /** The usage line, as the contract has it. */
  private static final String USAGE = "usage: java -cp <app class path> dev.precast.SchemaCheck"
      + " --url <jdbc url> --schema <generated schema class, e.g. com.example.PrecastSchema>"
      + " [--user <user>] [--password <password>]"
      + " [--write-migration <new file, or Flyway migration directory>]";

  @TempDir
  Path temp;

  private Database db;
  private String url;
  private String user;

  /** The dialects whose tables of other test classes this class has dropped. */
  private static final Set<TestDatabase> CLEANED = EnumSet.noneOf(TestDatabase.class);

  /** Only the entities' tables, new, on {@code database}, kept open while the test runs. */
  private void open(TestDatabase database) {
    url = database.url();
    user = database.user();
    db = Database.connect(url, user, null);
    db.dropAll(PrecastSchema.INSTANCE);
    if (CLEANED.add(database)) {
      // Other test classes leave tables in PostgreSQL's test schema; they would be notes here.
      db.dropAll(HandWrittenTables.SCHEMA);
      for (SchemaProblem problem : db.validateSchema(PrecastSchema.INSTANCE).problems()) {
        if (problem.kind() == Kind.EXTRA_TABLE) {
          execute("DROP TABLE \"" + problem.table() + "\" CASCADE");
        }
      }
    }
    db.createAll(PrecastSchema.INSTANCE);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @OnEveryDatabase
  void aFreshSchemaIsConsistentAndExitsZero(TestDatabase database) {
    open(database);

    Result result = check();

    assertThat(result.status()).isZero();
    assertThat(result.out().lines()).containsExactly(
        "Checked " + SCHEMA + " against " + url + " (" + db.dialect() + "):",
        "schema is consistent with the entities");
    assertThat(result.err()).isEmpty();
  }

  @OnEveryDatabase
  void driftIsPrintedWithItsFixAndExitsOne(TestDatabase database) {
    open(database);
    execute(DRIFT);

    Result result = check();

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out().lines()).containsSubsequence(
        "1 error, 0 notes",
        "ERROR MISSING_UNIQUE author.name (Author.name): unique constraint uq_author_name on (name)"
            + " is missing, so duplicates are not rejected",
        "  fix: ALTER TABLE author ADD CONSTRAINT uq_author_name UNIQUE (name)",
        "Run again with --write-migration <file or directory> to write the fixes as one script.");
    assertThat(result.err()).isEmpty();
  }

  @OnEveryDatabase
  void notesAloneAreConsistent(TestDatabase database) {
    open(database);
    execute("ALTER TABLE author ADD COLUMN nickname VARCHAR(20)");

    Result result = check();

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("0 errors, 1 note", "NOTE EXTRA_COLUMN author.nickname");
  }

  @OnEveryDatabase
  void theWrittenMigrationMakesTheNextCheckPass(TestDatabase database) throws Exception {
    open(database);
    execute(DRIFT);
    execute("ALTER TABLE article DROP COLUMN likes");
    Path migration = temp.resolve("fix.sql");

    Result result = check("--write-migration", migration.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("Wrote " + migration + ": review it before you apply it.");
    String script = Files.readString(migration);
    assertThat(script.lines()).startsWith(
        "-- Generated by Precast's SchemaCheck: the fixes for " + SCHEMA + " against " + url
            + " (" + db.dialect() + ").",
        "-- Review it before you apply it: it was written from the database's catalog, not by"
            + " a person;");
    assertThat(script)
        .contains("--   ERROR MISSING_UNIQUE author.name (Author.name): unique constraint")
        .contains("ALTER TABLE author ADD CONSTRAINT uq_author_name UNIQUE (name);\n")
        .contains("ALTER TABLE article ADD COLUMN likes INTEGER NOT NULL;\n");

    applyWithPlainJdbc(script);

    assertThat(check().status()).isZero();
  }

  @OnEveryDatabase
  void aDirectoryGetsTheNextFlywayVersion(TestDatabase database) throws Exception {
    open(database);
    execute(DRIFT);
    Path migrations = Files.createDirectories(temp.resolve("db/migration"));
    Files.createDirectories(migrations.resolve("older"));
    for (String name : List.of("V1__create_tables.sql", "V2.1__add_index.sql",
        "older/V7_2__found_in_subdirectories.sql", "R__a_view.sql", "U9__undo.sql",
        "V20__not_sql.txt", "README.md")) {
      Files.writeString(migrations.resolve(name), "-- " + name + "\n");
    }

    Result result = check("--write-migration", migrations.toString());

    Path expected = migrations.resolve("V8__precast_schema_fix.sql");
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("Wrote " + expected + ": review it before you apply it.");
    assertThat(Files.readString(expected))
        .contains("ALTER TABLE author ADD CONSTRAINT uq_author_name UNIQUE (name);\n");

    assertThat(check("--write-migration", migrations.toString()).status()).isEqualTo(1);
    assertThat(migrations.resolve("V9__precast_schema_fix.sql")).exists();
  }

  @OnEveryDatabase
  void anEmptyDirectoryGetsVersionOne(TestDatabase database) throws Exception {
    open(database);
    execute("DROP TABLE token");
    Path migrations = Files.createDirectories(temp.resolve("migrations"));

    assertThat(check("--write-migration", migrations.toString()).status()).isEqualTo(1);

    Path first = migrations.resolve("V1__precast_schema_fix.sql");
    assertThat(Files.readString(first)).contains("CREATE TABLE IF NOT EXISTS token (");
    applyWithPlainJdbc(Files.readString(first));
    assertThat(check().status()).isZero();
  }

  @OnEveryDatabase
  void aConsistentSchemaWritesNoMigration(TestDatabase database) throws Exception {
    open(database);
    Path migrations = Files.createDirectories(temp.resolve("migrations"));

    Result result = check("--write-migration", migrations.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out())
        .contains("No migration written: the schema is consistent with the entities.");
    try (Stream<Path> files = Files.list(migrations)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void anExistingFileIsNeverOverwrittenAndRefusedBeforeConnecting() throws Exception {
    Path existing = Files.writeString(temp.resolve("V3__mine.sql"), "-- mine\n");

    Result result = run("--url", "jdbc:postgresql://127.0.0.1:1/x", "--schema", SCHEMA,
        "--write-migration", existing.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("SchemaCheck: refusing to overwrite " + existing);
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(existing)).isEqualTo("-- mine\n");
  }

  @Test
  void aSchemaClassWithAPublicConstructorIsAccepted() {
    open(TestDatabase.H2);

    Result result = checkAs(ConstructedSchema.class.getName());

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("schema is consistent with the entities");
  }

  @Test
  void aPostgresqlUrlAsForDatabaseUrlIsAccepted() {
    open(TestDatabase.POSTGRESQL);
    execute(DRIFT);
    String databaseUrl = url.replace("jdbc:postgresql://", "postgresql://" + user + "@");

    Result result = run("--url", databaseUrl, "--schema", SCHEMA);

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("ERROR MISSING_UNIQUE author.name");
  }

  @Test
  void withoutArgumentsItPrintsTheUsage() {
    Result result = run();

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err().lines()).containsExactly(
        "SchemaCheck: --url is missing", USAGE);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void helpPrintsTheUsageAndExitsZero() {
    Result result = run("--help");

    assertThat(result.status()).isZero();
    assertThat(result.out().lines()).containsExactly(USAGE);
  }

  @Test
  void badUsageExitsTwoWithTheUsageLine() {
    assertUsageError(run("--url", "jdbc:h2:mem:x"), "--schema is missing");
    assertUsageError(run("--url", "jdbc:h2:mem:x", "--schema", SCHEMA, "--colour", "red"),
        "unknown option \"--colour\"");
    assertUsageError(run("--url", "jdbc:h2:mem:x", "--schema", SCHEMA, "extra"),
        "unexpected argument \"extra\"");
    assertUsageError(run("--url", "--schema", SCHEMA), "--url needs a value");
    assertUsageError(run("--schema", SCHEMA, "--url"), "--url needs a value");
    assertUsageError(run("--url=jdbc:h2:mem:x", "--url", "jdbc:h2:mem:y", "--schema", SCHEMA),
        "--url is given twice");
    assertUsageError(run("--url", "mysql://db/app", "--schema", SCHEMA),
        "--url is malformed (it must start with jdbc: or postgresql://)");
  }

  @Test
  void aClassThatIsNotOnTheClassPathIsBadUsage() {
    assertUsageError(run("--url", "jdbc:h2:mem:x", "--schema", "com.example.PrecastSchema"),
        "class com.example.PrecastSchema is not on the class path; --schema names the schema"
            + " class Precast generated, e.g. com.example.PrecastSchema");
  }

  @Test
  void aClassThatIsNoSchemaIsBadUsage() {
    assertUsageError(run("--url", "jdbc:h2:mem:x", "--schema", "java.lang.String"),
        "java.lang.String is not a dev.precast.Schema: --schema names the schema class Precast"
            + " generated (PrecastSchema, in the entities' common package)");
    assertUsageError(run("--url", "jdbc:h2:mem:x", "--schema", NotASchema.class.getName()),
        NotASchema.class.getName() + " is not a dev.precast.Schema");
  }

  @Test
  void anUnreachableDatabaseExitsTwoNamingTheUrlButNoPassword() {
    Result result = run("--url", "jdbc:postgresql://127.0.0.1:1/x?password=secret",
        "--user", "app", "--password", "hunter2", "--schema", SCHEMA);

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith(
        "SchemaCheck: cannot connect to jdbc:postgresql://127.0.0.1:1/x?password=*** as app: ");
    assertThat(result.err()).doesNotContain("secret", "hunter2", "usage:");
    assertThat(result.out()).isEmpty();

    Result databaseUrl = run("--url", "postgresql://app:secret@127.0.0.1:1/x", "--schema", SCHEMA);

    assertThat(databaseUrl.status()).isEqualTo(2);
    assertThat(databaseUrl.err())
        .startsWith("SchemaCheck: cannot connect to jdbc:postgresql://127.0.0.1:1/x as app: ")
        .doesNotContain("secret");
  }

  @Test
  void mainExitsWithTheStatusInAProcessOfItsOwn() throws Exception {
    String fileUrl = "jdbc:h2:file:" + temp.resolve("db").toAbsolutePath();
    try (Database file = Database.connect(fileUrl)) {
      file.createAll(PrecastSchema.INSTANCE);
      file.withConnection(connection -> {
        try (Statement statement = connection.createStatement()) {
          statement.execute(DRIFT);
        }
        return null;
      });
    }

    Result drift = runProcess("--url", fileUrl, "--schema", SCHEMA);

    assertThat(drift.status()).as(drift.err()).isEqualTo(1);
    assertThat(drift.out()).contains("ERROR MISSING_UNIQUE author.name (Author.name)");
    assertThat(runProcess("--schema", SCHEMA).status()).isEqualTo(2);
  }

  /** Implements {@link Schema} with a public constructor instead of an {@code INSTANCE}. */
  public static final class ConstructedSchema implements Schema {
    @Override
    public List<EntityTable<?>> tables() {
      return PrecastSchema.INSTANCE.tables();
    }
  }

  /** Has a public static INSTANCE, but is no {@link Schema}. */
  public static final class NotASchema {
    public static final NotASchema INSTANCE = new NotASchema();
  }

  private record Result(int status, String out, String err) {}

  private static void assertUsageError(Result result, String message) {
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(2);
    assertThat(result.err().lines().findFirst()).hasValueSatisfying(
        line -> assertThat(line).startsWith("SchemaCheck: " + message));
    assertThat(result.err()).endsWith(USAGE + System.lineSeparator());
    assertThat(result.out()).isEmpty();
  }

  /** Checks this test's database, with {@code more} arguments. */
  private Result check(String... more) {
    List<String> args = new ArrayList<>(List.of(withoutSchema()));
    args.addAll(List.of("--schema", SCHEMA));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  /** Checks this test's database against the schema class {@code schema}. */
  private Result checkAs(String schema) {
    List<String> args = new ArrayList<>(List.of(withoutSchema()));
    args.addAll(List.of("--schema", schema));
    return run(args.toArray(String[]::new));
  }

  private String[] withoutSchema() {
    return user == null ? new String[] {"--url", url} : new String[] {"--url", url, "--user", user};
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = SchemaCheck.run(args, outStream, errStream);
    }
    return new Result(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** {@code java -cp <this test's class path> dev.precast.SchemaCheck args}. */
  private Result runProcess(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SchemaCheck.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(temp, "out", ".txt");
    Path err = Files.createTempFile(temp, "err", ".txt");
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("SchemaCheck did not end within 60 s: " + Files.readString(err));
    }
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** Runs SQL on this test's database without Precast, as an operator would. */
  private void execute(String sql) {
    try (Connection connection = plainConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new AssertionError(sql, e);
    }
  }

  /** Runs a migration script, statement by statement, with plain JDBC. */
  private void applyWithPlainJdbc(String script) throws SQLException {
    String withoutComments = String.join("\n",
        script.lines().filter(line -> !line.startsWith("--")).toList());
    try (Connection connection = plainConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : withoutComments.split(";\n")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  private Connection plainConnection() throws SQLException {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    return DriverManager.getConnection(url, properties);
  }
}
