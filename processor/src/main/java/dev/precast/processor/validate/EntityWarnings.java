package dev.precast.processor.validate;

import dev.precast.processor.diag.Diagnostic;
import dev.precast.processor.diag.Problem;
import dev.precast.processor.diag.Suggestions;
import dev.precast.processor.dialect.Identifiers;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.CheckModel;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.IndexModel;
import dev.precast.processor.model.Names;
import dev.precast.processor.model.PropertyModel;
import dev.precast.processor.model.ReferenceModel;
import dev.precast.processor.model.Rule;
import dev.precast.processor.model.UniqueModel;
import dev.precast.processor.model.ValueType;
import dev.precast.processor.parse.Annotations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Finds what works but is slow or fragile in an entity that has no errors: a generated finder
 * no index serves, a name PostgreSQL would cut short, unbounded text in a unique index, a
 * {@code @Check} that seems to misspell a column. Each is a warning ({@code 7xx}); code is
 * generated all the same.
 */
public final class EntityWarnings {
  /** The length suggested for a text column when nothing in the model hints at one. */
  private static final int SUGGESTED_LENGTH = 255;
  /** PostgreSQL's largest VARCHAR length, beyond which a {@code @Size(max)} is no suggestion. */
  private static final long MAX_VARCHAR_LENGTH = 10_485_760;

  /** Every warning of {@code entity}, a model the validators found no error in. */
  public List<Problem> check(EntityModel entity) {
    List<Problem> problems = new ArrayList<>();
    checkFinders(entity, problems);
    checkIdentifierLengths(entity, problems);
    checkUniqueText(entity, problems);
    checkCheckNames(entity, problems);
    return problems;
  }

  /**
   * A reference's {@code findBy<Field>} needs an index on its column. The primary key, a unique
   * constraint or an index starting with it serve on every dialect; else H2 indexes the foreign
   * key itself, and on PostgreSQL Precast adds {@code ix_<table>_<column>} — which {@code CREATE
   * INDEX IF NOT EXISTS} skips when one of the table's own indexes already has that name. (A
   * unique field's finder is served by its unique constraint; an index of another table with
   * the name is an error, as that may cost the declared index instead.)
   */
  private static void checkFinders(EntityModel entity, List<Problem> problems) {
    for (PropertyModel property : entity.properties()) {
      Optional<ReferenceModel> reference = entity.reference(property);
      if (reference.isEmpty() || property.unique() != null || property.isId()
          || entity.hasIndexLeadingWith(property.columnName())) {
        continue;
      }
      String generated = Names.index(entity.tableName(), List.of(property.columnName()));
      IndexModel taken = entity.indexes().stream()
          .filter(index -> entity.indexName(index).equals(generated))
          .findFirst()
          .orElse(null);
      List<String> unserved = Stream.of(SqlDialect.values())
          .filter(dialect -> !dialect.indexesForeignKeys())
          .map(SqlDialect::displayName)
          .toList();
      if (taken == null || unserved.isEmpty()) {
        continue;
      }
      problems.add(Problem.on(property.field(), reference.get().annotation(),
          Diagnostic.FINDER_WITHOUT_INDEX, Names.capitalize(property.name()),
          entity.simpleName(), property.columnName(), String.join(" and ", unserved),
          "the index Precast adds for its foreign key would be named " + generated
              + ", which the @Index on " + String.join(", ", taken.columns())
              + " already is",
          "give that @Index another name, or put @Index on " + property.name()));
    }
  }

  /**
   * PostgreSQL truncates longer names (with a notice only), so the database would know a table
   * or column by a name Precast never uses. Generated constraint and index names are shortened
   * with a hash; names the user gives or that are derived from Java names are not.
   */
  private static void checkIdentifierLengths(EntityModel entity, List<Problem> problems) {
    AnnotationMirror table = entity.table();
    checkLength(entity.element(), table, "name", "table name", entity.tableName(),
        "give the table a shorter @Table(name = ...)", problems);
    for (PropertyModel property : entity.properties()) {
      checkLength(property.field(), property.column(), "name", "column name",
          property.columnName(), "give the column a shorter @Column(name = ...)", problems);
    }
    for (IndexModel index : entity.indexes()) {
      if (!index.name().isEmpty()) {
        checkLength(index.element(), index.annotation(), "name", "index name", index.name(),
            "give the @Index a shorter name", problems);
      }
    }
  }

  private static void checkLength(Element element, AnnotationMirror annotation, String attribute,
      String what, String name, String fix, List<Problem> problems) {
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > Names.MAX_IDENTIFIER_BYTES) {
      problems.add(Problem.on(element, annotation,
          annotation == null ? null : Annotations.explicitValue(annotation, attribute),
          Diagnostic.LONG_IDENTIFIER, what, name, bytes, fix));
    }
  }

  /**
   * A String column without a length is TEXT on PostgreSQL, whose btree entries are limited to
   * about a third of a page, and VARCHAR of a billion characters on H2. In the primary key or a
   * unique constraint one long value then fails its insert. {@code @Size(max)} bounds only what
   * the validator lets through, not the column, so it does not count; it is the length
   * suggested.
   */
  private static void checkUniqueText(EntityModel entity, List<Problem> problems) {
    Set<PropertyModel> warned = new LinkedHashSet<>();
    entity.id().ifPresent(id -> warnIfUnbounded(id, id.id(),
        "the primary key " + Names.primaryKey(entity.tableName()), warned, problems));
    for (UniqueModel unique : entity.uniques()) {
      List<PropertyModel> columns = unique.columns().stream()
          .map(column -> entity.propertyByColumn(column).orElseThrow())
          .toList();
      String constraint = "unique constraint " + Names.unique(entity.tableName(),
          columns.stream().map(PropertyModel::columnName).collect(Collectors.toList()));
      for (PropertyModel column : columns) {
        warnIfUnbounded(column, unique.onType() ? column.column() : unique.annotation(),
            constraint, warned, problems);
      }
    }
  }

  /**
   * An unquoted word in a {@code @Check} that is no column but a few edits from one is likely
   * a misspelt column, which would fail createAll; it may also be an SQL function or keyword
   * no list here knows, so this is a warning. Reserved words, the keywords {@link CheckSql}
   * knows and names in other positions (functions, qualifiers, casts) are never suspects.
   */
  private static void checkCheckNames(EntityModel entity, List<Problem> problems) {
    List<String> columns = entity.properties().stream().map(PropertyModel::columnName).toList();
    for (CheckModel check : entity.checks()) {
      Set<String> warned = new HashSet<>();
      for (CheckSql.Name name : CheckSql.names(check.sql())) {
        String word = name.text();
        if (name.quoted() || !name.columnPosition() || entity.propertyByColumn(word).isPresent()
            || Identifiers.isReserved(word) || CheckSql.isKeyword(word)
            || !warned.add(word.toLowerCase(Locale.ROOT))) {
          continue;
        }
        Suggestions.closest(word, columns).ifPresent(column -> problems.add(Problem.on(
            check.element(), check.annotation(),
            Annotations.explicitValue(check.annotation(), "value"),
            Diagnostic.CHECK_UNKNOWN_NAME, check.element().getSimpleName(), word,
            entity.simpleName(), Identifiers.sql(column), word)));
      }
    }
  }

  private static void warnIfUnbounded(PropertyModel property, AnnotationMirror annotation,
      String constraint, Set<PropertyModel> warned, List<Problem> problems) {
    if (property.valueType() != ValueType.STRING || property.length() > 0
        || !warned.add(property)) {
      return;
    }
    long suggested = property.rules().stream()
        .filter(rule -> rule.kind() == Rule.Kind.SIZE && rule.max() > 0
            && rule.max() <= MAX_VARCHAR_LENGTH)
        .mapToLong(Rule::max)
        .min()
        .orElse(SUGGESTED_LENGTH);
    problems.add(Problem.on(property.field(), annotation, Diagnostic.UNBOUNDED_UNIQUE_TEXT,
        property.name(), constraint, suggested));
  }
}
