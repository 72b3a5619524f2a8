package dev.precast.processor.generate;

import dev.precast.processor.dialect.Identifiers;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.CheckModel;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IdStrategy;
import dev.precast.processor.model.IndexModel;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.ReferenceModel;
import dev.precast.processor.model.SchemaModel;
import dev.precast.processor.model.UniqueModel;
import java.util.ArrayList;
import java.util.List;
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
    PropertyModel id = entity.id().orElseThrow();
    lines.add("CONSTRAINT " + Identifiers.sql(Names.primaryKey(entity.tableName())) + " PRIMARY KEY ("
        + Identifiers.sql(id.columnName()) + ")");
    for (UniqueModel unique : entity.uniques()) {
      List<String> columns = sqlColumns(entity, unique);
      lines.add("CONSTRAINT "
          + Identifiers.sql(Names.unique(entity.tableName(), declaredColumns(entity, unique)))
          + " UNIQUE (" + String.join(", ", columns) + ")");
    }
    for (RuleChecks.ColumnCheck check : RuleChecks.of(entity)) {
      lines.add("CONSTRAINT " + Identifiers.sql(check.name()) + " CHECK (" + check.sql() + ")");
    }
    int n = 0;
    for (CheckModel check : entity.checks()) {
      if (check.onType()) {
        lines.add("CONSTRAINT " + Identifiers.sql(Names.tableCheck(entity.tableName(), ++n))
            + " CHECK (" + check.sql() + ")");
      }
    }
    for (ReferenceModel reference : entity.references()) {
      if (!schema.isDeferred(reference)) {
        lines.add("CONSTRAINT " + Identifiers.sql(foreignKeyName(entity, reference)) + " "
            + foreignKey(entity, reference, schema));
      }
    }
    List<String> statements = new ArrayList<>();
    statements.add("CREATE TABLE IF NOT EXISTS " + Identifiers.sql(entity.tableName()) + " (\n  "
        + String.join(",\n  ", lines) + "\n)");
    for (IndexModel index : entity.indexes()) {
      List<String> columns = index.columns().stream()
          .map(c -> entity.propertyByColumn(c).orElseThrow().columnName()).toList();
      statements.add(createIndex(entity, entity.indexName(index), columns));
    }
    if (!dialect.indexesForeignKeys()) {
      for (ReferenceModel reference : entity.references()) {
        String column = column(entity, reference).columnName();
        if (!entity.hasIndexLeadingWith(column)) {
          statements.add(createIndex(entity, Names.index(entity.tableName(), List.of(column)),
              List.of(column)));
        }
      }
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
    for (ReferenceModel reference : entity.references()) {
      if (schema.isDeferred(reference)) {
        statements.add(dialect.addConstraintIfAbsent(Identifiers.sql(entity.tableName()),
            Identifiers.sql(foreignKeyName(entity, reference)),
            foreignKey(entity, reference, schema)));
      }
    }
    return List.copyOf(statements);
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

  private static String foreignKey(
      EntityModel entity, ReferenceModel reference, SchemaModel schema) {
    EntityModel target = schema.target(reference).orElseThrow();
    String action = switch (reference.onDelete()) {
      case "CASCADE" -> " ON DELETE CASCADE";
      case "SET_NULL" -> " ON DELETE SET NULL";
      case "RESTRICT" -> " ON DELETE RESTRICT";
      default -> "";
    };
    return "FOREIGN KEY (" + Identifiers.sql(column(entity, reference).columnName())
        + ") REFERENCES " + Identifiers.sql(target.tableName()) + " ("
        + Identifiers.sql(target.id().orElseThrow().columnName()) + ")" + action;
  }

  private static String createIndex(EntityModel entity, String name, List<String> columns) {
    return "CREATE INDEX IF NOT EXISTS " + Identifiers.sql(name) + " ON "
        + Identifiers.sql(entity.tableName()) + " ("
        + columns.stream().map(Identifiers::sql).collect(Collectors.joining(", ")) + ")";
  }

  /** The unique constraint's columns by their declared names, for its generated name. */
  static List<String> declaredColumns(EntityModel entity, UniqueModel unique) {
    return unique.columns().stream()
        .map(c -> entity.propertyByColumn(c).orElseThrow().columnName())
        .toList();
  }

  private static List<String> sqlColumns(EntityModel entity, UniqueModel unique) {
    return declaredColumns(entity, unique).stream().map(Identifiers::sql)
        .collect(Collectors.toList());
  }
}
