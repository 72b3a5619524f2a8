package dev.precast;

import dev.precast.annotations.ReferentialAction;
import java.util.List;

/**
 * A named constraint, as generated. Precast maps database errors back to these, so that an
 * exception names the entity's column and field whatever the database reported, and the
 * schema check looks for them in the database's catalog. An entity's table lists its own
 * constraints and the foreign keys of other tables that reference it.
 *
 * @param name the generated name, e.g. {@code uq_users_email}
 * @param kind what the constraint enforces
 * @param table the SQL name of the table that holds the constraint
 * @param columns the SQL names of its columns, in declaration order; empty for a table check
 * @param properties the Java fields mapped to those columns, in the same order
 * @param definition the SQL that follows {@code CONSTRAINT <name>} in the DDL, e.g. {@code
 *     UNIQUE (email)} or {@code CHECK (likes >= 0)}
 * @param referencedTable for a foreign key, the table it references (as declared); else null
 * @param onDelete for a foreign key, what deleting the referenced row does; else null
 */
public record TableConstraint(
    String name,
    Kind kind,
    String table,
    List<String> columns,
    List<String> properties,
    String definition,
    String referencedTable,
    ReferentialAction onDelete) {
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
