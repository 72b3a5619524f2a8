package dev.precast.processor.model;

import dev.precast.processor.model.QueryMethod.ValueRef;
import java.util.List;

/**
 * How the implementation of one repository method runs, as the validator resolved it: the
 * statement, the values it binds and how its rows are read. Everything here is fixed at compile
 * time; only the expansion of collection parameters waits for the call.
 *
 * @param method the method
 * @param action what the statement does
 * @param sql the statement, in pieces when a collection parameter expands at run time
 * @param countSql for a {@code Page}: the statement counting every matching row; else null
 * @param bindings the values bound, in parameter order
 * @param countBindings the values {@code countSql} binds
 * @param read how a row is read; null for counts, existence and writes
 * @param entity the repository's entity, whose metamodel names constraints in errors; null
 *     when it has none
 */
public record QueryPlan(
    QueryMethod method,
    Action action,
    List<SqlPiece> sql,
    List<SqlPiece> countSql,
    List<Binding> bindings,
    List<Binding> countBindings,
    RowRead read,
    EntityModel entity) {

  /** Copies the lists. */
  public QueryPlan {
    sql = List.copyOf(sql);
    countSql = countSql == null ? null : List.copyOf(countSql);
    bindings = List.copyOf(bindings);
    countBindings = List.copyOf(countBindings);
  }

  /** What a statement does. */
  public enum Action {
    /** Reads rows. */
    SELECT,
    /** Counts the matching rows. */
    COUNT,
    /** Whether a row matches. */
    EXISTS,
    /** Changes rows and returns how many. */
    WRITE
  }

  /** A piece of a statement's text. */
  public sealed interface SqlPiece {}

  /** Text, as written. */
  public record Text(String sql) implements SqlPiece {}

  /**
   * {@code column IN (?, ...)} (or {@code NOT IN}) for a collection parameter, which the
   * runtime writes with one marker per element; an empty collection matches no row ({@code
   * IN}) or every row ({@code NOT IN}).
   */
  public record InList(String column, boolean negated, String parameter) implements SqlPiece {}

  /** {@code ?, ?, ...} for a collection parameter of a {@code @Query}; {@code NULL} when empty. */
  public record Markers(String parameter) implements SqlPiece {}

  /**
   * One value bound to the statement.
   *
   * @param parameter the method parameter it comes from
   * @param value its type, for the setter; null for a {@code Limit} or {@code PageRequest}
   * @param form how the parameter becomes the bound value
   */
  public record Binding(String parameter, ValueRef value, Form form) {}

  /** How a parameter becomes the bound value. */
  public enum Form {
    /** As it is. */
    VALUE,
    /** Each element of the collection. */
    EACH,
    /** Escaped for LIKE and followed by {@code %}. */
    STARTING_WITH,
    /** Escaped for LIKE, after {@code %}. */
    ENDING_WITH,
    /** Escaped for LIKE, between {@code %}s. */
    CONTAINING,
    /** {@code limit.maxRows()}. */
    LIMIT,
    /** {@code page.size()}. */
    PAGE_SIZE,
    /** {@code page.offset()}. */
    PAGE_OFFSET,
    /** Now, by the database's clock: when a soft delete marks a row with the time. */
    DELETION_TIME
  }

  /** How a row becomes a returned element. */
  public sealed interface RowRead {}

  /** With the entity's generated mapper: the row holds its columns in its order. */
  public record EntityRead(EntityModel entity) implements RowRead {}

  /**
   * Into a record, one component per column.
   *
   * @param components the components' types, in the record's order
   * @param columns the 1-based column index of each component
   */
  public record ProjectionRead(
      javax.lang.model.element.TypeElement record, List<ValueRef> components, List<Integer> columns)
      implements RowRead {

    /** Copies the lists. */
    public ProjectionRead {
      components = List.copyOf(components);
      columns = List.copyOf(columns);
    }
  }

  /** One value from the first column. */
  public record ScalarRead(ValueRef value) implements RowRead {}
}
