package dev.precast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An entity broke one or more of its declared rules; nothing was sent to the database.
 * {@link #violations()} lists every problem at once.
 */
public class ValidationException extends PrecastException {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #row()} for an entity that was not part of a batch. */
  public static final int NO_ROW = -1;

  private final String entity;
  private final int row;
  private final List<Violation> violations;

  /** The violations of an entity named {@code entity} (its simple class name). */
  public ValidationException(String entity, List<Violation> violations) {
    this(entity, NO_ROW, violations);
  }

  /** The violations of the entity at index {@code row} of a batch. */
  public ValidationException(String entity, int row, List<Violation> violations) {
    super(entity + (row == NO_ROW ? "" : " at row " + row) + " is invalid: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.entity = entity;
    this.row = row;
    this.violations = List.copyOf(violations);
  }

  /**
   * The index (from 0) of the rejected entity in the batch given to {@code insertAll} or
   * {@code updateAll}, or {@link #NO_ROW} for a single entity.
   */
  public int row() {
    return row;
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
