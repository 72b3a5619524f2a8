package dev.precast.internal;

import java.util.List;

/**
 * A non-unique index the model's DDL creates.
 *
 * @param name the index name, generated ({@code ix_<table>_<col>...}) or declared
 * @param columns the SQL names of its columns, in index order
 * @param properties the Java fields mapped to those columns, in the same order
 */
public record IndexDefinition(String name, List<String> columns, List<String> properties) {
  /** Copies the lists. */
  public IndexDefinition {
    columns = List.copyOf(columns);
    properties = List.copyOf(properties);
  }
}
