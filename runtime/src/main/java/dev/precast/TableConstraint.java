package dev.precast;

import java.util.List;

/**
 * A named constraint of an entity's table, as generated. Precast maps database errors back to
 * these, so an exception names the entity's column whatever the database reported.
 *
 * @param name the generated name, e.g. {@code uq_users_email}
 * @param kind what the constraint enforces
 * @param columns the SQL names of its columns, in declaration order
 */
public record TableConstraint(String name, Kind kind, List<String> columns) {
  /** What a constraint enforces. */
  public enum Kind {
    /** The primary key. */
    PRIMARY_KEY,
    /** A unique constraint. */
    UNIQUE
  }

  /** Copies {@code columns}. */
  public TableConstraint {
    columns = List.copyOf(columns);
  }
}
