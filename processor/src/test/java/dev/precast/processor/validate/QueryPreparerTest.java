package dev.precast.processor.validate;

import static dev.precast.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.processor.SchemaModels;
import dev.precast.processor.model.SchemaModel;
import dev.precast.processor.validate.QueryPreparer.Prepared;
import dev.precast.processor.validate.QueryPreparer.Prepared.Failure;
import dev.precast.processor.validate.QueryPreparer.Prepared.Query;
import dev.precast.processor.validate.QueryPreparer.Prepared.Update;
import dev.precast.processor.validate.QueryPreparer.ResultColumn;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @Query} SQL prepared, never run, against the entities' schema in H2's PostgreSQL mode:
 * the columns of a query's rows, an update's parameters, and H2's own words for what is wrong.
 */
class QueryPreparerTest {
  private static SchemaModel schema;

  private final QueryPreparer preparer = new QueryPreparer(schema);

  @BeforeAll
  static void compileEntities() {
    schema = SchemaModels.of(
        source("com.example.User", """
            package com.example;

            import dev.precast.annotations.*;

            @Table(name = "users")
            public class User {
              @Id Long id;
              @Unique @Column(length = 255, nullable = false) String email;
              String name;
              int age;
              java.time.Instant createdAt;
            }
            """),
        source("com.example.Post", """
            package com.example;

            import dev.precast.annotations.*;

            @Table
            public class Post {
              @Id Long id;
              @References(User.class) long authorId;
              @Column(length = 80, nullable = false) String title;
            }
            """),
        source("com.example.Account", """
            package com.example;

            import dev.precast.annotations.*;

            @Table(name = "user")
            public class Account {
              @Id Long id;
              int order;
              String group;
            }
            """));
  }

  @AfterEach
  void close() {
    preparer.close();
  }

  private Query query(String sql) {
    Prepared prepared = preparer.prepare(sql);
    assertThat(prepared).as(sql).isInstanceOf(Query.class);
    return (Query) prepared;
  }

  private String failure(String sql) {
    Prepared prepared = preparer.prepare(sql);
    assertThat(prepared).as(sql).isInstanceOf(Failure.class);
    return ((Failure) prepared).message();
  }

  private static List<String> labels(Query query) {
    return query.columns().stream().map(ResultColumn::label).toList();
  }

  @Test
  void aSelectReportsEachColumnsLabelTypeAndNullability() {
    Query query = query("SELECT id, email, name, age, created_at FROM users WHERE id = ?");

    assertThat(query.columns()).containsExactly(
        new ResultColumn("id", Types.BIGINT, "BIGINT", false),
        new ResultColumn("email", Types.VARCHAR, "CHARACTER VARYING", false),
        new ResultColumn("name", Types.VARCHAR, "CHARACTER VARYING", true),
        new ResultColumn("age", Types.INTEGER, "INTEGER", false),
        new ResultColumn("created_at", Types.TIMESTAMP_WITH_TIMEZONE,
            "TIMESTAMP WITH TIME ZONE", true));
    assertThat(query.parameterCount()).isOne();
  }

  @Test
  void selectStarIsEveryColumnInTableOrder() {
    assertThat(labels(query("SELECT * FROM users")))
        .containsExactly("id", "email", "name", "age", "created_at");
  }

  @Test
  void anAliasIsTheLabel() {
    assertThat(labels(query(
        "SELECT email AS mail, u.name \"Display Name\", age + 1 AS next FROM users u")))
        .containsExactly("mail", "Display Name", "next");
  }

  @Test
  void anAggregateHasH2sLabelUnlessAliasedAndMayBeNull() {
    Query count = query("SELECT count(*) FROM users");
    Query named = query("SELECT count(*) AS n FROM users WHERE age > ?");

    assertThat(count.columns())
        .containsExactly(new ResultColumn("?column?", Types.BIGINT, "BIGINT", true));
    assertThat(named.columns())
        .containsExactly(new ResultColumn("n", Types.BIGINT, "BIGINT", true));
    assertThat(named.parameterCount()).isOne();
  }

  @Test
  void everyColumnOfAnOuterJoinMayBeNull() {
    // H2 says p.title is NOT NULL, though a user without posts has none.
    Query left = query("SELECT u.email, p.title FROM users u LEFT JOIN post p ON p.author_id = u.id");
    Query inner = query("SELECT u.email, p.title FROM users u JOIN post p ON p.author_id = u.id");

    assertThat(left.columns()).extracting(ResultColumn::nullable).containsExactly(true, true);
    assertThat(inner.columns()).extracting(ResultColumn::nullable).containsExactly(false, false);
    // A function named left is no join.
    assertThat(query("SELECT left(email, 3) AS l, email FROM users").columns())
        .extracting(ResultColumn::nullable).containsExactly(true, false);
  }

  @Test
  void insertUpdateDeleteAndMergeAreUpdatesWithTheirParameterCounts() {
    assertThat(preparer.prepare("UPDATE users SET name = ? WHERE email = ?"))
        .isEqualTo(new Update(2));
    assertThat(preparer.prepare("INSERT INTO users (email, name, age) VALUES (?, ?, ?)"))
        .isEqualTo(new Update(3));
    assertThat(preparer.prepare("DELETE FROM users WHERE id = ?")).isEqualTo(new Update(1));
    assertThat(preparer.prepare("DELETE FROM post")).isEqualTo(new Update(0));
    assertThat(preparer.prepare("MERGE INTO users AS t USING (VALUES (?, ?)) AS s (email, name)"
        + " ON t.email = s.email WHEN MATCHED THEN UPDATE SET name = s.name"))
        .isEqualTo(new Update(2));
  }

  @Test
  void parametersAreCountedWhereverTheyStand() {
    assertThat(query("SELECT * FROM users WHERE id IN (?, ?, ?) AND email LIKE ?"
        + " ORDER BY id LIMIT ? OFFSET ?").parameterCount()).isEqualTo(6);
    assertThat(query("SELECT * FROM users WHERE email = '?' -- ?").parameterCount()).isZero();
  }

  @Test
  void anUnknownTableOrColumnIsH2sMessage() {
    assertThat(failure("SELECT * FROM userz")).isEqualTo("Table \"userz\" not found");
    assertThat(failure("SELECT nope FROM users WHERE id = ?"))
        .isEqualTo("Column \"nope\" not found");
    assertThat(failure("UPDATE users SET nope = ?")).isEqualTo("Column \"nope\" not found");
  }

  @Test
  void aSyntaxErrorShowsWhereH2StoppedReading() {
    assertThat(failure("SELECT * FROM users WHERE"))
        .startsWith("Syntax error in SQL statement \"SELECT * FROM users WHERE[*]\"")
        .doesNotContain("SQL statement:").doesNotContainPattern("\\[\\d+-\\d+]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CREATE TABLE t (x INT)", "DROP TABLE users", "drop table users",
      "ALTER TABLE users ADD COLUMN z INT", "TRUNCATE TABLE users",
      "COMMENT ON TABLE users IS 'x'", "GRANT SELECT ON users TO PUBLIC",
      "-- a comment first\n(CREATE INDEX ix ON users (name))"})
  void ddlIsRefusedUnprepared(String ddl) {
    assertThat(failure(ddl))
        .startsWith("@Query runs a query or an INSERT, UPDATE, DELETE or MERGE, not DDL (");
    // Nothing ran: the schema is as the entities declare it.
    assertThat(labels(query("SELECT * FROM users")))
        .containsExactly("id", "email", "name", "age", "created_at");
    assertThat(query("SELECT * FROM post").columns()).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMMIT", "SET search_path TO x", "CALL f()", "EXPLAIN SELECT 1",
      "SHOW TABLES", "{call f()}", "SELEC * FROM users", "? = 1"})
  void whatIsNoQueryAndNoUpdateIsRefused(String sql) {
    assertThat(failure(sql))
        .startsWith("@Query runs a query or an INSERT, UPDATE, DELETE or MERGE, but this SQL"
            + " starts with ");
  }

  @Test
  void theRefusalNamesTheFirstWord() {
    assertThat(failure("  /* why */ commit")).endsWith("starts with COMMIT");
    assertThat(failure("DROP TABLE users")).contains("not DDL (DROP)");
  }

  @Test
  void emptySqlIsRefused() {
    assertThat(failure("  -- nothing\n")).endsWith("but the SQL is empty");
  }

  @Test
  void aSecondStatementIsRefusedUnprepared() {
    assertThat(failure("SELECT * FROM users; DROP TABLE users"))
        .isEqualTo("@Query runs one statement, but another follows the ;: DROP TABLE users");
    assertThat(failure("DELETE FROM post;\n\nDELETE FROM users WHERE id IN (SELECT id FROM users)"))
        .endsWith("another follows the ;: DELETE FROM users WHERE id IN (SELECT...");
    assertThat(query("SELECT * FROM users").columns()).hasSize(5);
  }

  @Test
  void aSemicolonInTextOrATrailingOneIsNoSecondStatement() {
    assertThat(query("SELECT ';' AS s, \"name\" FROM users WHERE email <> ';'").columns())
        .hasSize(2);
    assertThat(query("SELECT * FROM users;").columns()).hasSize(5);
    assertThat(query("SELECT * FROM users; -- the end\n").columns()).hasSize(5);
  }

  @Test
  void reservedWordsAreQuotedNamesAsTheDdlWroteThem() {
    assertThat(labels(query("SELECT \"order\", \"group\" FROM \"user\" WHERE id = ?")))
        .containsExactly("order", "group");
    assertThat(failure("SELECT * FROM user"))
        .startsWith("Syntax error in SQL statement \"SELECT * FROM [*]user\"");
  }

  @Test
  void unquotedNamesFoldToLowerCaseAsInPostgreSql() {
    assertThat(labels(query("SELECT ID, Email FROM USERS"))).containsExactly("id", "email");
    assertThat(failure("SELECT * FROM \"USERS\""))
        .isEqualTo("Table \"USERS\" not found (candidates are: \"users\")");
  }

  @Test
  void otherQueryFormsAreQueries() {
    assertThat(labels(query("WITH a AS (SELECT id FROM users) SELECT * FROM a")))
        .containsExactly("id");
    assertThat(labels(query("(SELECT id FROM users) UNION (SELECT id FROM post)")))
        .containsExactly("id");
    assertThat(labels(query("TABLE post"))).containsExactly("id", "author_id", "title");
    assertThat(query("VALUES (1, 'a')").columns()).hasSize(2);
  }

  /**
   * What H2 2.5 in PostgreSQL mode prepares of PostgreSQL's own syntax: H2 checks the SQL, so
   * what it rejects is rejected even where PostgreSQL would run it.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM users WHERE name ILIKE ?",
      "SELECT * FROM users WHERE name ~ ?",
      "SELECT * FROM users WHERE name ~* ?",
      "SELECT * FROM users WHERE name !~ ?",
      "SELECT created_at::date AS created_on FROM users",
      "SELECT * FROM users WHERE created_at > ?::timestamp",
      "SELECT * FROM users ORDER BY id LIMIT ? OFFSET ?",
      "SELECT * FROM users OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
      "SELECT DISTINCT ON (email) email FROM users",
      "SELECT * FROM users ORDER BY name NULLS LAST",
      "SELECT * FROM users WHERE id = ANY(?)",
      "SELECT * FROM users WHERE email IS DISTINCT FROM ?",
      "SELECT date_trunc('day', created_at) AS created_on FROM users",
      "SELECT extract(year FROM created_at) AS created_in FROM users",
      "SELECT string_agg(email, ',') AS emails FROM users",
      "SELECT array_agg(id) AS ids FROM users",
      "SELECT id, row_number() OVER (ORDER BY id) AS n FROM users",
      "SELECT email || ' ' || name AS line FROM users",
      "SELECT $$a:b$$ AS text",
      "SELECT * FROM users FOR UPDATE",
      "UPDATE users SET name = ? FROM post p WHERE p.author_id = users.id"})
  void postgreSqlSyntaxH2Accepts(String sql) {
    assertThat(preparer.prepare(sql)).as(sql).isNotInstanceOf(Failure.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT INTO users (email) VALUES (?) RETURNING id",
      "UPDATE users SET name = ? RETURNING *",
      "DELETE FROM users WHERE id = ? RETURNING id",
      "INSERT INTO users (email) VALUES (?) ON CONFLICT (email) DO NOTHING",
      "INSERT INTO users (email) VALUES (?) ON CONFLICT (email) DO UPDATE SET name = ?",
      "WITH a AS (SELECT id FROM users) DELETE FROM post WHERE author_id IN (SELECT id FROM a)",
      "DELETE FROM post USING users u WHERE post.author_id = u.id",
      "SELECT u.email FROM users u FULL JOIN post p ON p.author_id = u.id",
      "SELECT * FROM users WHERE name SIMILAR TO ?",
      "SELECT * FROM users WHERE name ~~ ?",
      "SELECT * FROM users WHERE id = ANY(?::bigint[])",
      "SELECT * FROM users LIMIT ALL",
      "SELECT E'it\\'s' AS text",
      "SELECT generate_series(1, 3)",
      "SELECT * INTO copy FROM users",
      "SELECT ?",
      // Words H2 reserves and PostgreSQL does not: quote them ("day") to run on both.
      "SELECT created_at::date AS day FROM users",
      "SELECT extract(year FROM created_at) AS year FROM users"})
  void postgreSqlSyntaxH2Rejects(String sql) {
    assertThat(preparer.prepare(sql)).as(sql).isInstanceOf(Failure.class);
  }

  @Test
  void preparesInSequenceDoNotAffectEachOther() {
    assertThat(failure("SELECT * FROM userz")).contains("not found");
    assertThat(query("SELECT * FROM users").columns()).hasSize(5);
    assertThat(preparer.prepare("INSERT INTO post (author_id, title) VALUES (?, ?)"))
        .isEqualTo(new Update(2));
    assertThat(failure("ALTER TABLE users ADD COLUMN extra INT")).contains("not DDL");
    assertThat(failure("SELECT extra FROM users")).isEqualTo("Column \"extra\" not found");
    assertThat(failure("SELECT 1; CREATE TABLE extra (x INT)")).contains("one statement");
    assertThat(failure("SELECT * FROM extra")).isEqualTo("Table \"extra\" not found");
    assertThat(query("SELECT id FROM users WHERE email = ?").parameterCount()).isOne();
  }

  @Test
  void aClosedPreparerFailsWithoutThrowing() {
    assertThat(query("SELECT 1 AS one").columns()).hasSize(1);
    preparer.close();
    preparer.close();

    assertThat(failure("SELECT 1 AS one")).contains("closed");
  }

  @Test
  void aPreparerClosedUnusedOpensNothing() {
    preparer.close();

    assertThat(failure("SELECT * FROM users")).contains("closed");
  }

  @Test
  void aSchemaH2CannotBuildIsAFailureOfEveryQuery() {
    try (QueryPreparer broken = new QueryPreparer(
        () -> List.of("CREATE TABLE ok (id INT)", "CREATE TABLE bad (id NO_SUCH_TYPE)"))) {
      Prepared first = broken.prepare("SELECT * FROM ok");
      Prepared second = broken.prepare("SELECT * FROM ok");

      assertThat(first).isInstanceOf(Failure.class);
      assertThat(((Failure) first).message()).isEqualTo("the SQL could not be checked: the"
          + " entities' schema could not be built in H2: Unknown data type: \"NO_SUCH_TYPE\""
          + " (in CREATE TABLE bad (id NO_SUCH_TYPE))");
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void aSchemaThatCannotEvenBeWrittenIsAFailureToo() {
    try (QueryPreparer broken = new QueryPreparer(() -> {
      throw new IllegalStateException("no script");
    })) {
      assertThat(broken.prepare("SELECT 1")).isEqualTo(new Failure("the SQL could not be"
          + " checked: the entities' schema could not be built in H2:"
          + " java.lang.IllegalStateException: no script"));
    }
  }

  @Test
  void nullSqlIsAFailure() {
    assertThat(preparer.prepare(null)).isInstanceOf(Failure.class);
  }
}
