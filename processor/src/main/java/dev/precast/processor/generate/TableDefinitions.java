package dev.precast.processor.generate;

import dev.precast.Dialect;
import dev.precast.TableConstraint;
import dev.precast.TableConstraint.Kind;
import dev.precast.annotations.ReferentialAction;
import dev.precast.internal.ColumnDefinition;
import dev.precast.internal.IndexDefinition;
import dev.precast.internal.TableDefinition;
import dev.precast.processor.dialect.Identifiers;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.CheckModel;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IndexModel;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.ReferenceModel;
import dev.precast.processor.model.SchemaModel;
import dev.precast.processor.model.UniqueModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated entity's table as the runtime's {@link TableDefinition}: the one description of
 * columns, constraints and indexes that the DDL, the generated metamodel, the schema snapshot
 * and the build-time schema check all read.
 */
public final class TableDefinitions {
  private TableDefinitions() {}

  /** The definition of {@code entity}'s table, with its DDL for every dialect. */
  public static TableDefinition of(EntityModel entity, SchemaModel schema) {
    List<ColumnDefinition> columns = entity.properties().stream()
        .map(property -> new ColumnDefinition(property.columnName(),
            Identifiers.sql(property.columnName()), property.name(), !property.notNull(),
            perDialect(dialect -> dialect.catalogColumnType(property))))
        .toList();
    List<TableConstraint> constraints = new ArrayList<>(ownConstraints(entity, schema));
    for (SchemaModel.Incoming incoming : schema.incoming(entity)) {
      constraints.add(foreignKey(incoming.child(), incoming.reference(), schema));
    }
    List<IndexDefinition> indexes = new ArrayList<>(declaredIndexes(entity));
    indexes.addAll(foreignKeyIndexes(entity));
    return new TableDefinition(entity.tableName(), Identifiers.sql(entity.tableName()),
        entity.qualifiedName(), columns, constraints, indexes,
        perDialect(dialect -> DdlWriter.createStatements(entity, schema, dialect)),
        perDialect(dialect -> DdlWriter.deferredStatements(entity, schema, dialect)));
  }

  /**
   * The table's own constraints in DDL order: the primary key, unique constraints, the
   * validation rules' checks, the type's checks, then foreign keys.
   */
  static List<TableConstraint> ownConstraints(EntityModel entity, SchemaModel schema) {
    String table = entity.tableName();
    PropertyModel id = entity.id().orElseThrow();
    List<TableConstraint> constraints = new ArrayList<>();
    constraints.add(constraint(Names.primaryKey(table), Kind.PRIMARY_KEY, table, List.of(id),
        "PRIMARY KEY (" + Identifiers.sql(id.columnName()) + ")"));
    for (UniqueModel unique : entity.uniques()) {
      List<PropertyModel> columns = unique.columns().stream()
          .map(c -> entity.propertyByColumn(c).orElseThrow())
          .toList();
      constraints.add(constraint(
          Names.unique(table, columns.stream().map(PropertyModel::columnName).toList()),
          Kind.UNIQUE, table, columns, "UNIQUE (" + sqlNames(columns) + ")"));
    }
    for (RuleChecks.ColumnCheck check : RuleChecks.of(entity)) {
      constraints.add(constraint(check.name(), Kind.CHECK, table, List.of(check.property()),
          "CHECK (" + check.sql() + ")"));
    }
    int n = 0;
    for (CheckModel check : entity.checks()) {
      if (check.onType()) {
        constraints.add(constraint(Names.tableCheck(table, ++n), Kind.CHECK, table, List.of(),
            "CHECK (" + check.sql() + ")"));
      }
    }
    for (ReferenceModel reference : entity.references()) {
      constraints.add(foreignKey(entity, reference, schema));
    }
    return List.copyOf(constraints);
  }

  /** The indexes declared with {@code @Index}, which every dialect's DDL creates. */
  static List<IndexDefinition> declaredIndexes(EntityModel entity) {
    List<IndexDefinition> indexes = new ArrayList<>();
    for (IndexModel index : entity.indexes()) {
      List<PropertyModel> columns = index.columns().stream()
          .map(c -> entity.propertyByColumn(c).orElseThrow())
          .toList();
      List<String> names = columns.stream().map(PropertyModel::columnName).toList();
      indexes.add(new IndexDefinition(
          entity.indexName(index),
          names, columns.stream().map(PropertyModel::name).toList()));
    }
    return indexes;
  }

  /**
   * An index on each foreign key column that no key or index already leads with: created on
   * dialects that do not index foreign keys by themselves, so that {@code findBy<Reference>}
   * and cascading deletes do not scan the table.
   */
  static List<IndexDefinition> foreignKeyIndexes(EntityModel entity) {
    List<IndexDefinition> indexes = new ArrayList<>();
    for (ReferenceModel reference : entity.references()) {
      PropertyModel column = DdlWriter.column(entity, reference);
      if (!entity.hasIndexLeadingWith(column.columnName())) {
        indexes.add(new IndexDefinition(
            Names.index(entity.tableName(), List.of(column.columnName())),
            List.of(column.columnName()), List.of(column.name())));
      }
    }
    return indexes;
  }

  private static TableConstraint foreignKey(
      EntityModel entity, ReferenceModel reference, SchemaModel schema) {
    EntityModel target = schema.target(reference).orElseThrow();
    PropertyModel column = DdlWriter.column(entity, reference);
    ReferentialAction onDelete = ReferentialAction.valueOf(reference.onDelete());
    String action = switch (onDelete) {
      case CASCADE -> " ON DELETE CASCADE";
      case SET_NULL -> " ON DELETE SET NULL";
      case RESTRICT -> " ON DELETE RESTRICT";
      case NO_ACTION -> "";
    };
    String definition = "FOREIGN KEY (" + Identifiers.sql(column.columnName()) + ") REFERENCES "
        + Identifiers.sql(target.tableName()) + " ("
        + Identifiers.sql(target.id().orElseThrow().columnName()) + ")" + action;
    return new TableConstraint(DdlWriter.foreignKeyName(entity, reference), Kind.FOREIGN_KEY,
        entity.tableName(), List.of(column.columnName()), List.of(column.name()), definition,
        target.tableName(), onDelete);
  }

  private static TableConstraint constraint(String name, Kind kind, String table,
      List<PropertyModel> columns, String definition) {
    return new TableConstraint(name, kind, table,
        columns.stream().map(PropertyModel::columnName).toList(),
        columns.stream().map(PropertyModel::name).toList(), definition, null, null);
  }

  private static String sqlNames(List<PropertyModel> columns) {
    return columns.stream()
        .map(c -> Identifiers.sql(c.columnName()))
        .collect(Collectors.joining(", "));
  }

  /** The runtime's dialect constant for a dialect of the processor. */
  public static Dialect runtimeDialect(SqlDialect dialect) {
    return Dialect.valueOf(dialect.runtimeName());
  }

  private static <T> Map<Dialect, T> perDialect(Function<SqlDialect, T> value) {
    Map<Dialect, T> byDialect = new EnumMap<>(Dialect.class);
    for (SqlDialect dialect : SqlDialect.values()) {
      byDialect.put(runtimeDialect(dialect), value.apply(dialect));
    }
    return byDialect;
  }
}
