package dev.precast;

import java.util.List;

/**
 * A named constraint, as generated. Precast maps database errors back to these, so that an
 * exception names the entity's column and field whatever the database reported. An entity's
 * table lists its own constraints and the foreign keys of other tables that reference it.
 *
 * @param name the generated name, e.g. {@code uq_users_email}
 * @param kind what the constraint enforces
 * @param table the SQL name of the table that holds the constraint
 * @param columns the SQL names of its columns, in declaration order; empty for a table check
 * @param properties the Java fields mapped to those columns, in the same order
 */
public record TableConstraint(
    String name, Kind kind, String table, List<String> columns, List<String> properties) {
  /** What a constraint enforces. */
  public enum Kind {
    /** The primary key. */
    PRIMARY_KEY,
    /** A unique constraint. */
    UNIQUE,
    /** A foreign key. */
    FOREIGN_KEY,
    /** A CHECK constraint. */
    CHECK
  }

  /** Copies the lists. */
  public TableConstraint {
    columns = List.copyOf(columns);
    properties = List.copyOf(properties);
  }
}
