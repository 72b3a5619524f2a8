package com.example.tutorial.service;

import dev.precast.Violation;
import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * What every handler reads of a request besides its body: the id in its path, and the
 * request's own id, which the {@code X-Request-Id} header, the log lines and error responses
 * carry so that a user's report can be matched with the log.
 */
final class Requests {
  static final String REQUEST_ID_HEADER = "X-Request-Id";
  private static final String REQUEST_ID = "precast.requestId";
  /** A caller's own request id is kept when it is short and plain, so logs stay readable. */
  private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private Requests() {}

  /** Gives the request an id: the caller's {@code X-Request-Id} if plain, else a new one. */
  static void assignId(Context ctx) {
    String given = ctx.header(REQUEST_ID_HEADER);
    String id = given != null && PLAIN_ID.matcher(given).matches()
        ? given
        : Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    ctx.attribute(REQUEST_ID, id);
    ctx.header(REQUEST_ID_HEADER, id);
  }

  /** The request's id, from {@link #assignId}. */
  static String id(Context ctx) {
    String id = ctx.attribute(REQUEST_ID);
    return id == null ? "-" : id;
  }

  /**
   * The path parameter {@code name} as a positive id.
   *
   * @throws ApiException 400 when it is no positive whole number
   */
  static long pathId(Context ctx, String name) {
    String value = ctx.pathParam(name);
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.invalidInput("the path names no valid id",
        List.of(new Violation(name, "must be a positive whole number")));
  }
}
