package dev.precast;

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
  private final String name;
  private final String sqlName;
  private final String entity;
  private final List<EntityColumn<E, ?>> columns;
  private final List<TableConstraint> constraints;
  private final RowMapper<E> mapper;
  private final Map<Dialect, List<String>> createStatements;
  private final Map<Dialect, List<String>> deferredStatements;
  private final String selectList;

  /**
   * Called by generated code only.
   *
   * @param name the table name as declared, e.g. {@code users} or {@code order}
   * @param sqlName the name as written in SQL, quoted where needed, e.g. {@code "order"}
   * @param entity the entity's qualified class name
   * @param columns every column, in the order the mapper reads them
   * @param constraints the table's named constraints
   * @param mapper reads a row of {@code SELECT <columns in order> FROM <table>}
   * @param createStatements the DDL that creates the table, for every dialect
   * @param deferredStatements the DDL to run once every table of the schema exists (the
   *     foreign keys of a reference cycle), for every dialect
   */
  public EntityTable(
      String name,
      String sqlName,
      String entity,
      List<EntityColumn<E, ?>> columns,
      List<TableConstraint> constraints,
      RowMapper<E> mapper,
      Map<Dialect, List<String>> createStatements,
      Map<Dialect, List<String>> deferredStatements) {
    this.name = name;
    this.sqlName = sqlName;
    this.entity = entity;
    this.columns = List.copyOf(columns);
    this.constraints = List.copyOf(constraints);
    this.mapper = mapper;
    this.createStatements = Map.copyOf(createStatements);
    this.deferredStatements = Map.copyOf(deferredStatements);
    this.selectList = String.join(", ", this.columns.stream().map(EntityColumn::sql).toList());
  }

  /** The table name as declared, e.g. {@code users}. */
  public String name() {
    return name;
  }

  /** The table name as written in SQL: quoted when it is a reserved word or not lower case. */
  public String sqlName() {
    return sqlName;
  }

  /** The qualified class name of the entity. */
  public String entity() {
    return entity;
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
    return constraints;
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
    return statements(createStatements, dialect);
  }

  /**
   * The statements to run once every table of the schema exists: the foreign keys a
   * reference cycle kept out of {@link #createStatements}. Each is idempotent.
   */
  public List<String> deferredStatements(Dialect dialect) {
    return statements(deferredStatements, dialect);
  }

  /** The statement that drops this table if it exists, with the foreign keys pointing at it. */
  public String dropStatement() {
    return "DROP TABLE IF EXISTS " + sqlName + " CASCADE";
  }

  private List<String> statements(Map<Dialect, List<String>> byDialect, Dialect dialect) {
    List<String> statements = byDialect.get(dialect);
    if (statements == null) {
      throw new PrecastException("no DDL for " + dialect + " was generated for table " + name);
    }
    return statements;
  }

  /** The constraint of this name, compared case-insensitively. */
  public Optional<TableConstraint> constraint(String constraintName) {
    return constraints.stream().filter(c -> c.name().equalsIgnoreCase(constraintName)).findFirst();
  }

  /** The column of this SQL name, compared case-insensitively. */
  public Optional<EntityColumn<E, ?>> column(String columnName) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
  }

  /** The table name. */
  @Override
  public String toString() {
    return name;
  }
}
