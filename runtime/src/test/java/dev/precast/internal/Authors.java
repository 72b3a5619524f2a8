package dev.precast.internal;

import dev.precast.Dialect;
import dev.precast.EntityColumn;
import dev.precast.EntityTable;
import dev.precast.TableConstraint;
import dev.precast.TableConstraint.Kind;
import java.util.List;
import java.util.Map;

/**
 * Hand-written tables with what the processor cannot generate yet, a foreign key and checks,
 * described as the processor will: the parent {@code author} lists the foreign key of {@code
 * post} that references it.
 */
final class Authors {
  record Author(long id, String email, Integer age) {}

  record Post(long id, long authorId, String title) {}

  static final String AUTHOR_DDL = "CREATE TABLE IF NOT EXISTS author (id BIGINT NOT NULL,"
      + " email VARCHAR(20), age INTEGER, \"Pen Name\" VARCHAR(5),"
      + " CONSTRAINT pk_author PRIMARY KEY (id), CONSTRAINT uq_author_email UNIQUE (email),"
      + " CONSTRAINT ck_author_age CHECK (age >= 0))";
  static final String POST_DDL = "CREATE TABLE IF NOT EXISTS post (id BIGINT NOT NULL,"
      + " author_id BIGINT NOT NULL, title VARCHAR(50), CONSTRAINT pk_post PRIMARY KEY (id),"
      + " CONSTRAINT fk_post_author_id FOREIGN KEY (author_id) REFERENCES author (id),"
      + " CONSTRAINT ck_post_1 CHECK (title <> ''))";

  private static final Map<Dialect, List<String>> NO_DDL =
      Map.of(Dialect.H2, List.of(), Dialect.POSTGRESQL, List.of());

  static final TableConstraint FK_POST_AUTHOR_ID = constraint(
      "fk_post_author_id", Kind.FOREIGN_KEY, "post", List.of("author_id"), List.of("authorId"));

  static final EntityTable<Author> AUTHOR = table("author", "Author",
      List.<EntityColumn<Author, ?>>of(
          column("id", "id"), column("email", "email"), column("age", "age"),
          new EntityColumn<>("Pen Name", "\"Pen Name\"", "penName", Parameters::setString)),
      List.of(
          constraint(
              "pk_author", Kind.PRIMARY_KEY, "author", List.of("id"), List.of("id")),
          constraint(
              "uq_author_email", Kind.UNIQUE, "author", List.of("email"), List.of("email")),
          constraint(
              "ck_author_age", Kind.CHECK, "author", List.of("age"), List.of("age")),
          FK_POST_AUTHOR_ID),
      row -> new Author(row.getLong(1), row.getString(2), Rows.getIntOrNull(row, 3)), AUTHOR_DDL);

  static final EntityTable<Post> POST = table("post", "Post",
      List.<EntityColumn<Post, ?>>of(
          column("id", "id"), column("author_id", "authorId"), column("title", "title")),
      List.of(
          constraint("pk_post", Kind.PRIMARY_KEY, "post", List.of("id"), List.of("id")),
          FK_POST_AUTHOR_ID,
          constraint("ck_post_1", Kind.CHECK, "post", List.of(), List.of())),
      row -> new Post(row.getLong(1), row.getLong(2), row.getString(3)), POST_DDL);

  /** The parent without the foreign keys that reference it, as generated before they were. */
  static final EntityTable<Author> AUTHOR_ALONE = table("author", "Author",
      AUTHOR.columns(), AUTHOR.constraints().subList(0, 3), AUTHOR.mapper(), AUTHOR_DDL);

  private Authors() {}

  /** A table without column definitions or indexes: these tests map errors, not schemas. */
  private static <E> EntityTable<E> table(String name, String entity,
      List<EntityColumn<E, ?>> columns, List<TableConstraint> constraints,
      dev.precast.RowMapper<E> mapper, String ddl) {
    return new EntityTable<>(new TableDefinition(name, name, entity, List.of(), constraints,
        List.of(), Map.of(Dialect.H2, List.of(ddl), Dialect.POSTGRESQL, List.of(ddl)), NO_DDL),
        columns, mapper);
  }

  private static TableConstraint constraint(
      String name, Kind kind, String table, List<String> columns, List<String> properties) {
    return new TableConstraint(name, kind, table, columns, properties, "", null, null);
  }

  private static <E> EntityColumn<E, Object> column(String name, String property) {
    return new EntityColumn<>(name, name, property, (parameters, index, value) -> {
      throw new UnsupportedOperationException("bound by hand in these tests");
    });
  }
}
