package dev.precast;

import dev.precast.internal.ConnectionUrls;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema check as a command: compares the entities of a generated schema with a live
 * database, prints the {@link SchemaReport} and exits 0 when the schema is consistent (notes
 * allowed), 1 when it has drifted, and 2 on bad usage or when the database cannot be reached.
 *
 * <pre>
 * java -cp app.jar dev.precast.SchemaCheck --url jdbc:postgresql://db:5432/app --user app \
 *     --schema com.example.PrecastSchema --write-migration src/main/resources/db/migration
 * </pre>
 *
 * <p>{@code --url} is a JDBC URL or, as {@code DATABASE_URL} for {@link Database#fromEnv()},
 * {@code postgresql://user:password@host:port/database}; {@code --user} and {@code
 * --password} override the URL's. {@code --write-migration} writes every fix ({@link
 * SchemaReport#fixScript()}) as one script for a person to review: into a new file, or, given
 * a directory, as the next Flyway migration in it ({@code V<highest version +
 * 1>__precast_schema_fix.sql}). A consistent schema writes nothing; an existing file is never
 * overwritten.
 *
 * <p>This entry point is the one place the runtime loads a class by name: the schema class,
 * whose {@code public static INSTANCE} it reads (as generated), or which it instantiates
 * through a public no-argument constructor. Mapping never does.
 */
public final class SchemaCheck {
  private static final int CONSISTENT = 0;
  private static final int DRIFT = 1;
  private static final int FAILED = 2;

  static final String USAGE = "usage: java -cp <app class path> dev.precast.SchemaCheck"
      + " --url <jdbc url> --schema <generated schema class, e.g. com.example.PrecastSchema>"
      + " [--user <user>] [--password <password>]"
      + " [--write-migration <new file, or Flyway migration directory>]";

  /** A Flyway versioned migration, {@code V2__add_email.sql} or {@code V2.1__...}: group 1 is 2. */
  private static final Pattern VERSIONED_MIGRATION =
      Pattern.compile("V(\\d+)(?:[._]\\d+)*__.*\\.sql");
  private static final String MIGRATION_DESCRIPTION = "__precast_schema_fix.sql";

  private SchemaCheck() {}

  /** Runs the check with the command's arguments and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the check as {@link #main} does, printing the report to {@code out} and what went
   * wrong to {@code err}, and returns the exit status instead of exiting: 0 when consistent,
   * 1 on drift, 2 on bad usage or when no check could be made.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Options options = Options.parse(args);
      if (options.help()) {
        out.println(USAGE);
        return CONSISTENT;
      }
      Schema schema = loadSchema(options.schema());
      Path migration = options.writeMigration() == null ? null : migrationTarget(options);
      Database.Builder builder = connection(options);
      SchemaReport report;
      String checked;
      try (Database db = builder.build()) {
        report = db.validateSchema(schema);
        checked = options.schema() + " against " + ConnectionUrls.redact(options.url())
            + " (" + db.dialect() + ")";
      } catch (PrecastException e) {
        throw new Failure(e.getMessage(), false);
      } catch (RuntimeException e) {
        // Never a stack trace and status 1, which would read as drift.
        throw new Failure("the check failed: " + e, false);
      }
      out.println("Checked " + checked + ":");
      out.println(report);
      if (migration != null) {
        writeMigration(migration, checked, report, out);
      } else if (!report.isConsistent()) {
        out.println("Run again with --write-migration <file or directory> to write the fixes"
            + " as one script.");
      }
      return report.isConsistent() ? CONSISTENT : DRIFT;
    } catch (Failure failure) {
      err.println("SchemaCheck: " + failure.getMessage());
      if (failure.badUsage) {
        err.println(USAGE);
      }
      return FAILED;
    }
  }

  /** The generated schema's {@code INSTANCE}, or a new instance of a {@link Schema} class. */
  private static Schema loadSchema(String className) throws Failure {
    Class<?> type;
    try {
      type = Class.forName(className, true, classLoader());
    } catch (ClassNotFoundException e) {
      throw new Failure("class " + className + " is not on the class path; --schema names"
          + " the schema class Precast generated, e.g. com.example.PrecastSchema", true);
    } catch (LinkageError e) {
      throw new Failure("class " + className + " cannot be loaded: " + e, false);
    }
    String notASchema = className + " is not a dev.precast.Schema: --schema names the schema"
        + " class Precast generated (PrecastSchema, in the entities' common package)";
    Field instance = instanceField(type);
    if (instance != null) {
      Object value;
      try {
        value = instance.get(null);
      } catch (IllegalAccessException e) {
        throw new Failure("cannot read " + className + ".INSTANCE: " + e.getMessage(), true);
      }
      if (value instanceof Schema schema) {
        return schema;
      }
      throw new Failure(notASchema, true);
    }
    if (!Schema.class.isAssignableFrom(type)) {
      throw new Failure(notASchema, true);
    }
    try {
      return type.asSubclass(Schema.class).getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
      throw new Failure(className + " has neither a public static INSTANCE nor a public"
          + " no-argument constructor", true);
    } catch (InvocationTargetException e) {
      throw new Failure("the constructor of " + className + " failed: " + e.getCause(), false);
    }
  }

  private static Field instanceField(Class<?> type) {
    try {
      Field field = type.getField("INSTANCE");
      return Modifier.isStatic(field.getModifiers()) ? field : null;
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : SchemaCheck.class.getClassLoader();
  }

  /** Where the migration goes, checked before connecting: a new file or a directory. */
  private static Path migrationTarget(Options options) throws Failure {
    Path target = Path.of(options.writeMigration());
    if (Files.isDirectory(target)) {
      return target;
    }
    if (Files.exists(target)) {
      throw new Failure("refusing to overwrite " + target + ": --write-migration writes a new"
          + " file, or the next migration into a directory", false);
    }
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new Failure("cannot write " + target + ": directory " + parent + " does not exist",
          false);
    }
    return target;
  }

  /** A pool of one connection, configured by the URL and the options. */
  private static Database.Builder connection(Options options) throws Failure {
    ConnectionUrls.Settings settings;
    if (options.url().startsWith("jdbc:")) {
      settings = new ConnectionUrls.Settings(options.url(), null, null, null);
    } else {
      try {
        settings = ConnectionUrls.fromEnvironment(Map.of("DATABASE_URL", options.url()));
      } catch (PrecastException e) {
        // The message explains the URL forms, naming the variable it was read from.
        throw new Failure(e.getMessage().replace("DATABASE_URL", "--url"), true);
      }
    }
    return Database.builder(settings.jdbcUrl())
        .user(options.user() != null ? options.user() : settings.user())
        .password(options.password() != null ? options.password() : settings.password())
        .maximumPoolSize(1);
  }

  private static void writeMigration(Path target, String checked, SchemaReport report,
      PrintStream out) throws Failure {
    if (report.isConsistent()) {
      out.println("No migration written: the schema is consistent with the entities.");
      return;
    }
    StringBuilder script = new StringBuilder()
        .append("-- Generated by Precast's SchemaCheck: the fixes for ").append(checked)
        .append(".\n")
        .append("-- Review it before you apply it: it was written from the database's catalog,")
        .append(" not by a person;\n")
        .append("-- a changed type or a new NOT NULL or unique constraint can fail on existing")
        .append(" rows.\n")
        .append("-- It fixes:\n");
    for (SchemaProblem problem : report.problems()) {
      if (!problem.fixSql().isEmpty()) {
        String summary = problem.toString();
        int fix = summary.indexOf("\n  fix: ");
        script.append("--   ").append(summary.substring(0, fix).replace('\n', ' ')).append('\n');
      }
    }
    script.append('\n').append(report.fixScript());
    Path file;
    try {
      file = Files.isDirectory(target) ? nextMigration(target) : target;
      Files.writeString(file, script, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new Failure("refusing to overwrite " + e.getFile(), false);
    } catch (IOException e) {
      throw new Failure("cannot write the migration to " + target + ": " + e, false);
    }
    out.println("Wrote " + file + ": review it before you apply it.");
  }

  /**
   * {@code V<n>__precast_schema_fix.sql} in {@code directory}, where {@code n} is one more than
   * the major version of its highest Flyway migration ({@code V3__...}, {@code V3.1__...},
   * in subdirectories too, as Flyway finds them), or 1 in a directory without one.
   */
  private static Path nextMigration(Path directory) throws IOException {
    BigInteger highest = BigInteger.ZERO;
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Matcher migration = VERSIONED_MIGRATION.matcher(file.getFileName().toString());
        if (migration.matches() && Files.isRegularFile(file)) {
          highest = highest.max(new BigInteger(migration.group(1)));
        }
      }
    }
    return directory.resolve("V" + highest.add(BigInteger.ONE) + MIGRATION_DESCRIPTION);
  }

  /** The command line, parsed: {@code --name value} or {@code --name=value}. */
  private record Options(String url, String schema, String user, String password,
      String writeMigration, boolean help) {

    private static final List<String> NAMES =
        List.of("--url", "--schema", "--user", "--password", "--write-migration");

    static Options parse(String[] args) throws Failure {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--help") || arg.equals("-h")) {
          return new Options(null, null, null, null, null, true);
        }
        int equals = arg.indexOf('=');
        String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
        if (!NAMES.contains(name)) {
          throw new Failure((arg.startsWith("-") ? "unknown option " : "unexpected argument ")
              + "\"" + name + "\"", true);
        }
        String value;
        if (equals > 0 && arg.startsWith("--")) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.length && !NAMES.contains(args[i + 1])) {
          value = args[++i];
        } else {
          throw new Failure(name + " needs a value", true);
        }
        if (value.isBlank()) {
          throw new Failure(name + " needs a value", true);
        }
        if (values.put(name, value) != null) {
          throw new Failure(name + " is given twice", true);
        }
      }
      for (String required : List.of("--url", "--schema")) {
        if (!values.containsKey(required)) {
          throw new Failure(required + " is missing", true);
        }
      }
      return new Options(values.get("--url"), values.get("--schema"), values.get("--user"),
          values.get("--password"), values.get("--write-migration"), false);
    }
  }

  /** Ends the check with status 2 and a message, with the usage line when the usage was bad. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean badUsage;

    Failure(String message, boolean badUsage) {
      super(message, null, false, false);
      this.badUsage = badUsage;
    }
  }
}
