package dev.precast.processor.schemacheck;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The processor options that turn the build-time schema check on, as javac passes them
 * ({@code -Akey=value}).
 *
 * <pre>{@code
 * SchemaCheckOptions options = SchemaCheckOptions.read(processingEnv.getOptions());
 * }</pre>
 *
 * @param migrations {@code precast.migrations}: the folder of Flyway scripts as given, or null
 * @param url {@code precast.schemaCheck.url}: the JDBC URL of a live database, or null
 * @param required {@code precast.schemaCheck.required}: whether an unreachable database fails
 *     the build instead of warning
 * @param invalidRequired the value of {@code precast.schemaCheck.required} when it is neither
 *     {@code true} nor {@code false}, else null
 */
public record SchemaCheckOptions(
    String migrations, String url, boolean required, String invalidRequired) {
  /** The folder of Flyway migrations to check the entities against. */
  public static final String MIGRATIONS = "precast.migrations";
  /** The JDBC URL of a database to check the entities against. */
  public static final String URL = "precast.schemaCheck.url";
  /** {@code true}: an unreachable database is an error, not a warning. */
  public static final String REQUIRED = "precast.schemaCheck.required";
  /** Every option the check reads, for {@code getSupportedOptions}. */
  public static final Set<String> NAMES = Set.of(MIGRATIONS, URL, REQUIRED);

  /** The options among javac's; blank values count as absent. */
  public static SchemaCheckOptions read(Map<String, String> options) {
    String required = blankToNull(options.get(REQUIRED));
    String normalized = required == null ? "false" : required.toLowerCase(Locale.ROOT);
    boolean valid = normalized.equals("true") || normalized.equals("false");
    return new SchemaCheckOptions(blankToNull(options.get(MIGRATIONS)),
        blankToNull(options.get(URL)), normalized.equals("true"), valid ? null : required);
  }

  /** Whether any check was asked for. */
  public boolean any() {
    return migrations != null || url != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
