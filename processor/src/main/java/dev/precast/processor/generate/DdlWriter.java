package dev.precast.processor.generate;

import dev.precast.processor.dialect.Identifiers;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IdStrategy;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.UniqueModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The DDL of an entity's table for one dialect: one idempotent {@code CREATE TABLE IF NOT
 * EXISTS} with its named constraints.
 */
public final class DdlWriter {
  private DdlWriter() {}

  /** The statements that create {@code entity}'s table in {@code dialect}. */
  public static List<String> createStatements(EntityModel entity, SqlDialect dialect) {
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
    return List.of("CREATE TABLE IF NOT EXISTS " + Identifiers.sql(entity.tableName()) + " (\n  "
        + String.join(",\n  ", lines) + "\n)");
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
