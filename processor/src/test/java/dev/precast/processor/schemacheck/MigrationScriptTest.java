package dev.precast.processor.schemacheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files are migrations, and in which order Flyway runs them on a fresh database. */
class MigrationScriptTest {

  private static MigrationScript script(String name) {
    return ((MigrationScript.Name.Valid) MigrationScript.parse(Path.of(name)).orElseThrow())
        .script();
  }

  @Test
  void versionsAreNumbersSeparatedByDotsOrUnderscoresWithoutTrailingZeros() {
    assertThat(script("V1_1__add_email.sql").version()).containsExactly(
        BigInteger.ONE, BigInteger.ONE);
    assertThat(script("V1.1__add_email.sql").sameVersion(script("V1_1__other.sql"))).isTrue();
    assertThat(script("V2.0__x.sql").sameVersion(script("V2__y.sql"))).isTrue();
    assertThat(script("V01__x.sql").sameVersion(script("V1__y.sql"))).isTrue();
    assertThat(script("V1_1__add_email.sql").description()).isEqualTo("add_email");
    assertThat(script("V3__a__b.sql").description()).isEqualTo("a__b");
  }

  @Test
  void namesFlywayIgnoresOrRejectsAreToldApart() {
    assertThat(MigrationScript.parse(Path.of("V1_init.sql"))).isEmpty();
    assertThat(MigrationScript.parse(Path.of("v1__lower_case.sql"))).isEmpty();
    assertThat(MigrationScript.parse(Path.of("V1__init.SQL"))).isEmpty();
    assertThat(MigrationScript.parse(Path.of("README.md"))).isEmpty();
    assertThat(MigrationScript.parse(Path.of("V1a__x.sql")).orElseThrow())
        .isEqualTo(new MigrationScript.Name.InvalidVersion("1a"));
    assertThat(script("R__views.sql").isRepeatable()).isTrue();
  }

  @Test
  void versionedScriptsRunNumericallyThenRepeatableOnesByDescription(@TempDir Path folder)
      throws IOException {
    for (String name : List.of("V10__ten.sql", "V2__two.sql", "V1_1__one_one.sql",
        "V1__one.sql", "R__b_views.sql", "R__a_functions.sql", "V1.2__one_two.sql",
        "notes.txt")) {
      Files.writeString(folder.resolve(name), "");
    }
    Files.createDirectories(folder.resolve("later"));
    Files.writeString(folder.resolve("later/V11__eleven.sql"), "");

    MigrationFolder migrations = MigrationFolder.scan(folder);

    assertThat(migrations.scripts()).extracting(s -> s.path().getFileName().toString())
        .containsExactly("V1__one.sql", "V1_1__one_one.sql", "V1.2__one_two.sql",
            "V2__two.sql", "V10__ten.sql", "V11__eleven.sql", "R__a_functions.sql",
            "R__b_views.sql");
    assertThat(migrations.ignored()).isEmpty();
    assertThat(migrations.duplicates()).isEmpty();
  }

  @Test
  void duplicateVersionsAndIgnoredSqlFilesAreFound(@TempDir Path folder) throws IOException {
    for (String name : List.of("V1_1__a.sql", "V1.1__b.sql", "V1_init.sql", "V2x__c.sql")) {
      Files.writeString(folder.resolve(name), "");
    }

    MigrationFolder migrations = MigrationFolder.scan(folder);

    assertThat(migrations.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.first().path().getFileName()).hasToString("V1.1__b.sql");
      assertThat(d.second().path().getFileName()).hasToString("V1_1__a.sql");
    });
    assertThat(migrations.ignored()).extracting(p -> p.getFileName().toString())
        .containsExactly("V1_init.sql");
    assertThat(migrations.invalidVersions()).extracting(MigrationFolder.InvalidVersion::versionText)
        .containsExactly("2x");
  }
}
