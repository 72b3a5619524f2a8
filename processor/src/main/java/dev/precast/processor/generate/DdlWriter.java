package dev.precast.processor.generate;

import dev.precast.TableConstraint;
import dev.precast.internal.IndexDefinition;
import dev.precast.processor.dialect.Identifiers;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IdStrategy;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.ReferenceModel;
import dev.precast.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The DDL of an entity's table for one dialect: an idempotent {@code CREATE TABLE IF NOT
 * EXISTS} with its named constraints, then its indexes.
 */
public final class DdlWriter {
  private DdlWriter() {}

  /**
   * The statements that create {@code entity}'s table in {@code dialect}, with its foreign
   * keys (but those a reference cycle defers) and its indexes; each is idempotent.
   */
  public static List<String> createStatements(
      EntityModel entity, SchemaModel schema, SqlDialect dialect) {
    List<String> lines = new ArrayList<>();
    for (PropertyModel property : entity.properties()) {
      StringBuilder line = new StringBuilder(Identifiers.sql(property.columnName()))
          .append(' ').append(dialect.columnType(property));
      if (property.isId() && property.idStrategy() == IdStrategy.IDENTITY) {
        line.append(' ').append(dialect.identityClause());
      }
      if (property.notNull() && !property.isId()) {
        line.append(" NOT NULL");
      }
      lines.add(line.toString());
    }
    Set<String> deferred = deferredForeignKeys(entity, schema);
    for (TableConstraint constraint : TableDefinitions.ownConstraints(entity, schema)) {
      if (!deferred.contains(constraint.name())) {
        lines.add("CONSTRAINT " + Identifiers.sql(constraint.name()) + " "
            + constraint.definition());
      }
    }
    List<String> statements = new ArrayList<>();
    statements.add("CREATE TABLE IF NOT EXISTS " + Identifiers.sql(entity.tableName()) + " (\n  "
        + String.join(",\n  ", lines) + "\n)");
    List<IndexDefinition> indexes = new ArrayList<>(TableDefinitions.declaredIndexes(entity));
    if (!dialect.indexesForeignKeys()) {
      indexes.addAll(TableDefinitions.foreignKeyIndexes(entity));
    }
    for (IndexDefinition index : indexes) {
      statements.add("CREATE INDEX IF NOT EXISTS " + Identifiers.sql(index.name()) + " ON "
          + Identifiers.sql(entity.tableName()) + " ("
          + index.columns().stream().map(Identifiers::sql).collect(Collectors.joining(", "))
          + ")");
    }
    return List.copyOf(statements);
  }

  /**
   * The statements that add the foreign keys a reference cycle kept out of {@code entity}'s
   * CREATE TABLE; run once every table exists. Each is idempotent.
   */
  public static List<String> deferredStatements(
      EntityModel entity, SchemaModel schema, SqlDialect dialect) {
    List<String> statements = new ArrayList<>();
    Set<String> deferred = deferredForeignKeys(entity, schema);
    for (TableConstraint constraint : TableDefinitions.ownConstraints(entity, schema)) {
      if (deferred.contains(constraint.name())) {
        statements.add(dialect.addConstraintIfAbsent(Identifiers.sql(entity.tableName()),
            Identifiers.sql(constraint.name()), constraint.definition()));
      }
    }
    return List.copyOf(statements);
  }

  /** The foreign keys a reference cycle keeps out of CREATE TABLE, by constraint name. */
  private static Set<String> deferredForeignKeys(EntityModel entity, SchemaModel schema) {
    return entity.references().stream()
        .filter(schema::isDeferred)
        .map(reference -> foreignKeyName(entity, reference))
        .collect(Collectors.toSet());
  }

  /** The generated name of a reference's foreign key, {@code fk_<table>_<column>}. */
  static String foreignKeyName(EntityModel entity, ReferenceModel reference) {
    return Names.foreignKey(entity.tableName(), column(entity, reference).columnName());
  }

  /** The property that holds a reference. */
  static PropertyModel column(EntityModel entity, ReferenceModel reference) {
    return entity.properties().stream()
        .filter(p -> p.name().equals(reference.property()))
        .findFirst()
        .orElseThrow();
  }
}
