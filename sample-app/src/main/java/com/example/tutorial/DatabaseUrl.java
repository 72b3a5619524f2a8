package com.example.tutorial;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the tutorial's database is, as {@code DATABASE_URL} says: a JDBC URL, or {@code
 * postgresql://user:password@host:port/database} as hosting platforms hand it out. Precast's
 * {@code Database.fromEnv()} reads the same two forms; Flyway needs the JDBC URL and the
 * credentials apart, so the tutorial reads the variable itself and gives both the same three.
 *
 * @param jdbcUrl the JDBC URL
 * @param user the user, or null
 * @param password the password, or null
 */
record DatabaseUrl(String jdbcUrl, String user, String password) {

  /** {@code DATABASE_URL}, or {@code fallback} when it is not set. */
  static DatabaseUrl fromEnv(String fallback) {
    String url = System.getenv("DATABASE_URL");
    return parse(url == null || url.isBlank() ? fallback : url.strip());
  }

  /**
   * Reads either form.
   *
   * @throws IllegalArgumentException saying what is expected (never showing the password)
   */
  static DatabaseUrl parse(String url) {
    if (url.startsWith("jdbc:")) {
      return new DatabaseUrl(url, null, null);
    }
    try {
      URI uri = new URI(url);
      if (("postgresql".equals(uri.getScheme()) || "postgres".equals(uri.getScheme()))
          && uri.getHost() != null && uri.getPath().length() > 1) {
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost()
            + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String[] credentials =
            uri.getUserInfo() == null ? new String[0] : uri.getUserInfo().split(":", 2);
        return new DatabaseUrl(jdbcUrl, credentials.length > 0 ? credentials[0] : null,
            credentials.length > 1 ? credentials[1] : null);
      }
    } catch (URISyntaxException e) {
      // reported below, without the URL: it may hold a password
    }
    throw new IllegalArgumentException("DATABASE_URL is malformed: expected a JDBC URL or"
        + " postgresql://user:password@host:port/database");
  }

  /** The JDBC URL and the user, without the password. */
  @Override
  public String toString() {
    return jdbcUrl + (user == null ? "" : " as " + user);
  }
}
