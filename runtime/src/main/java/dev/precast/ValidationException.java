package dev.precast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An entity broke one or more of its declared rules; nothing was sent to the database.
 * {@link #violations()} lists every problem at once.
 */
public class ValidationException extends PrecastException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final List<Violation> violations;

  /** The violations of an entity named {@code entity} (its simple class name). */
  public ValidationException(String entity, List<Violation> violations) {
    super(entity + " is invalid: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.entity = entity;
    this.violations = List.copyOf(violations);
  }

  /** The simple class name of the entity that was rejected. */
  public String entity() {
    return entity;
  }

  /** Every rule the entity broke, in field order. */
  public List<Violation> violations() {
    return violations;
  }
}
