package dev.precast.processor.validate;

import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.generate.SchemaWriter;
import dev.precast.processor.jdbc.Drivers;
import dev.precast.processor.jdbc.ScratchH2;
import dev.precast.processor.model.SchemaModel;
import dev.precast.processor.parse.SqlLexer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Prepares the SQL of a {@code @Query} at compile time against the schema of the compilation's
 * entities, built in an in-memory H2 database in PostgreSQL mode ({@link ScratchH2}): what H2
 * cannot prepare (an unknown table or column, a syntax error) comes back as H2's message, and
 * what it can, as the columns of its rows or as an update, with its number of parameters.
 *
 * <p>The SQL checked is never executed, only prepared, so no check changes what the next one
 * sees; only the schema's own DDL runs, once. SQL that is no query and no {@code INSERT},
 * {@code UPDATE}, {@code DELETE} or {@code MERGE} (DDL, {@code SET}, {@code COMMIT}, {@code
 * CALL}, ...) and SQL of more than one statement are refused before H2 sees them. The database
 * is created on the first {@link #prepare} and dropped by {@link #close()}, which also lets go
 * of H2's driver (see {@link Drivers}). It never throws: every problem is a {@link
 * Prepared.Failure}.
 *
 * <pre>{@code
 * try (QueryPreparer preparer = new QueryPreparer(schema)) {
 *   Prepared prepared = preparer.prepare(NamedSql.parse(query).jdbcSql());
 * }
 * }</pre>
 */
public final class QueryPreparer implements AutoCloseable {
  private static final Set<String> QUERIES = Set.of("SELECT", "WITH", "VALUES", "TABLE");
  private static final Set<String> UPDATES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");
  private static final Set<String> DDL = Set.of("CREATE", "DROP", "ALTER", "TRUNCATE", "COMMENT",
      "GRANT", "REVOKE");
  private static final Set<String> OUTER_JOINS = Set.of("LEFT", "RIGHT", "FULL");
  private static final String WHAT_RUNS = "@Query runs a query or an INSERT, UPDATE, DELETE or"
      + " MERGE";
  private static final int SHOWN_REST = 40;
  private static final int SHOWN_DDL = 100;

  private final Supplier<List<String>> schema;
  private Connection connection;
  private Drivers.Registrations registrations;
  /** Why no statement can be prepared any more: the schema failed, or this preparer closed. */
  private Prepared.Failure unusable;

  /** A preparer for queries on the tables of {@code schema}, as the H2 script creates them. */
  public QueryPreparer(SchemaModel schema) {
    this(() -> new SchemaWriter(schema).statements(SqlDialect.H2));
  }

  /** A preparer for queries on the tables these statements create. */
  QueryPreparer(Supplier<List<String>> schemaStatements) {
    this.schema = schemaStatements;
  }

  /** What preparing a statement found. */
  public sealed interface Prepared {
    /**
     * The statement cannot run.
     *
     * @param message why, in H2's words where H2 found it (e.g. {@code Table "userz" not
     *     found}), without the statement it repeats or its error code
     */
    record Failure(String message) implements Prepared {}

    /**
     * A statement that returns rows.
     *
     * @param columns the columns of its rows, in order
     * @param parameterCount how many {@code ?} it has
     */
    record Query(List<ResultColumn> columns, int parameterCount) implements Prepared {
      /** Copies the list. */
      public Query {
        columns = List.copyOf(columns);
      }
    }

    /**
     * An {@code INSERT}, {@code UPDATE}, {@code DELETE} or {@code MERGE}.
     *
     * @param parameterCount how many {@code ?} it has
     */
    record Update(int parameterCount) implements Prepared {}
  }

  /**
   * A column of a query's rows.
   *
   * @param label its label as the result reports it: the alias, or else the column's name, in
   *     lower case unless quoted otherwise; H2 labels an expression without alias {@code
   *     ?column?} (PostgreSQL would say {@code count} for {@code count(*)})
   * @param jdbcType its type, a {@link java.sql.Types} constant
   * @param typeName its type as H2 names it, e.g. {@code CHARACTER VARYING}
   * @param nullable false only when H2 knows it is never null (a {@code NOT NULL} column read
   *     directly); an expression's is unknown, so true, and so is every column of a query with
   *     an outer join, whose {@code NOT NULL} columns H2 reports as never null even on the side
   *     that may have no row
   */
  public record ResultColumn(String label, int jdbcType, String typeName, boolean nullable) {}

  /**
   * Prepares {@code jdbcSql}, one statement with {@code ?} markers, without running it.
   * A trailing {@code ;} is allowed.
   */
  public Prepared prepare(String jdbcSql) {
    try {
      Prepared.Failure refused = refusal(jdbcSql);
      if (refused != null) {
        return refused;
      }
      Connection h2 = connection();
      if (h2 == null) {
        return unusable;
      }
      try (PreparedStatement statement = h2.prepareStatement(jdbcSql)) {
        int parameters = statement.getParameterMetaData().getParameterCount();
        // H2 has no result metadata for what returns no rows.
        ResultSetMetaData metaData = statement.getMetaData();
        if (metaData == null) {
          return new Prepared.Update(parameters);
        }
        boolean outerJoin = hasOuterJoin(jdbcSql);
        List<ResultColumn> columns = new ArrayList<>();
        for (int i = 1; i <= metaData.getColumnCount(); i++) {
          columns.add(new ResultColumn(metaData.getColumnLabel(i), metaData.getColumnType(i),
              metaData.getColumnTypeName(i),
              outerJoin || metaData.isNullable(i) != ResultSetMetaData.columnNoNulls));
        }
        return new Prepared.Query(columns, parameters);
      }
    } catch (SQLException e) {
      return new Prepared.Failure(ScratchH2.message(e));
    } catch (RuntimeException e) {
      return new Prepared.Failure("the SQL could not be checked: " + e);
    } catch (LinkageError e) {
      return new Prepared.Failure("the SQL could not be checked: H2, which checks it during"
          + " compilation, could not be loaded from the annotation processor path: " + e);
    }
  }

  /**
   * Why {@code sql} is not even handed to H2: it is empty, it is no query and no update, or
   * another statement follows the first; null when it may be prepared.
   */
  private static Prepared.Failure refusal(String sql) {
    List<SqlLexer.Token> tokens = SqlLexer.tokens(sql);
    SqlLexer.Token first = null;
    for (SqlLexer.Token token : tokens) {
      if (!token.isBlank() && !token.isSymbol(sql, '(')) {
        first = token;
        break;
      }
    }
    if (first == null) {
      return new Prepared.Failure(WHAT_RUNS + ", but the SQL is empty");
    }
    String word = first.kind() == SqlLexer.Kind.WORD
        ? first.text(sql).toUpperCase(Locale.ROOT) : first.text(sql);
    if (DDL.contains(word)) {
      return new Prepared.Failure(WHAT_RUNS + ", not DDL (" + word + "): the entities declare"
          + " the schema");
    }
    if (!QUERIES.contains(word) && !UPDATES.contains(word)) {
      return new Prepared.Failure(WHAT_RUNS + ", but this SQL starts with " + word);
    }
    boolean ended = false;
    for (SqlLexer.Token token : tokens) {
      if (token.isSymbol(sql, ';')) {
        ended = true;
      } else if (ended && !token.isBlank()) {
        return new Prepared.Failure("@Query runs one statement, but another follows the ;: "
            + ScratchH2.shorten(sql.substring(token.start()), SHOWN_REST));
      }
    }
    return null;
  }

  /**
   * Whether {@code sql} has a {@code LEFT}, {@code RIGHT} or {@code FULL} join: H2 reports a
   * {@code NOT NULL} column of the side that may have no row as never null, so no column of such
   * a query is taken to be.
   */
  private static boolean hasOuterJoin(String sql) {
    String previous = "";
    for (SqlLexer.Token token : SqlLexer.tokens(sql)) {
      if (token.isBlank()) {
        continue;
      }
      String word = token.kind() == SqlLexer.Kind.WORD
          ? token.text(sql).toUpperCase(Locale.ROOT) : "";
      if (OUTER_JOINS.contains(previous) && (word.equals("JOIN") || word.equals("OUTER"))) {
        return true;
      }
      previous = word;
    }
    return false;
  }

  /** The database with the schema in it, opened now if need be; null when it is unusable. */
  private Connection connection() throws SQLException {
    if (connection != null || unusable != null) {
      return connection;
    }
    if (registrations == null) {
      registrations = Drivers.track();
    }
    connection = ScratchH2.open("queries");
    String ddl = null;
    try (Statement statement = connection.createStatement()) {
      for (String each : schema.get()) {
        ddl = each;
        statement.execute(ddl);
      }
    } catch (SQLException | RuntimeException e) {
      String why = e instanceof SQLException sql ? ScratchH2.message(sql) : e.toString();
      close(new Prepared.Failure("the SQL could not be checked: the entities' schema could not"
          + " be built in H2: " + why
          + (ddl == null ? "" : " (in " + ScratchH2.shorten(ddl, SHOWN_DDL) + ")")));
      return null;
    }
    return connection;
  }

  /** Drops the database and lets go of H2's driver; then every {@link #prepare} fails. */
  @Override
  public void close() {
    if (unusable == null) {
      close(new Prepared.Failure("the SQL could not be checked: the QueryPreparer is closed"));
    }
  }

  private void close(Prepared.Failure reason) {
    unusable = reason;
    try {
      if (connection != null) {
        connection.close();
      }
    } catch (SQLException | RuntimeException e) {
      // An in-memory database: nothing is lost, and closing it again is impossible.
    } finally {
      connection = null;
      if (registrations != null) {
        registrations.close();
        registrations = null;
      }
    }
  }
}
