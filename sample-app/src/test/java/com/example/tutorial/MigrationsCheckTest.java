package com.example.tutorial;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.precast.processor.PrecastProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's build checks its entities against the migrations Flyway runs; this compiles
 * the sample's entities as that build does, against its migrations and against a copy that
 * drifted, and shows the error a user would see.
 */
class MigrationsCheckTest {
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path SOURCES = Path.of("src/main/java/com/example/tutorial");

  @Test
  void theSamplesMigrationsMatchItsEntities() throws IOException {
    Compilation compilation = compileAgainst(MIGRATIONS);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aMigrationThatDroppedTheUniqueEmailFailsTheBuildOnTheFieldWithTheFix(@TempDir Path dir)
      throws IOException {
    for (String migration : List.of("V1__create_users.sql", "V2__posts_and_user_versions.sql")) {
      Files.copy(MIGRATIONS.resolve(migration), dir.resolve(migration));
    }
    Files.writeString(dir.resolve("V3__relax_email.sql"),
        "ALTER TABLE users DROP CONSTRAINT uq_users_email;\n"
            + "ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(100);\n");

    Compilation compilation = compileAgainst(dir);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    JavaFileObject user = source("User");
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-801] migrations do not match User: unique constraint"
            + " uq_users_email on (email) is missing, so duplicates are not rejected; fix:"
            + " ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)")
        .inFile(user)
        .onLineContaining("private String email;");
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-801] migrations do not match User: column name is"
            + " character varying(100), but field name maps to VARCHAR(255); fix: ALTER TABLE"
            + " users ALTER COLUMN name SET DATA TYPE VARCHAR(255)")
        .inFile(user)
        .onLineContaining("private String name;");
  }

  private static Compilation compileAgainst(Path migrations) throws IOException {
    return javac()
        .withProcessors(new PrecastProcessor())
        .withOptions("-Aprecast.migrations=" + migrations.toAbsolutePath(), "-Xlint:-processing")
        .compile(source("User"), source("Post"), source("PostCounters"));
  }

  private static JavaFileObject source(String name) throws IOException {
    return JavaFileObjects.forSourceString("com.example.tutorial." + name,
        Files.readString(SOURCES.resolve(name + ".java")));
  }
}
