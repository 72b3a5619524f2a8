package dev.precast.it.support;

import dev.precast.Database;
import dev.precast.Dialect;
import dev.precast.EntityColumn;
import dev.precast.EntityTable;
import dev.precast.Schema;
import dev.precast.TableConstraint;
import dev.precast.TableConstraint.Kind;
import dev.precast.internal.Parameters;
import dev.precast.internal.TableDefinition;
import dev.precast.internal.Rows;
import java.util.List;
import java.util.Map;

/**
 * Tables written by hand, with what the processor cannot generate yet: a foreign key, checks
 * and a version column. They are described as the processor will describe them: the parent
 * {@code raw_author} lists the foreign key of {@code raw_post} that references it. The same
 * DDL runs on H2 and PostgreSQL.
 */
public final class HandWrittenTables {
  /** A row of {@code raw_author}. */
  public record Author(long id, String email, Integer age) {}

  /** A row of {@code raw_post}. */
  public record Post(long id, long authorId, String title) {}

  /** A row of {@code raw_document}, whose {@code version} counts its updates. */
  public record Document(long id, String body, long version) {}

  /** The child's foreign key, listed by both tables. */
  public static final TableConstraint FK_RAW_POST_AUTHOR_ID = constraint(
      "fk_raw_post_author_id", Kind.FOREIGN_KEY, "raw_post", List.of("author_id"),
      List.of("authorId"));

  /** The parent, with a unique e-mail, a checked age and a quoted, short column. */
  public static final EntityTable<Author> AUTHOR = table("raw_author",
      List.of(column("id", "id"), column("email", "email"), column("age", "age"),
          new EntityColumn<>("Pen Name", "\"Pen Name\"", "penName", Parameters::setString)),
      List.of(
          constraint(
              "pk_raw_author", Kind.PRIMARY_KEY, "raw_author", List.of("id"), List.of("id")),
          constraint(
              "uq_raw_author_email", Kind.UNIQUE, "raw_author", List.of("email"),
              List.of("email")),
          constraint(
              "ck_raw_author_age", Kind.CHECK, "raw_author", List.of("age"), List.of("age")),
          FK_RAW_POST_AUTHOR_ID),
      row -> new Author(row.getLong(1), row.getString(2), Rows.getIntOrNull(row, 3)),
      "CREATE TABLE IF NOT EXISTS raw_author (id BIGINT NOT NULL, email VARCHAR(50),"
          + " age INTEGER, \"Pen Name\" VARCHAR(5), CONSTRAINT pk_raw_author PRIMARY KEY (id),"
          + " CONSTRAINT uq_raw_author_email UNIQUE (email),"
          + " CONSTRAINT ck_raw_author_age CHECK (age >= 0))");

  /** The child, referencing {@link #AUTHOR}, with a table check. */
  public static final EntityTable<Post> POST = table("raw_post",
      List.of(column("id", "id"), column("author_id", "authorId"), column("title", "title")),
      List.of(
          constraint(
              "pk_raw_post", Kind.PRIMARY_KEY, "raw_post", List.of("id"), List.of("id")),
          FK_RAW_POST_AUTHOR_ID,
          constraint("ck_raw_post_1", Kind.CHECK, "raw_post", List.of(), List.of())),
      row -> new Post(row.getLong(1), row.getLong(2), row.getString(3)),
      "CREATE TABLE IF NOT EXISTS raw_post (id BIGINT NOT NULL, author_id BIGINT NOT NULL,"
          + " title VARCHAR(50), CONSTRAINT pk_raw_post PRIMARY KEY (id),"
          + " CONSTRAINT fk_raw_post_author_id FOREIGN KEY (author_id) REFERENCES raw_author (id),"
          + " CONSTRAINT ck_raw_post_1 CHECK (title <> ''))");

  /** A versioned row, for optimistic and pessimistic locking and for conflicts. */
  public static final EntityTable<Document> DOCUMENT = table("raw_document",
      List.of(column("id", "id"), column("body", "body"), column("version", "version")),
      List.of(constraint(
          "pk_raw_document", Kind.PRIMARY_KEY, "raw_document", List.of("id"), List.of("id"))),
      row -> new Document(row.getLong(1), row.getString(2), row.getLong(3)),
      "CREATE TABLE IF NOT EXISTS raw_document (id BIGINT NOT NULL, body VARCHAR(100),"
          + " version BIGINT NOT NULL, CONSTRAINT pk_raw_document PRIMARY KEY (id))");

  /** Every hand-written table, parents first. */
  public static final Schema SCHEMA = () -> List.of(AUTHOR, POST, DOCUMENT);

  private HandWrittenTables() {}

  /** Drops and creates the hand-written tables on {@code db}, so that they start empty. */
  public static Database fresh(Database db) {
    db.dropAll(SCHEMA);
    db.createAll(SCHEMA);
    return db;
  }

  /**
   * A table with no column definitions or indexes: the schema check is not run on these,
   * only DDL and error mapping.
   */
  private static <E> EntityTable<E> table(String name, List<EntityColumn<E, ?>> columns,
      List<TableConstraint> constraints, dev.precast.RowMapper<E> mapper, String ddl) {
    return new EntityTable<>(new TableDefinition(name, name,
        "dev.precast.it.support.HandWrittenTables." + name, List.of(), constraints, List.of(),
        Map.of(Dialect.H2, List.of(ddl), Dialect.POSTGRESQL, List.of(ddl)),
        Map.of(Dialect.H2, List.of(), Dialect.POSTGRESQL, List.of())), columns, mapper);
  }

  /** A constraint as error mapping reads it; its DDL is written out in the table's. */
  private static TableConstraint constraint(
      String name, Kind kind, String table, List<String> columns, List<String> properties) {
    return new TableConstraint(name, kind, table, columns, properties, "", null, null);
  }

  private static <E> EntityColumn<E, Object> column(String name, String property) {
    return new EntityColumn<>(name, name, property, (parameters, index, value) -> {
      throw new UnsupportedOperationException("the tests bind by hand");
    });
  }
}
