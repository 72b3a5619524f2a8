package com.example.tutorial;

import dev.precast.Database;
import org.flywaydb.core.Flyway;

/**
 * Brings a database's schema up to date with the Flyway migrations of {@code
 * src/main/resources/db/migration}, then checks it against the entities, so that a database
 * which drifted stops the program at start, with every difference and the SQL that fixes it.
 * The tutorial and the service both start here.
 *
 * <pre>{@code
 * Migrations.Result result = Migrations.apply(db);   // SchemaMismatchException on drift
 * }</pre>
 */
public final class Migrations {
  private Migrations() {}

  /**
   * What {@link #apply} did.
   *
   * @param version the schema's version now
   * @param applied how many migrations ran now (0 when the schema was up to date)
   */
  public record Result(String version, int applied) {}

  /**
   * Applies the migrations the database lacks, in the connection's current schema (PostgreSQL's
   * {@code currentSchema}), then checks the schema against the entities.
   *
   * @throws org.flywaydb.core.api.FlywayException when a migration fails
   * @throws dev.precast.SchemaMismatchException listing every difference that remains
   */
  public static Result apply(Database db) {
    Flyway flyway = Flyway.configure()
        .dataSource(db.dataSource())
        // A schema that has tables but no migration history (earlier versions of this
        // tutorial ran createAll) starts at version 0; the migrations then create only what is
        // missing, and validateSchema says whether what was there already is right.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
    int applied = flyway.migrate().migrationsExecuted;
    Result result = new Result(flyway.info().current().getVersion().toString(), applied);
    db.validateSchema(PrecastSchema.INSTANCE).orThrow();
    return result;
  }
}
