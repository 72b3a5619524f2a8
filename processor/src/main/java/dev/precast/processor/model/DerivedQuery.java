package dev.precast.processor.model;

import java.util.List;

/**
 * A query read from a repository method's name, e.g. {@code
 * findTop10ByNameStartingWithIgnoreCaseAndActiveTrueOrderByIdDesc}: what it does, how many rows
 * it keeps, its conditions (groups joined by {@code Or}, each a list joined by {@code And}) and
 * its ordering. Property names are the entity's Java names.
 *
 * @param subject what the query does with the matching rows
 * @param limit the most rows kept ({@code First} is 1, {@code Top10} is 10), 0 for all
 * @param conditions the {@code Or} groups of {@code And}-joined conditions; empty for every row
 * @param orders the ordering, first key first
 */
public record DerivedQuery(
    Subject subject, int limit, List<List<Condition>> conditions, List<Ordering> orders) {

  /** Copies the lists. */
  public DerivedQuery {
    conditions = conditions.stream().map(List::copyOf).toList();
    orders = List.copyOf(orders);
  }

  /** Every condition, in the order of the method's parameters. */
  public List<Condition> flatConditions() {
    return conditions.stream().flatMap(List::stream).toList();
  }

  /** What a derived query does, from the method name's prefix. */
  public enum Subject {
    /** {@code findBy}: reads the rows. */
    FIND("find"),
    /** {@code streamBy}: reads the rows as a stream. */
    STREAM("stream"),
    /** {@code countBy}: counts the rows. */
    COUNT("count"),
    /** {@code existsBy}: whether there is a row. */
    EXISTS("exists"),
    /** {@code deleteBy}: deletes the rows. */
    DELETE("delete");

    private final String prefix;

    Subject(String prefix) {
      this.prefix = prefix;
    }

    /** The method name's prefix, e.g. {@code find}. */
    public String prefix() {
      return prefix;
    }
  }

  /**
   * One condition on a property.
   *
   * @param property the Java name of the property
   * @param operator how it is compared
   * @param ignoreCase whether strings are compared case-insensitively
   */
  public record Condition(String property, Operator operator, boolean ignoreCase) {}

  /**
   * One key of the ordering.
   *
   * @param property the Java name of the property
   * @param descending whether larger values come first
   */
  public record Ordering(String property, boolean descending) {}

  /** The comparisons a condition can make, with the method parameters each takes. */
  public enum Operator {
    EQUALS(1, "is"),
    NOT(1, "is not"),
    LESS_THAN(1, "is less than"),
    LESS_THAN_EQUAL(1, "is at most"),
    GREATER_THAN(1, "is greater than"),
    GREATER_THAN_EQUAL(1, "is at least"),
    BEFORE(1, "is before"),
    AFTER(1, "is after"),
    BETWEEN(2, "is between"),
    IN(1, "is in"),
    NOT_IN(1, "is not in"),
    LIKE(1, "is like"),
    NOT_LIKE(1, "is not like"),
    STARTING_WITH(1, "starts with"),
    ENDING_WITH(1, "ends with"),
    CONTAINING(1, "contains"),
    IS_NULL(0, "is null"),
    IS_NOT_NULL(0, "is not null"),
    TRUE(0, "is true"),
    FALSE(0, "is false");

    private final int parameters;
    private final String description;

    Operator(int parameters, String description) {
      this.parameters = parameters;
      this.description = description;
    }

    /** How many method parameters the condition takes. */
    public int parameters() {
      return parameters;
    }

    /** Says what it checks, for messages and Javadoc, e.g. {@code starts with}. */
    public String description() {
      return description;
    }

    /** Whether it takes a collection of values. */
    public boolean takesCollection() {
      return this == IN || this == NOT_IN;
    }

    /** Whether it only applies to strings. */
    public boolean isTextOnly() {
      return this == LIKE || this == NOT_LIKE || this == STARTING_WITH || this == ENDING_WITH
          || this == CONTAINING;
    }

    /** Whether it orders values, which booleans and binary values do not have. */
    public boolean isOrdering() {
      return this == LESS_THAN || this == LESS_THAN_EQUAL || this == GREATER_THAN
          || this == GREATER_THAN_EQUAL || this == BEFORE || this == AFTER || this == BETWEEN;
    }
  }
}
