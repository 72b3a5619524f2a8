package dev.precast.processor.generate;

import dev.precast.processor.dialect.Identifiers;
import dev.precast.processor.dialect.SoftDeleteSql;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IdStrategy;
import dev.precast.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL text of an entity's statements, computed once at compile time. The parameter order
 * of each is the order of {@link #insertColumns} and {@link #updateColumns}.
 */
final class Statements {
  private final EntityModel entity;
  private final PropertyModel id;
  private final String table;

  Statements(EntityModel entity) {
    this.entity = entity;
    this.id = entity.id().orElseThrow();
    this.table = Identifiers.sql(entity.tableName());
  }

  String selectList() {
    return entity.properties().stream().map(p -> Identifiers.sql(p.columnName()))
        .collect(Collectors.joining(", "));
  }

  String selectWhere(PropertyModel property) {
    return "SELECT " + selectList() + " FROM " + table + " WHERE "
        + Identifiers.sql(property.columnName()) + " = ?" + andAlive();
  }

  /**
   * {@code " AND deleted IS NOT TRUE"}: the condition that keeps out the rows a {@code
   * @SoftDelete} entity marks deleted, to follow a WHERE condition; empty for other entities.
   */
  String andAlive() {
    return SoftDeleteSql.alive(entity).map(alive -> " AND " + alive).orElse("");
  }

  /** {@code " WHERE deleted IS NOT TRUE"}, or empty. */
  private String whereAlive() {
    return SoftDeleteSql.alive(entity).map(alive -> " WHERE " + alive).orElse("");
  }

  /** Whether deleting binds the deletion time before the key. */
  boolean softDeleteBindsTime() {
    return entity.softDelete().map(SoftDeleteSql::bindsTime).orElse(false);
  }

  /** {@code UPDATE t SET deleted = TRUE}: what deletes a row of a soft-delete entity. */
  private String softDelete() {
    return "UPDATE " + table + " SET "
        + SoftDeleteSql.assignment(entity.softDelete().orElseThrow());
  }

  /** Every row whose {@code property} equals the parameter, ordered by id. */
  String selectAllWhere(PropertyModel property) {
    return selectWhere(property) + " ORDER BY " + Identifiers.sql(id.columnName());
  }

  String selectAll() {
    return "SELECT " + selectList() + " FROM " + table + whereAlive() + " ORDER BY "
        + Identifiers.sql(id.columnName());
  }

  String count() {
    return "SELECT COUNT(*) FROM " + table + whereAlive();
  }

  String existsById() {
    return "SELECT 1 FROM " + table + " WHERE " + Identifiers.sql(id.columnName()) + " = ?"
        + andAlive();
  }

  /** Deletes the row with the key; for a soft-delete entity, marks it (binding the time first). */
  String deleteById() {
    return (entity.softDelete().isPresent() ? softDelete() : "DELETE FROM " + table)
        + " WHERE " + Identifiers.sql(id.columnName()) + " = ?" + andAlive();
  }

  /** The columns an insert binds: all but an identity key, which the database generates. */
  List<PropertyModel> insertColumns() {
    return id.idStrategy() == IdStrategy.IDENTITY
        ? entity.properties().stream().filter(p -> !p.isId()).toList()
        : entity.properties();
  }

  String insert() {
    return insert(insertColumns());
  }

  /**
   * The columns an update binds: every column but the key and the version, then the key,
   * then the version the row must still have.
   */
  List<PropertyModel> updateColumns() {
    List<PropertyModel> columns = new ArrayList<>(setColumns());
    columns.add(id);
    entity.version().ifPresent(columns::add);
    return columns;
  }

  /** Null when the entity has no column besides its key. */
  String update() {
    List<String> assignments = new ArrayList<>();
    for (PropertyModel column : setColumns()) {
      assignments.add(Identifiers.sql(column.columnName()) + " = ?");
    }
    entity.version().ifPresent(version -> assignments.add(Identifiers.sql(version.columnName())
        + " = " + Identifiers.sql(version.columnName()) + " + 1"));
    if (assignments.isEmpty()) {
      return null;
    }
    return "UPDATE " + table + " SET " + String.join(", ", assignments) + whereIdAndVersion()
        + andAlive();
  }

  /** The DELETE of a versioned row, binding the key and then the version. */
  String deleteVersioned() {
    return (entity.softDelete().isPresent() ? softDelete() : "DELETE FROM " + table)
        + whereIdAndVersion() + andAlive();
  }

  /** The row with the key, locked until the end of the transaction. */
  String selectByIdForUpdate() {
    return selectWhere(id) + " FOR UPDATE";
  }

  /**
   * Inserts the row, or updates the row with its id: binds {@link #insertColumns}, which for
   * a key the application or the repository sets is every column.
   */
  String upsertById(SqlDialect dialect) {
    return dialect.upsert(table, sqlNames(entity.properties()), sqlNames(List.of(id)),
        sqlNames(setColumns()));
  }

  /**
   * Inserts the row, or updates the row whose {@code key} column has its value (keeping that
   * row's id): binds {@link #insertColumns}.
   */
  String upsertBy(PropertyModel key, SqlDialect dialect) {
    List<PropertyModel> updated = insertColumns().stream()
        .filter(p -> !p.isId() && p != key)
        .toList();
    return dialect.upsert(table, sqlNames(insertColumns()), sqlNames(List.of(key)),
        sqlNames(updated));
  }

  private static List<String> sqlNames(List<PropertyModel> columns) {
    return columns.stream().map(p -> Identifiers.sql(p.columnName())).toList();
  }

  private List<PropertyModel> setColumns() {
    return entity.properties().stream()
        .filter(p -> !p.isId() && !entity.isVersion(p))
        .toList();
  }

  private String whereIdAndVersion() {
    return " WHERE " + Identifiers.sql(id.columnName()) + " = ?" + entity.version()
        .map(version -> " AND " + Identifiers.sql(version.columnName()) + " = ?")
        .orElse("");
  }

  private String insert(List<PropertyModel> columns) {
    if (columns.isEmpty()) {
      return "INSERT INTO " + table + " DEFAULT VALUES";
    }
    return "INSERT INTO " + table + " ("
        + columns.stream().map(p -> Identifiers.sql(p.columnName())).collect(Collectors.joining(", "))
        + ") VALUES (" + columns.stream().map(p -> "?").collect(Collectors.joining(", ")) + ")";
  }
}
