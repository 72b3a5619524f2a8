package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.Dialect;
import dev.precast.SchemaMismatchException;
import dev.precast.SchemaProblem;
import dev.precast.SchemaProblem.Kind;
import dev.precast.SchemaProblem.Severity;
import dev.precast.SchemaReport;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.HandWrittenTables;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.sql.Statement;
import java.util.List;

/**
 * {@code validateSchema} against schemas changed behind Precast's back with plain JDBC: each
 * kind of drift is found, named by entity, field and SQL, and its fix SQL makes it go away.
 */
class SchemaValidationTest extends DatabaseTest {

  /** The entities' tables, new and empty, and no other table: tests of others leave some. */
  private static Database onlyTheEntitiesTables(TestDatabase database) {
    Database db = DatabaseTest.fresh(database);
    db.dropAll(HandWrittenTables.SCHEMA);
    SchemaReport report = db.validateSchema(PrecastSchema.INSTANCE);
    for (SchemaProblem problem : report.problems()) {
      if (problem.kind() == Kind.EXTRA_TABLE) {
        drift(db, "DROP TABLE " + problem.table() + " CASCADE");
      }
    }
    return db;
  }

  @OnEveryDatabase
  void aSchemaCreatedByCreateAllIsConsistentWithoutANote(TestDatabase database) {
    SchemaReport report = onlyTheEntitiesTables(database).validateSchema(PrecastSchema.INSTANCE);

    assertThat(report.problems()).isEmpty();
    assertThat(report.isConsistent()).isTrue();
    assertThat(report.orThrow()).isSameAs(report);
    assertThat(report).hasToString("schema is consistent with the entities");
  }

  @OnEveryDatabase
  void aTableNoEntityMapsIsANoteButFlywaysHistoryAndViewsAreNot(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "CREATE TABLE legacy_audit (id INTEGER)");
    drift(db, "CREATE TABLE flyway_schema_history (installed_rank INTEGER)");
    drift(db, "CREATE VIEW author_names AS SELECT name FROM author");

    SchemaReport report = db.validateSchema(PrecastSchema.INSTANCE);

    assertThat(report.isConsistent()).isTrue();
    assertThat(report.problems()).singleElement().satisfies(note -> {
      assertThat(note.kind()).isEqualTo(Kind.EXTRA_TABLE);
      assertThat(note.severity()).isEqualTo(Severity.NOTE);
      assertThat(note.table()).isEqualTo("legacy_audit");
      assertThat(note.entity()).isNull();
      assertThat(note).hasToString("NOTE EXTRA_TABLE " + note.table()
          + ": table " + note.table() + " is mapped by no entity");
    });
    drift(db, "DROP VIEW author_names");
    drift(db, "DROP TABLE legacy_audit");
    drift(db, "DROP TABLE flyway_schema_history");
  }

  @OnEveryDatabase
  void aDroppedTableIsMissingAndItsFixCreatesIt(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "DROP TABLE token");

    SchemaProblem problem = onlyError(db);

    assertThat(problem.kind()).isEqualTo(Kind.MISSING_TABLE);
    assertThat(problem.table()).isEqualTo("token");
    assertThat(problem.column()).isNull();
    assertThat(problem.entity()).isEqualTo("dev.precast.it.entities.Token");
    assertThat(problem.field()).isNull();
    assertThat(problem.fixSql()).startsWith("CREATE TABLE IF NOT EXISTS token (");
    assertFixMakesItConsistent(db, problem);
  }

  @OnEveryDatabase
  void aDroppedColumnIsMissing(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE article DROP COLUMN likes");

    SchemaReport report = db.validateSchema(PrecastSchema.INSTANCE);

    // the dropped column took the checks on it along
    assertThat(report.errors()).extracting(SchemaProblem::kind)
        .containsExactly(Kind.MISSING_COLUMN, Kind.MISSING_CHECK, Kind.MISSING_CHECK);
    SchemaProblem problem = report.errors().get(0);
    assertThat(problem.table()).isEqualTo("article");
    assertThat(problem.column()).isEqualTo("likes");
    assertThat(problem.entity()).isEqualTo("dev.precast.it.entities.Article");
    assertThat(problem.field()).isEqualTo("likes");
    assertThat(problem.fixSql()).isEqualTo("ALTER TABLE article ADD COLUMN likes INTEGER NOT NULL");
    assertThat(problem.description()).isEqualTo("column likes does not exist");
    drift(db, report.fixScript());
    assertThat(db.validateSchema(PrecastSchema.INSTANCE).problems()).isEmpty();
  }

  @OnEveryDatabase
  void anExtraNotNullColumnIsAnErrorAndAnExtraNullableOneANote(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE author ADD COLUMN nickname VARCHAR(20)");
    drift(db, "ALTER TABLE author ADD COLUMN born INTEGER NOT NULL");

    SchemaReport report = db.validateSchema(PrecastSchema.INSTANCE);

    assertThat(report.problems()).extracting(SchemaProblem::kind, SchemaProblem::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.EXTRA_NOT_NULL_COLUMN, Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple(Kind.EXTRA_COLUMN, Severity.NOTE));
    SchemaProblem error = report.problems().get(0);
    assertThat(error.column()).isEqualTo("born");
    assertThat(error.field()).isNull();
    assertThat(error.description()).contains("every insert fails");
    SchemaProblem note = report.problems().get(1);
    assertThat(note.column()).isEqualTo("nickname");
    assertThat(note.description())
        .isEqualTo("column nickname is mapped by no field of Author; inserts leave it NULL");
    assertThat(note.fixSql()).isEmpty();
    assertThat(report.isConsistent()).isFalse();

    assertFixMakesItConsistent(db, error);
    assertThat(db.validateSchema(PrecastSchema.INSTANCE).problems())
        .extracting(SchemaProblem::kind)
        .containsOnly(Kind.EXTRA_COLUMN);
  }

  @OnEveryDatabase
  void aColumnOfAnotherTypeIsATypeMismatch(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE article ALTER COLUMN likes SET DATA TYPE BIGINT");

    SchemaProblem problem = onlyError(db);

    assertThat(problem.kind()).isEqualTo(Kind.TYPE_MISMATCH);
    assertThat(problem.field()).isEqualTo("likes");
    assertThat(problem.description())
        .isEqualTo("column likes is bigint, but field likes maps to INTEGER");
    assertThat(problem.fixSql())
        .isEqualTo("ALTER TABLE article ALTER COLUMN likes SET DATA TYPE INTEGER");
    assertFixMakesItConsistent(db, problem);
  }

  @OnEveryDatabase
  void aShorterColumnIsALengthMismatch(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE author ALTER COLUMN name SET DATA TYPE VARCHAR(20)");

    SchemaProblem problem = onlyError(db);

    assertThat(problem.kind()).isEqualTo(Kind.LENGTH_MISMATCH);
    assertThat(problem.entity()).isEqualTo("dev.precast.it.entities.Author");
    assertThat(problem.field()).isEqualTo("name");
    assertThat(problem.description())
        .isEqualTo("column name is character varying(20), but field name maps to VARCHAR(40)");
    assertFixMakesItConsistent(db, problem);
  }

  @OnEveryDatabase
  void anotherScaleIsAPrecisionMismatch(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE product ALTER COLUMN price SET DATA TYPE NUMERIC(10, 4)");

    SchemaProblem problem = onlyError(db);

    assertThat(problem.kind()).isEqualTo(Kind.PRECISION_MISMATCH);
    assertThat(problem.field()).isEqualTo("price");
    assertThat(problem.fixSql())
        .isEqualTo("ALTER TABLE product ALTER COLUMN price SET DATA TYPE NUMERIC(10, 2)");
    assertFixMakesItConsistent(db, problem);
  }

  @OnEveryDatabase
  void nullabilityMismatchesEitherWay(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE author ALTER COLUMN name DROP NOT NULL");
    drift(db, "ALTER TABLE article ALTER COLUMN editor_id SET NOT NULL");

    List<SchemaProblem> errors = db.validateSchema(PrecastSchema.INSTANCE).errors();

    assertThat(errors).extracting(SchemaProblem::kind)
        .containsOnly(Kind.NULLABILITY_MISMATCH);
    assertThat(errors).extracting(SchemaProblem::field).containsExactlyInAnyOrder("name", "editorId");
    assertThat(errors).extracting(SchemaProblem::fixSql).containsExactlyInAnyOrder(
        "ALTER TABLE author ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE article ALTER COLUMN editor_id DROP NOT NULL");
    for (SchemaProblem error : errors) {
      drift(db, error.fixSql());
    }
    assertThat(db.validateSchema(PrecastSchema.INSTANCE).problems()).isEmpty();
  }

  @OnEveryDatabase
  void aKeyWithoutGeneratedValuesIsAnIdentityMismatch(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "DROP TABLE token");
    drift(db, "DROP TABLE author CASCADE");
    drift(db, "CREATE TABLE author (id BIGINT NOT NULL, name VARCHAR(40) NOT NULL,"
        + " CONSTRAINT pk_author PRIMARY KEY (id), CONSTRAINT uq_author_name UNIQUE (name))");
    drift(db, "ALTER TABLE article ADD CONSTRAINT fk_article_author_id FOREIGN KEY (author_id)"
        + " REFERENCES author (id) ON DELETE CASCADE");
    drift(db, "ALTER TABLE article ADD CONSTRAINT fk_article_editor_id FOREIGN KEY (editor_id)"
        + " REFERENCES author (id) ON DELETE SET NULL");

    SchemaProblem problem = db.validateSchema(PrecastSchema.INSTANCE).errors().stream()
        .filter(p -> p.kind() == Kind.IDENTITY_MISMATCH)
        .findFirst().orElseThrow();

    assertThat(problem.field()).isEqualTo("id");
    assertThat(problem.fixSql()).isEqualTo(db.dialect() == Dialect.H2
        ? "ALTER TABLE author ALTER COLUMN id SET GENERATED BY DEFAULT"
        : "ALTER TABLE author ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY");
    drift(db, problem.fixSql());
    assertThat(db.validateSchema(PrecastSchema.INSTANCE).errors())
        .extracting(SchemaProblem::kind)
        .containsExactly(Kind.MISSING_TABLE);
  }

  @OnEveryDatabase
  void aMissingPrimaryKeyIsAMismatch(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE token DROP CONSTRAINT pk_token");

    SchemaProblem problem = onlyError(db);

    assertThat(problem.kind()).isEqualTo(Kind.PRIMARY_KEY_MISMATCH);
    assertThat(problem.table()).isEqualTo("token");
    assertThat(problem.fixSql()).startsWith("ALTER TABLE token ADD CONSTRAINT pk_token PRIMARY KEY");
    assertFixMakesItConsistent(db, problem);
  }

  @OnEveryDatabase
  void aDroppedUniqueConstraintIsMissing(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE author DROP CONSTRAINT uq_author_name");

    SchemaProblem problem = onlyError(db);

    assertThat(problem.kind()).isEqualTo(Kind.MISSING_UNIQUE);
    assertThat(problem.column()).isEqualTo("name");
    assertThat(problem.field()).isEqualTo("name");
    assertThat(problem.fixSql())
        .isEqualTo("ALTER TABLE author ADD CONSTRAINT uq_author_name UNIQUE (name)");
    assertFixMakesItConsistent(db, problem);
  }

  @OnEveryDatabase
  void aUniqueConstraintOfAnotherNameIsANoteWithTheRename(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE author DROP CONSTRAINT uq_author_name");
    drift(db, "ALTER TABLE author ADD CONSTRAINT author_name_key UNIQUE (name)");

    SchemaReport report = db.validateSchema(PrecastSchema.INSTANCE);

    assertThat(report.isConsistent()).isTrue();
    SchemaProblem note = report.problems().get(0);
    assertThat(report.problems()).hasSize(1);
    assertThat(note.kind()).isEqualTo(Kind.CONSTRAINT_NAME_MISMATCH);
    assertThat(note.severity()).isEqualTo(Severity.NOTE);
    assertThat(note.field()).isEqualTo("name");
    drift(db, note.fixSql());
    assertThat(db.validateSchema(PrecastSchema.INSTANCE).problems()).isEmpty();
  }

  @OnEveryDatabase
  void aDroppedForeignKeyIsMissing(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE article DROP CONSTRAINT fk_article_author_id");

    SchemaProblem problem = onlyError(db);

    assertThat(problem.kind()).isEqualTo(Kind.MISSING_FOREIGN_KEY);
    assertThat(problem.field()).isEqualTo("authorId");
    assertThat(problem.fixSql()).isEqualTo("ALTER TABLE article ADD CONSTRAINT"
        + " fk_article_author_id FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE");
    assertFixMakesItConsistent(db, problem);
  }

  @OnEveryDatabase
  void aForeignKeyWithAnotherOnDeleteIsAMismatch(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE article DROP CONSTRAINT fk_article_author_id");
    drift(db, "ALTER TABLE article ADD CONSTRAINT fk_article_author_id FOREIGN KEY (author_id)"
        + " REFERENCES author (id)");

    SchemaProblem problem = onlyError(db);

    assertThat(problem.kind()).isEqualTo(Kind.FOREIGN_KEY_MISMATCH);
    assertThat(problem.field()).isEqualTo("authorId");
    assertThat(problem.description()).contains("NO_ACTION on delete").contains("expects CASCADE");
    assertFixMakesItConsistent(db, problem);
  }

  @OnEveryDatabase
  void aDroppedIndexIsMissing(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "DROP INDEX ix_article_title");

    SchemaProblem problem = onlyError(db);

    assertThat(problem.kind()).isEqualTo(Kind.MISSING_INDEX);
    assertThat(problem.field()).isEqualTo("title");
    assertThat(problem.fixSql()).isEqualTo("CREATE INDEX ix_article_title ON article (title)");
    assertFixMakesItConsistent(db, problem);
  }

  @OnEveryDatabase
  void aDroppedCheckIsMissing(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE article DROP CONSTRAINT ck_article_likes");

    SchemaProblem problem = onlyError(db);

    assertThat(problem.kind()).isEqualTo(Kind.MISSING_CHECK);
    assertThat(problem.field()).isEqualTo("likes");
    assertThat(problem.fixSql())
        .isEqualTo("ALTER TABLE article ADD CONSTRAINT ck_article_likes CHECK ((likes >= 0))");
    assertFixMakesItConsistent(db, problem);
  }

  @OnEveryDatabase
  void quotedNamesAreFoundAndFixedAsDeclared(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE \"order\" DROP COLUMN \"lineCount\"");
    drift(db, "ALTER TABLE \"user\" DROP CONSTRAINT uq_user_group");

    List<SchemaProblem> errors = db.validateSchema(PrecastSchema.INSTANCE).errors();

    assertThat(errors).extracting(SchemaProblem::fixSql).containsExactlyInAnyOrder(
        "ALTER TABLE \"order\" ADD COLUMN \"lineCount\" INTEGER NOT NULL",
        "ALTER TABLE \"user\" ADD CONSTRAINT uq_user_group UNIQUE (\"group\")");
    for (SchemaProblem error : errors) {
      drift(db, error.fixSql());
    }
    assertThat(db.validateSchema(PrecastSchema.INSTANCE).problems()).isEmpty();
  }

  @OnEveryDatabase
  void orThrowListsEveryErrorWithItsFix(TestDatabase database) {
    Database db = onlyTheEntitiesTables(database);
    drift(db, "ALTER TABLE article DROP CONSTRAINT ck_article_likes");
    drift(db, "ALTER TABLE author DROP CONSTRAINT uq_author_name");

    SchemaReport report = db.validateSchema(PrecastSchema.INSTANCE);

    assertThatThrownBy(report::orThrow)
        .isInstanceOfSatisfying(SchemaMismatchException.class, e -> {
          assertThat(e.problems()).hasSize(2);
          assertThat(e.report()).isSameAs(report);
        })
        .hasMessageContaining("the database schema does not match the entities (2 errors)")
        .hasMessageContaining("ERROR MISSING_CHECK article.likes (Article.likes)")
        .hasMessageContaining(
            "fix: ALTER TABLE article ADD CONSTRAINT ck_article_likes CHECK ((likes >= 0))")
        .hasMessageContaining("ERROR MISSING_UNIQUE author.name (Author.name)");
    assertThat(report.fixScript()).contains(
        "ALTER TABLE author ADD CONSTRAINT uq_author_name UNIQUE (name);\n");
    drift(db, report.fixScript());
    assertThat(db.validateSchema(PrecastSchema.INSTANCE).problems()).isEmpty();
  }

  private static SchemaProblem onlyError(Database db) {
    List<SchemaProblem> errors = db.validateSchema(PrecastSchema.INSTANCE).errors();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  private static void assertFixMakesItConsistent(Database db, SchemaProblem problem) {
    drift(db, problem.fixSql());
    assertThat(db.validateSchema(PrecastSchema.INSTANCE).errors()).isEmpty();
  }

  /** Runs SQL on the database without Precast, as a migration or an operator would. */
  private static void drift(Database db, String sql) {
    db.withConnection(connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String each : sql.split(";\n")) {
          if (!each.isBlank()) {
            statement.execute(each);
          }
        }
      }
      return null;
    });
  }
}
