package dev.precast.processor.schemacheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Flyway migrations of one folder and its subfolders (Flyway scans a location
 * recursively), in the order Flyway applies them to a fresh database, with what Flyway would
 * refuse or ignore.
 *
 * <pre>{@code
 * MigrationFolder folder = MigrationFolder.scan(Path.of("src/main/resources/db/migration"));
 * folder.scripts().forEach(script -> ...);
 * }</pre>
 *
 * @param scripts the migrations in Flyway's order: versioned ones by version, then repeatable
 *     ones by description
 * @param ignored {@code .sql} files whose names are no migration's
 * @param invalidVersions versioned names whose version is no Flyway version
 * @param duplicates pairs of versioned scripts of one version
 */
public record MigrationFolder(
    List<MigrationScript> scripts,
    List<Path> ignored,
    List<InvalidVersion> invalidVersions,
    List<Duplicate> duplicates) {

  /** A file named {@code V<version>__...} whose version is not numeric. */
  public record InvalidVersion(Path file, String versionText) {}

  /** Two scripts of the same version; {@code first} comes first in the order of paths. */
  public record Duplicate(MigrationScript first, MigrationScript second) {}

  /** Copies the lists. */
  public MigrationFolder {
    scripts = List.copyOf(scripts);
    ignored = List.copyOf(ignored);
    invalidVersions = List.copyOf(invalidVersions);
    duplicates = List.copyOf(duplicates);
  }

  /**
   * Reads the names of every file under {@code folder}; contents are read later, one script at
   * a time.
   *
   * @throws IOException when the folder cannot be listed
   */
  public static MigrationFolder scan(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<MigrationScript> scripts = new ArrayList<>();
    List<Path> ignored = new ArrayList<>();
    List<InvalidVersion> invalid = new ArrayList<>();
    for (Path file : files) {
      Optional<MigrationScript.Name> name = MigrationScript.parse(file);
      if (name.isEmpty()) {
        if (file.getFileName().toString().endsWith(".sql")) {
          ignored.add(file);
        }
      } else if (name.get() instanceof MigrationScript.Name.Valid valid) {
        scripts.add(valid.script());
      } else if (name.get() instanceof MigrationScript.Name.InvalidVersion bad) {
        invalid.add(new InvalidVersion(file, bad.versionText()));
      }
    }
    List<Duplicate> duplicates = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      for (int j = i + 1; j < scripts.size(); j++) {
        if (scripts.get(i).sameVersion(scripts.get(j))) {
          duplicates.add(new Duplicate(scripts.get(i), scripts.get(j)));
        }
      }
    }
    scripts.sort(MigrationScript.ORDER);
    return new MigrationFolder(scripts, ignored, invalid, duplicates);
  }
}
