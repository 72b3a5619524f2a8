package dev.precast.processor.parse;

import dev.precast.processor.model.DerivedQuery;
import dev.precast.processor.model.DerivedQuery.Condition;
import dev.precast.processor.model.DerivedQuery.Operator;
import dev.precast.processor.model.DerivedQuery.Ordering;
import dev.precast.processor.model.DerivedQuery.Subject;
import dev.precast.processor.model.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a derived query from a method name, against the entity's property names:
 *
 * <pre>
 * name       = subject ["First" | "Top" digits] "By" [conditions] ["OrderBy" orderings]
 * subject    = "find" | "stream" | "count" | "exists" | "delete"
 * conditions = condition {("And" | "Or") condition}
 * condition  = Property [operator] ["IgnoreCase" | "IgnoringCase"]
 * orderings  = Property ["Asc" | "Desc"] {Property ["Asc" | "Desc"]}
 * </pre>
 *
 * Properties are matched before keywords, longest first, so a property may contain {@code Or},
 * {@code And} or {@code In} ({@code order}, {@code brand}, {@code index}).
 */
public final class QueryMethodName {
  private static final Pattern PREFIX =
      Pattern.compile("^(find|stream|count|exists|delete)(First|Top(\\d+))?By(?=\\p{Lu}|$)");

  /** Operator keywords, each with its synonyms; tried longest first. */
  private static final List<Map.Entry<String, Operator>> KEYWORDS = keywords();

  private final String method;
  private final List<String> properties;
  private String rest;

  private QueryMethodName(String method, List<String> properties) {
    this.method = method;
    // Longest first, so that "nameIn" wins over "name" followed by the keyword In.
    this.properties = properties.stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** The outcome: a query, or what is wrong with the name. */
  public sealed interface Result {}

  /** A name that reads as a query. */
  public record Parsed(DerivedQuery query) implements Result {}

  /** A name that does not start like a derived query: {@code findBy}, {@code countBy}, ... */
  public record NotDerived() implements Result {}

  /**
   * A name naming something that is not a property.
   *
   * @param name the word where a property was expected, as a Java name
   */
  public record UnknownProperty(String name) implements Result {}

  /** Reads {@code method} as a query on an entity with these Java property names. */
  public static Result parse(String method, List<String> properties) {
    return new QueryMethodName(method, properties).parse();
  }

  private Result parse() {
    Matcher prefix = PREFIX.matcher(method);
    if (!prefix.find()) {
      return new NotDerived();
    }
    Subject subject = Subject.valueOf(prefix.group(1).toUpperCase(java.util.Locale.ROOT));
    int limit = prefix.group(2) == null ? 0
        : prefix.group(3) == null ? 1 : parseLimit(prefix.group(3));
    rest = method.substring(prefix.end());
    List<List<Condition>> groups = new ArrayList<>();
    if (!rest.isEmpty() && !rest.startsWith("OrderBy")) {
      List<Condition> group = new ArrayList<>();
      groups.add(group);
      while (true) {
        Result failure = condition(group);
        if (failure != null) {
          return failure;
        }
        if (rest.isEmpty() || rest.startsWith("OrderBy")) {
          break;
        }
        if (rest.startsWith("And")) {
          rest = rest.substring(3);
        } else {
          rest = rest.substring(2);
          group = new ArrayList<>();
          groups.add(group);
        }
      }
    }
    List<Ordering> orders = new ArrayList<>();
    if (rest.startsWith("OrderBy")) {
      rest = rest.substring("OrderBy".length());
      do {
        String property = property();
        if (property == null) {
          return new UnknownProperty(Names.decapitalize(word(rest)));
        }
        boolean descending = rest.startsWith("Desc");
        if (descending || rest.startsWith("Asc")) {
          rest = rest.substring(descending ? 4 : 3);
        }
        orders.add(new Ordering(property, descending));
      } while (!rest.isEmpty());
    }
    return new Parsed(new DerivedQuery(subject, limit, groups, orders));
  }

  /** Reads one condition into {@code group}; null when it could, else the failure. */
  private Result condition(List<Condition> group) {
    String before = rest;
    for (String property : properties) {
      String capitalized = Names.capitalize(property);
      if (!before.startsWith(capitalized)) {
        continue;
      }
      String after = before.substring(capitalized.length());
      for (Map.Entry<String, Operator> keyword : KEYWORDS) {
        if (after.startsWith(keyword.getKey())
            && endsCondition(after.substring(keyword.getKey().length()))) {
          group.add(finish(property, keyword.getValue(),
              after.substring(keyword.getKey().length())));
          return null;
        }
      }
      if (endsCondition(after)) {
        group.add(finish(property, Operator.EQUALS, after));
        return null;
      }
    }
    return new UnknownProperty(Names.decapitalize(word(before)));
  }

  private Condition finish(String property, Operator operator, String after) {
    rest = withoutIgnoreCase(after);
    return new Condition(property, operator, rest.length() != after.length());
  }

  /** Whether the text after a condition is where a condition may end. */
  private static boolean endsCondition(String after) {
    String next = withoutIgnoreCase(after);
    return next.isEmpty() || next.startsWith("OrderBy") || startsWord(next, "And")
        || startsWord(next, "Or");
  }

  private static String withoutIgnoreCase(String text) {
    for (String keyword : List.of("IgnoreCase", "IgnoringCase")) {
      if (text.startsWith(keyword)) {
        return text.substring(keyword.length());
      }
    }
    return text;
  }

  private static boolean startsWord(String text, String word) {
    return text.startsWith(word) && text.length() > word.length()
        && Character.isUpperCase(text.charAt(word.length()));
  }

  /** The property at the start of {@code rest}, longest first, consumed; null when none. */
  private String property() {
    for (String property : properties) {
      String capitalized = Names.capitalize(property);
      if (rest.startsWith(capitalized)) {
        String after = rest.substring(capitalized.length());
        if (after.isEmpty() || Character.isUpperCase(after.charAt(0))) {
          rest = after;
          return property;
        }
      }
    }
    return null;
  }

  /** The unknown word at the start of {@code text}: up to the next And, Or or OrderBy. */
  private static String word(String text) {
    Matcher end = Pattern.compile("(?<=\\p{Ll}|\\d)(And|Or|OrderBy|Asc|Desc)(?=\\p{Lu}|$)")
        .matcher(text);
    String word = end.find() ? text.substring(0, end.start()) : text;
    for (Map.Entry<String, Operator> keyword : KEYWORDS) {
      if (word.endsWith(keyword.getKey()) && word.length() > keyword.getKey().length()) {
        return word.substring(0, word.length() - keyword.getKey().length());
      }
    }
    return word.isEmpty() ? text : word;
  }

  private static int parseLimit(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static List<Map.Entry<String, Operator>> keywords() {
    List<Map.Entry<String, Operator>> keywords = new ArrayList<>();
    add(keywords, Operator.IS_NOT_NULL, "IsNotNull", "NotNull");
    add(keywords, Operator.IS_NULL, "IsNull", "Null");
    add(keywords, Operator.NOT_IN, "IsNotIn", "NotIn");
    add(keywords, Operator.IN, "IsIn", "In");
    add(keywords, Operator.NOT_LIKE, "IsNotLike", "NotLike");
    add(keywords, Operator.LIKE, "IsLike", "Like");
    add(keywords, Operator.STARTING_WITH, "IsStartingWith", "StartingWith", "StartsWith");
    add(keywords, Operator.ENDING_WITH, "IsEndingWith", "EndingWith", "EndsWith");
    add(keywords, Operator.CONTAINING, "IsContaining", "Containing", "Contains");
    add(keywords, Operator.LESS_THAN_EQUAL, "IsLessThanEqual", "LessThanEqual");
    add(keywords, Operator.LESS_THAN, "IsLessThan", "LessThan");
    add(keywords, Operator.GREATER_THAN_EQUAL, "IsGreaterThanEqual", "GreaterThanEqual");
    add(keywords, Operator.GREATER_THAN, "IsGreaterThan", "GreaterThan");
    add(keywords, Operator.BETWEEN, "IsBetween", "Between");
    add(keywords, Operator.BEFORE, "IsBefore", "Before");
    add(keywords, Operator.AFTER, "IsAfter", "After");
    add(keywords, Operator.TRUE, "IsTrue", "True");
    add(keywords, Operator.FALSE, "IsFalse", "False");
    add(keywords, Operator.NOT, "IsNot", "Not");
    add(keywords, Operator.EQUALS, "Equals", "Is");
    keywords.sort(Comparator.comparingInt(
        (Map.Entry<String, Operator> keyword) -> keyword.getKey().length()).reversed());
    return List.copyOf(keywords);
  }

  private static void add(
      List<Map.Entry<String, Operator>> keywords, Operator operator, String... spellings) {
    for (String spelling : spellings) {
      keywords.add(Map.entry(spelling, operator));
    }
  }
}
