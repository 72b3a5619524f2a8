package dev.precast;

/**
 * One broken rule of an entity, found by its generated validator before any SQL is sent.
 *
 * @param property the Java field name, e.g. {@code displayName}
 * @param message what is wrong, e.g. {@code must not be blank} or {@code size must be at most 255}
 */
public record Violation(String property, String message) {
  /** Reads as {@code property message}, e.g. {@code name must not be blank}. */
  @Override
  public String toString() {
    return property + " " + message;
  }
}
