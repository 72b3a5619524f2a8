package com.example.tutorial.service;

import dev.precast.Violation;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code limit} and {@code offset} query parameters of a list, checked: {@code limit}
 * from 1 to {@value #MAX_LIMIT} ({@value #DEFAULT_LIMIT} when absent), {@code offset} from 0
 * to {@value #MAX_OFFSET}. A parameter the list does not know, or one given twice, is refused
 * too, so that a misspelt {@code ?nmae=} does not silently list everything.
 *
 * @param limit how many rows to return at most
 * @param offset how many rows to skip, in id order
 */
record Paging(int limit, long offset) {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  static final long MAX_OFFSET = 1_000_000;

  /**
   * Reads the paging of {@code ctx}, whose list also takes the parameters {@code others}.
   *
   * @throws ApiException 400 listing every parameter at fault
   */
  static Paging of(Context ctx, Set<String> others) {
    List<Violation> errors = new ArrayList<>();
    Map<String, List<String>> parameters = ctx.queryParamMap();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      if (!name.equals("limit") && !name.equals("offset") && !others.contains(name)) {
        errors.add(new Violation(name, "is not a parameter of this list"));
      } else if (parameter.getValue().size() > 1) {
        errors.add(new Violation(name, "must be given once"));
      }
    }
    long limit = number(parameters, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, errors);
    long offset = number(parameters, "offset", 0, 0, MAX_OFFSET, errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalidInput("the query parameters are invalid", errors);
    }
    return new Paging((int) limit, offset);
  }

  private static long number(Map<String, List<String>> parameters, String name,
      long fallback, long min, long max, List<Violation> errors) {
    List<String> values = parameters.get(name);
    if (values == null || values.size() != 1) {
      return fallback;
    }
    try {
      long value = Long.parseLong(values.get(0).strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    errors.add(new Violation(name, "must be a whole number from " + min + " to " + max));
    return fallback;
  }
}
