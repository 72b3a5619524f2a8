package dev.precast.it.support;

import dev.precast.Database;
import java.util.concurrent.atomic.AtomicInteger;

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
  };

  private static final AtomicInteger H2_DATABASES = new AtomicInteger();

  /** A new pooled {@link Database}; the caller closes it. */
  public abstract Database connect();
}
