package com.example.tutorial.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.precast.Violation;
import java.util.List;

/**
 * An error response, as RFC 9457 defines it ({@code application/problem+json}), with two
 * members of its own: the request's id, which the log lines of that request carry too, and
 * for invalid input every broken rule at once.
 *
 * <pre>{@code
 * {"type":"https://precast.dev/problems/invalid-input","title":"Invalid input","status":400,
 *  "detail":"the user is invalid: 2 problems","instance":"/users","requestId":"6f1c...",
 *  "errors":[{"property":"name","message":"must not be blank"}, ...]}
 * }</pre>
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title a short summary of the kind, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong this time, for a person; never SQL or a stack trace
 * @param instance the path of the request that failed
 * @param requestId the request's id, as in the {@code X-Request-Id} header and the log
 * @param errors the properties at fault and what is wrong with each, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
    String requestId, List<Violation> errors) {
  /** The media type of a problem. */
  public static final String MEDIA_TYPE = "application/problem+json";
}
