package dev.precast.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.precast.Database;
import dev.precast.bench.model.PrecastSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database of one benchmark trial: H2 in memory, or the benchmark's own PostgreSQL cluster
 * ({@code -Dbench.postgres.url}, which {@code run.sh} starts on port 55432). The schema is
 * Precast's DDL, made anew for every trial, with {@value #USERS} users and {@value #POSTS}
 * posts, all by user 1.
 */
public final class BenchDatabase {
  public static final int USERS = 1000;
  public static final int POSTS = 200;
  public static final String DEFAULT_POSTGRES_URL =
      "jdbc:postgresql://127.0.0.1:55432/bench?user=postgres";

  private BenchDatabase() {}

  /** The JDBC URL of {@code database} ({@code h2} or {@code postgresql}). */
  public static String url(String database) {
    return switch (database) {
      case "h2" -> "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
      case "postgresql" -> System.getProperty("bench.postgres.url", DEFAULT_POSTGRES_URL);
      default -> throw new IllegalArgumentException("unknown database " + database);
    };
  }

  /** One pool, configured the same for every contender. */
  public static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(2);
    config.setPoolName("bench");
    return new HikariDataSource(config);
  }

  /** Drops and creates the schema and loads the rows every benchmark reads. */
  public static void prepare(HikariDataSource pool) {
    Database db = Database.of(pool);
    db.dropAll(PrecastSchema.INSTANCE);
    db.createAll(PrecastSchema.INSTANCE);
    try (Connection connection = pool.getConnection()) {
      try (Statement statement = connection.createStatement()) {
        // Hibernate's pooled sequence (its documentation prefers it to identity, which
        // disables JDBC batching): far above the identity's ids, so they never meet.
        statement.execute("DROP SEQUENCE IF EXISTS users_hseq");
        statement.execute("CREATE SEQUENCE users_hseq START WITH 100000001 INCREMENT BY 50");
      }
      connection.setAutoCommit(false);
      try (PreparedStatement users =
          connection.prepareStatement("INSERT INTO users (name, email) VALUES (?, ?)")) {
        for (int i = 1; i <= USERS; i++) {
          users.setString(1, name(i));
          users.setString(2, email(i));
          users.addBatch();
        }
        users.executeBatch();
      }
      try (PreparedStatement posts = connection.prepareStatement(
          "INSERT INTO post (author_id, title, body, version) VALUES (?, ?, ?, 0)")) {
        for (int i = 1; i <= POSTS; i++) {
          posts.setLong(1, 1);
          posts.setString(2, "Post " + i);
          posts.setString(3, "The body of post " + i + ", a sentence or two of text.");
          posts.addBatch();
        }
        posts.executeBatch();
      }
      connection.commit();
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("ANALYZE");
      } catch (SQLException e) {
        // H2 has no plain ANALYZE in every mode; it needs none for these sizes.
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot load the benchmark's rows", e);
    }
  }

  /** Deletes the users the insert benchmarks added, so that tables stay the same size. */
  public static void deleteInserted(HikariDataSource pool) {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM users WHERE id > " + USERS);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot delete the inserted users", e);
    }
  }

  public static String name(int i) {
    return "user " + i;
  }

  public static String email(int i) {
    return "user" + i + "@example.com";
  }
}
