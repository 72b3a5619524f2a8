package dev.precast.internal;

import dev.precast.Database;
import dev.precast.PrecastException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code DATABASE_URL} and keeps passwords out of messages. */
public final class ConnectionUrls {
  static final String URL_VARIABLE = "DATABASE_URL";
  static final String POOL_SIZE_VARIABLE = "DATABASE_POOL_SIZE";
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
   */
  public record Settings(String jdbcUrl, String user, String password, Integer maximumPoolSize) {
    /** A builder with these settings. */
    public Database.Builder builder() {
      Database.Builder builder = Database.builder(jdbcUrl).user(user).password(password);
      return maximumPoolSize == null ? builder : builder.maximumPoolSize(maximumPoolSize);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
      return "Settings[" + redact(jdbcUrl) + ", user=" + user + ", pool=" + maximumPoolSize + "]";
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
    return settings(url.strip(), maximumPoolSize);
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
