package dev.precast.internal;

import dev.precast.Dialect;
import dev.precast.TableConstraint;
import java.util.List;
import java.util.Map;

/**
 * What the model says one table is, as generated at compile time: its columns with their SQL
 * types for every dialect, its constraints and indexes, and its DDL. {@code EntityTable} runs
 * the DDL; the schema check compares the rest with a database's catalog.
 *
 * @param name the table name as declared, e.g. {@code users} or {@code order}
 * @param sqlName the name as written in SQL, quoted where needed, e.g. {@code "order"}
 * @param entity the entity's qualified class name
 * @param columns every column, in declaration order
 * @param constraints the table's named constraints, then the foreign keys of other tables that
 *     reference it
 * @param indexes the indexes the DDL creates, on some dialect at least
 * @param createStatements the DDL that creates the table, for every dialect
 * @param deferredStatements the DDL to run once every table of the schema exists (the foreign
 *     keys of a reference cycle), for every dialect
 */
public record TableDefinition(
    String name,
    String sqlName,
    String entity,
    List<ColumnDefinition> columns,
    List<TableConstraint> constraints,
    List<IndexDefinition> indexes,
    Map<Dialect, List<String>> createStatements,
    Map<Dialect, List<String>> deferredStatements) {

  /** Copies the lists and maps. */
  public TableDefinition {
    columns = List.copyOf(columns);
    constraints = List.copyOf(constraints);
    indexes = List.copyOf(indexes);
    createStatements = Map.copyOf(createStatements);
    deferredStatements = Map.copyOf(deferredStatements);
  }

  /** The entity's simple class name, e.g. {@code User}, for messages. */
  public String entitySimpleName() {
    return entity.substring(entity.lastIndexOf('.') + 1);
  }
}
