package dev.precast.internal;

import dev.precast.Database;
import dev.precast.PrecastException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code DATABASE_URL} and keeps passwords out of messages. */
public final class ConnectionUrls {
  static final String URL_VARIABLE = "DATABASE_URL";
  static final String POOL_SIZE_VARIABLE = "DATABASE_POOL_SIZE";
  static final String SLOW_STATEMENT_VARIABLE = "PRECAST_SLOW_STATEMENT_MS";
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@]*:)[^/@]*@");

  private ConnectionUrls() {}

  /**
   * Where and how to connect, as read from the environment.
   *
   * @param jdbcUrl the JDBC URL
   * @param user the user, or null
   * @param password the password, or null
   * @param maximumPoolSize the pool size, or null for the default
   * @param slowStatementThreshold the slow-statement log's threshold, or null for the default
   */
  public record Settings(String jdbcUrl, String user, String password, Integer maximumPoolSize,
      Duration slowStatementThreshold) {
    /** Settings with the default slow-statement threshold. */
    public Settings(String jdbcUrl, String user, String password, Integer maximumPoolSize) {
      this(jdbcUrl, user, password, maximumPoolSize, null);
    }

    /** A builder with these settings. */
    public Database.Builder builder() {
      Database.Builder builder = Database.builder(jdbcUrl).user(user).password(password);
      if (maximumPoolSize != null) {
        builder.maximumPoolSize(maximumPoolSize);
      }
      if (slowStatementThreshold != null) {
        builder.slowStatementThreshold(slowStatementThreshold);
      }
      return builder;
    }

    /** These settings with another slow-statement threshold. */
    Settings withSlowStatementThreshold(Duration threshold) {
      return new Settings(jdbcUrl, user, password, maximumPoolSize, threshold);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
      return "Settings[" + redact(jdbcUrl) + ", user=" + user + ", pool=" + maximumPoolSize
          + (slowStatementThreshold == null ? ""
              : ", slow=" + slowStatementThreshold.toMillis() + "ms") + "]";
    }
  }

  /** The settings the environment names. */
  public static Settings fromEnvironment(Map<String, String> environment) {
    String url = environment.get(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      throw new PrecastException(URL_VARIABLE + " is not set: set it to a JDBC URL such as "
          + "jdbc:h2:mem:app, or to postgresql://user:password@host:5432/database");
    }
    Integer maximumPoolSize = null;
    String poolSize = environment.get(POOL_SIZE_VARIABLE);
    if (poolSize != null && !poolSize.isBlank()) {
      try {
        maximumPoolSize = Integer.parseInt(poolSize.strip());
      } catch (NumberFormatException e) {
        throw new PrecastException(POOL_SIZE_VARIABLE + " must be a whole number, got \""
            + poolSize + "\"", e);
      }
    }
    Settings settings = settings(url.strip(), maximumPoolSize);
    String slow = environment.get(SLOW_STATEMENT_VARIABLE);
    if (slow == null || slow.isBlank()) {
      return settings;
    }
    long millis;
    try {
      millis = Long.parseLong(slow.strip());
    } catch (NumberFormatException e) {
      throw new PrecastException(SLOW_STATEMENT_VARIABLE + " must be a whole number of"
          + " milliseconds (0 turns the slow-statement log off), got \"" + slow + "\"", e);
    }
    if (millis < 0) {
      throw new PrecastException(SLOW_STATEMENT_VARIABLE + " must be 0 (off) or a positive"
          + " number of milliseconds, got " + millis);
    }
    return settings.withSlowStatementThreshold(Duration.ofMillis(millis));
  }

  private static Settings settings(String url, Integer maximumPoolSize) {
    if (url.startsWith("jdbc:")) {
      return new Settings(url, null, null, maximumPoolSize);
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw malformed(url, e.getReason());
    }
    String scheme = uri.getScheme();
    if (!"postgresql".equals(scheme) && !"postgres".equals(scheme)) {
      throw malformed(url, "it must start with jdbc: or postgresql://");
    }
    if (uri.getHost() == null) {
      throw malformed(url, "it names no host");
    }
    String path = uri.getRawPath();
    if (path == null || path.length() < 2) {
      throw malformed(url, "it names no database after the host");
    }
    String jdbcUrl = "jdbc:postgresql://" + uri.getHost()
        + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String userInfo = uri.getRawUserInfo();
    if (userInfo == null) {
      return new Settings(jdbcUrl, null, null, maximumPoolSize);
    }
    int colon = userInfo.indexOf(':');
    return new Settings(jdbcUrl, decode(colon < 0 ? userInfo : userInfo.substring(0, colon)),
        colon < 0 ? null : decode(userInfo.substring(colon + 1)), maximumPoolSize);
  }

  /** The URL with any password replaced by {@code ***}. */
  public static String redact(String url) {
    String withoutParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    return USER_INFO_PASSWORD.matcher(withoutParameter).replaceAll("$1***@");
  }

  /** Decodes the {@code %XX} escapes of a URL part; a {@code +} stays a plus, as in URLs. */
  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static PrecastException malformed(String url, String reason) {
    return new PrecastException(URL_VARIABLE + " is malformed (" + reason + "): \""
        + redact(url) + "\"; expected a JDBC URL or postgresql://user:password@host:5432/database");
  }
}
