package com.example.tutorial;

import com.example.tutorial.service.ServiceMain;
import dev.precast.Database;
import dev.precast.PrecastException;
import dev.precast.UniqueViolationException;
import dev.precast.ValidationException;
import dev.precast.Violation;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.FlywayException;

/**
 * The tutorial, replayed: bring the schema up to date with Flyway and check it against the
 * entities, insert a user, query by name, and watch bad data rejected, first by the database (a
 * duplicate e-mail), then before any SQL (a blank name and a malformed e-mail).
 *
 * <p>{@code java -jar precast-sample-app.jar serve} runs the same model as an HTTP service
 * instead (see {@link com.example.tutorial.service.SampleService}).
 *
 * <p>Runs on embedded H2 unless {@code DATABASE_URL} names another database, e.g.
 * {@code DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test}.
 */
public final class TutorialApp {
  private TutorialApp() {}

  /**
   * Replays the tutorial, or with {@code serve [--port N]} runs the HTTP service ({@link
   * ServiceMain}).
   */
  public static void main(String[] args) {
    if (args.length > 0) {
      if (args[0].equals("serve")) {
        ServiceMain.main(Arrays.copyOfRange(args, 1, args.length));
        return;
      }
      System.err.println("unknown command \"" + args[0] + "\"; usage: java -jar"
          + " precast-sample-app.jar [serve [--port N]]");
      System.exit(2);
    }
    try {
      String url = System.getenv("DATABASE_URL");
      try (Database db = url == null || url.isBlank()
          ? Database.connect("jdbc:h2:mem:tutorial")
          : Database.fromEnv()) {
        System.out.println("Connected to " + db);
        migrate(db, System.out);
        run(db, System.out);
      }
    } catch (PrecastException | FlywayException e) {
      // A bad DATABASE_URL, an unreachable server, a failed migration or a schema that does not
      // match the entities: the message says which and why.
      System.err.println("tutorial failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Applies the migrations of {@code src/main/resources/db/migration} that the database lacks,
   * then checks the schema against the entities, so that a database which drifted stops the
   * app here, with every difference and the SQL that fixes it.
   */
  static void migrate(Database db, PrintStream out) {
    Migrations.Result result = Migrations.apply(db);
    out.println("Migrated the schema to version " + result.version()
        + " (" + result.applied() + " migration(s) applied now)");
    out.println("The schema matches the entities");
  }

  static void run(Database db, PrintStream out) {
    UserRepository users = new UserRepository(db);
    int left = users.deleteAll(users.findAll());
    if (left > 0) {
      out.println("Removed the " + left + " users an earlier run stored");
    }

    User john = users.insert(new User("John Doe", "johndoe@example.com"));
    out.println("Inserted " + john + " with id " + john.getId());

    List<User> found = users.query().where(User_.NAME.eq("John Doe")).list();
    out.println("Found by name:");
    for (User user : found) {
      out.println(user.getName());
    }

    try {
      users.insert(new User("Johnny", "johndoe@example.com"));
      throw new IllegalStateException("the duplicate e-mail was stored");
    } catch (UniqueViolationException e) {
      out.println("Rejected a duplicate e-mail: column " + e.column()
          + ", constraint " + e.constraintName());
    }

    try {
      users.insert(new User("  ", "not-an-email"));
      throw new IllegalStateException("the invalid user was stored");
    } catch (ValidationException e) {
      out.println("Rejected before any SQL, " + e.violations().size() + " problems:");
      for (Violation violation : e.violations()) {
        out.println("  " + violation.property() + ": " + violation.message());
      }
    }
    out.println("Users stored: " + users.count());
  }
}
