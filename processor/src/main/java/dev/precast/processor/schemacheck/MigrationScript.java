package dev.precast.processor.schemacheck;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Flyway SQL migration found in the migrations folder: {@code V<version>__<description>.sql}
 * (versioned) or {@code R__<description>.sql} (repeatable).
 *
 * <pre>{@code
 * MigrationScript.Name name = MigrationScript.parse("V1_1__add_email.sql").orElseThrow();
 * }</pre>
 *
 * @param path the file
 * @param version the version's numbers as Flyway compares them, trailing zeros removed
 *     ({@code V1_1} and {@code V1.1} are [1, 1], {@code V2.0} is [2]); empty for a repeatable
 *     script
 * @param versionText the version as written, e.g. {@code 1_1}; empty for a repeatable script
 * @param description the description, e.g. {@code add_email}
 */
public record MigrationScript(
    Path path, List<BigInteger> version, String versionText, String description) {

  private static final Pattern VERSIONED = Pattern.compile("V(.+?)__(.*)\\.sql");
  private static final Pattern REPEATABLE = Pattern.compile("R__(.*)\\.sql");
  private static final Pattern VERSION = Pattern.compile("\\d+([._]\\d+)*");

  /**
   * Flyway's order on a fresh database: every versioned script by version, then every
   * repeatable one by description.
   */
  public static final Comparator<MigrationScript> ORDER = Comparator
      .comparing(MigrationScript::isRepeatable)
      .thenComparing(MigrationScript::version, MigrationScript::compareVersions)
      .thenComparing(MigrationScript::description)
      .thenComparing(MigrationScript::path);

  /** Copies the version. */
  public MigrationScript {
    version = List.copyOf(version);
  }

  /** Whether this is an {@code R__} script, run after every versioned one. */
  public boolean isRepeatable() {
    return versionText.isEmpty();
  }

  /** Whether {@code other} has the same version, which Flyway rejects. */
  public boolean sameVersion(MigrationScript other) {
    return !isRepeatable() && !other.isRepeatable()
        && compareVersions(version, other.version) == 0;
  }

  /**
   * What a file name says, as Flyway reads it with its default settings (prefixes {@code V}
   * and {@code R}, separator {@code __}, suffix {@code .sql}, all case-sensitive).
   */
  public sealed interface Name {
    /** A migration. */
    record Valid(MigrationScript script) implements Name {}

    /** {@code V<version>__...sql} whose version is not numbers separated by dots or underscores. */
    record InvalidVersion(String versionText) implements Name {}
  }

  /**
   * Reads the name of {@code file}; empty when it is no migration's name, which Flyway ignores.
   */
  public static Optional<Name> parse(Path file) {
    String name = file.getFileName().toString();
    Matcher repeatable = REPEATABLE.matcher(name);
    if (repeatable.matches()) {
      return Optional.of(new Name.Valid(
          new MigrationScript(file, List.of(), "", repeatable.group(1))));
    }
    Matcher versioned = VERSIONED.matcher(name);
    if (!versioned.matches()) {
      return Optional.empty();
    }
    String versionText = versioned.group(1);
    if (!VERSION.matcher(versionText).matches()) {
      return Optional.of(new Name.InvalidVersion(versionText));
    }
    return Optional.of(new Name.Valid(new MigrationScript(
        file, versionParts(versionText), versionText, versioned.group(2))));
  }

  /** {@code 1_01.0} → [1, 1]: Flyway reads {@code _} as {@code .} and drops trailing zeros. */
  static List<BigInteger> versionParts(String versionText) {
    List<BigInteger> parts = new ArrayList<>();
    for (String part : versionText.split("[._]")) {
      parts.add(new BigInteger(part));
    }
    while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
      parts.remove(parts.size() - 1);
    }
    return parts;
  }

  /** Numerically, part by part, a missing part counting as zero: 2 &lt; 10, 1.1 &lt; 1.10. */
  static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      int compared = (i < a.size() ? a.get(i) : BigInteger.ZERO)
          .compareTo(i < b.size() ? b.get(i) : BigInteger.ZERO);
      if (compared != 0) {
        return compared;
      }
    }
    return 0;
  }
}
