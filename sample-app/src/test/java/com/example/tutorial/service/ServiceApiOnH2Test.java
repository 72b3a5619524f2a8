package com.example.tutorial.service;

import dev.precast.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The service's API on embedded H2 in a file, as {@code serve} runs by default. */
class ServiceApiOnH2Test extends ServiceApiContract {
  @TempDir
  static Path dir;

  @Override
  Database emptyDatabase() {
    return Database.connect("jdbc:h2:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
  }
}
