package dev.precast;

import dev.precast.internal.SoftDeletion;
import dev.precast.internal.TableDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metamodel of one entity's table, generated as {@code User_.TABLE}: its SQL name, its
 * columns, its constraints, its row mapper and its DDL for every dialect. Everything here is
 * computed at compile time.
 *
 * @param <E> the entity class
 */
public final class EntityTable<E> {
  private final TableDefinition definition;
  private final List<EntityColumn<E, ?>> columns;
  private final RowMapper<E> mapper;
  private final SoftDeletion softDeletion;
  private final String selectList;
  private final StatementCache statements = new StatementCache();

  /**
   * Called by generated code only.
   *
   * @param definition the table as the model defines it: names, column types, constraints,
   *     indexes and DDL
   * @param columns every column, in the order the mapper reads them
   * @param mapper reads a row of {@code SELECT <columns in order> FROM <table>}
   */
  public EntityTable(
      TableDefinition definition, List<EntityColumn<E, ?>> columns, RowMapper<E> mapper) {
    this(definition, columns, mapper, null);
  }

  /**
   * Called by generated code only, for a table with a {@code @SoftDelete} column.
   *
   * @param softDeletion how a row is marked deleted, or null when rows are deleted
   */
  public EntityTable(TableDefinition definition, List<EntityColumn<E, ?>> columns,
      RowMapper<E> mapper, SoftDeletion softDeletion) {
    this.softDeletion = softDeletion;
    this.definition = definition;
    this.columns = List.copyOf(columns);
    this.mapper = mapper;
    this.selectList = String.join(", ", this.columns.stream().map(EntityColumn::sql).toList());
  }

  /** The table name as declared, e.g. {@code users}. */
  public String name() {
    return definition.name();
  }

  /** The table name as written in SQL: quoted when it is a reserved word or not lower case. */
  public String sqlName() {
    return definition.sqlName();
  }

  /** The qualified class name of the entity. */
  public String entity() {
    return definition.entity();
  }

  /** Every column, in the order the mapper reads them. */
  public List<EntityColumn<E, ?>> columns() {
    return columns;
  }

  /**
   * The named constraints: this table's primary key, unique constraints, checks and foreign
   * keys, then the foreign keys of other tables that reference this one.
   */
  public List<TableConstraint> constraints() {
    return definition.constraints();
  }

  /** Reads one row of {@code SELECT <columns()> FROM <table>} into an entity. */
  public RowMapper<E> mapper() {
    return mapper;
  }

  /** The comma-separated column list the mapper expects, e.g. {@code id, name, email}. */
  public String selectList() {
    return selectList;
  }

  /**
   * The statements that create this table, its constraints and its indexes in {@code
   * dialect}, once the tables it references exist; each is idempotent.
   */
  public List<String> createStatements(Dialect dialect) {
    return statements(definition.createStatements(), dialect);
  }

  /**
   * The statements to run once every table of the schema exists: the foreign keys a
   * reference cycle kept out of {@link #createStatements}. Each is idempotent.
   */
  public List<String> deferredStatements(Dialect dialect) {
    return statements(definition.deferredStatements(), dialect);
  }

  /** The statement that drops this table if it exists, with the foreign keys pointing at it. */
  public String dropStatement() {
    return "DROP TABLE IF EXISTS " + sqlName() + " CASCADE";
  }

  private List<String> statements(Map<Dialect, List<String>> byDialect, Dialect dialect) {
    List<String> statements = byDialect.get(dialect);
    if (statements == null) {
      throw new PrecastException("no DDL for " + dialect + " was generated for table " + name());
    }
    return statements;
  }

  /** The constraint of this name, compared case-insensitively. */
  public Optional<TableConstraint> constraint(String constraintName) {
    return constraints().stream().filter(c -> c.name().equalsIgnoreCase(constraintName)).findFirst();
  }

  /** The column of this SQL name, compared case-insensitively. */
  public Optional<EntityColumn<E, ?>> column(String columnName) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
  }

  /** How a row is marked deleted, or null when the table deletes its rows. */
  SoftDeletion softDeletion() {
    return softDeletion;
  }

  /** The SQL text of the query DSL's statements on this table, by shape. */
  StatementCache statements() {
    return statements;
  }

  /** Whether {@code column} is (part of) this table's primary key. */
  boolean isPrimaryKey(EntityColumn<E, ?> column) {
    for (TableConstraint constraint : definition.constraints()) {
      if (constraint.kind() == TableConstraint.Kind.PRIMARY_KEY
          && constraint.columns().contains(column.name())) {
        return true;
      }
    }
    return false;
  }

  /** The table as the model defines it, for the schema check. */
  TableDefinition definition() {
    return definition;
  }

  /** The table name. */
  @Override
  public String toString() {
    return name();
  }
}
