package dev.precast.it.support;

import dev.precast.Database;
import dev.precast.it.entities.PrecastSchema;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * Base of the integration tests: one pooled {@link Database} per test class and dialect
 * (opening a pool is the slow part), with every table of {@link PrecastSchema} dropped and
 * created again before each test, so that each test starts from empty tables.
 */
public abstract class DatabaseTest {
  private static final Map<TestDatabase, Database> OPEN = new EnumMap<>(TestDatabase.class);

  /** The database of this test class on {@code database}, its tables empty and new. */
  protected static Database fresh(TestDatabase database) {
    Database db = OPEN.computeIfAbsent(database, TestDatabase::connect);
    db.dropAll(PrecastSchema.INSTANCE);
    db.createAll(PrecastSchema.INSTANCE);
    return db;
  }

  @AfterAll
  static void closeDatabases() {
    OPEN.values().forEach(Database::close);
    OPEN.clear();
  }
}
