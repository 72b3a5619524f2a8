package dev.precast.it.support;

import dev.precast.Database;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases every integration test runs on. Use with {@link OnEveryDatabase}; a test gets
 * a database with an empty schema from {@link DatabaseTest#fresh(TestDatabase)}.
 */
public enum TestDatabase {
  /** An in-memory H2 database of its own, gone when its pool closes. */
  H2 {
    @Override
    public Database connect() {
      return Database.connect("jdbc:h2:mem:precast-it-" + H2_DATABASES.incrementAndGet());
    }

    /** An in-memory database of its own, kept until the JVM ends, so that it outlives a pool. */
    @Override
    public String newUrl() {
      return "jdbc:h2:mem:precast-it-" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    public Database.Builder builder(String url) {
      return Database.builder(url);
    }

    /** Kept until the JVM ends (DB_CLOSE_DELAY=-1): without a pool no connection holds it open. */
    @Override
    public DataSource unpooled() {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:precast-it-" + H2_DATABASES.incrementAndGet()
          + ";DB_CLOSE_DELAY=-1");
      return dataSource;
    }

    /** A new in-memory database, alive while a connection to it is open. */
    @Override
    public String url() {
      return "jdbc:h2:mem:precast-it-" + H2_DATABASES.incrementAndGet();
    }

    @Override
    public String user() {
      return null;
    }
  },

  /**
   * The PostgreSQL server of {@link PostgresServer}, in a dedicated schema. Skipped (or failed,
   * when required) if the server does not answer.
   */
  POSTGRESQL {
    @Override
    public Database connect() {
      return PostgresServer.fromEnvironment().connect();
    }

    @Override
    public DataSource unpooled() {
      return PostgresServer.fromEnvironment().unpooled();
    }

    /** The test schema's URL, as {@code currentSchema}. */
    @Override
    public String url() {
      return PostgresServer.fromEnvironment().reachableUrl();
    }

    @Override
    public String user() {
      return PostgresServer.DEFAULT_USER;
    }

    /** The server's test schema again; skipped (or failed) like {@link #connect}. */
    @Override
    public String newUrl() {
      return url();
    }

    @Override
    public Database.Builder builder(String url) {
      return Database.builder(url).user(PostgresServer.DEFAULT_USER);
    }
  };

  private static final AtomicInteger H2_DATABASES = new AtomicInteger();

  /** A new pooled {@link Database}; the caller closes it. */
  public abstract Database connect();

  /**
   * A data source that opens a new connection each time, for {@link Database#of} with a
   * wrapper such as {@link StatementCounter}; its tables are not created yet.
   */
  public abstract DataSource unpooled();

  /**
   * A JDBC URL for a tool that connects by itself, such as {@code SchemaCheck}: connect to it
   * with {@link #user()} and no password. Skips or fails like {@link #connect()}.
   */
  public abstract String url();

  /** The user to connect to {@link #url()} as, or null when the URL needs none. */
  public abstract String user();

  /**
   * The URL of a database for a test that configures its own pool with {@link #builder}: a new
   * H2 database that outlives its pools, or PostgreSQL's test schema.
   */
  public abstract String newUrl();

  /** A builder for the database at {@code url}, a {@link #newUrl()}, with its user. */
  public abstract Database.Builder builder(String url);
}
