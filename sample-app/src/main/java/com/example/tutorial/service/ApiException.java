package com.example.tutorial.service;

import dev.precast.Violation;
import java.util.List;
import java.util.Map;

/**
 * A request the service refuses with a problem response: thrown by a handler, turned into
 * {@code application/problem+json} by {@link ErrorHandling}. It is an answer, not a fault, so
 * it records no stack trace.
 *
 * <pre>{@code
 * throw ApiException.notFound("no user with id " + id);
 * }</pre>
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String TYPES = "https://precast.dev/problems/";
  static final String BLANK = "about:blank";

  private final int status;
  private final String type;
  private final String title;
  private final transient List<Violation> errors;
  private final transient Map<String, String> headers;

  private ApiException(int status, String type, String title, String detail,
      List<Violation> errors, Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors == null ? null : List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  /** 400: the input breaks the rules listed in {@code errors}. */
  static ApiException invalidInput(String detail, List<Violation> errors) {
    return new ApiException(400, TYPES + "invalid-input", "Invalid input", detail, errors,
        Map.of());
  }

  /** 400: the body is no JSON, or not of the expected shape. */
  static ApiException malformedBody(String detail) {
    return new ApiException(400, TYPES + "malformed-body", "Malformed request body", detail,
        null, Map.of());
  }

  /** 404: what the request names does not exist. */
  static ApiException notFound(String detail) {
    return new ApiException(404, BLANK, "Not Found", detail, null, Map.of());
  }

  /** 409: the request conflicts with the stored data, e.g. a value that must be unique. */
  static ApiException conflict(String type, String title, String detail,
      List<Violation> errors) {
    return new ApiException(409, TYPES + type, title, detail, errors, Map.of());
  }

  /** 503: the database cannot serve the request now; worth retrying after a while. */
  static ApiException unavailable(String detail) {
    return new ApiException(503, BLANK, "Service Unavailable", detail, null,
        Map.of("Retry-After", "1"));
  }

  /** 500: the service failed; the log has the details. */
  static ApiException internal(String detail) {
    return new ApiException(500, BLANK, "Internal Server Error", detail, null, Map.of());
  }

  /** A problem for a status the HTTP layer decided (404 and 405 for routes, 413). */
  static ApiException http(int status, String title, String detail,
      Map<String, String> headers) {
    return new ApiException(status, BLANK, title, detail, null, headers);
  }

  /** 415: the body is not JSON. */
  static ApiException unsupportedMediaType(String detail) {
    return new ApiException(415, BLANK, "Unsupported Media Type", detail, null, Map.of());
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  String title() {
    return title;
  }

  List<Violation> errors() {
    return errors;
  }

  Map<String, String> headers() {
    return headers;
  }
}
