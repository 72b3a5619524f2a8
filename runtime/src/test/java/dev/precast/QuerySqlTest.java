package dev.precast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.internal.Parameters;
import dev.precast.internal.TableDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SQL text the query DSL writes for each shape, the escaping of literal LIKE patterns, and
 * the statement cache: one text per shape, reused whatever the values, bounded in size. No
 * database: {@link Query#sql()} renders without one.
 */
class QuerySqlTest {
  record Person(Long id, String name, Integer age) {}

  static final EntityColumn<Person, Long> ID =
      new EntityColumn<>("id", "id", "id", Parameters::setLongOrNull);
  static final StringColumn<Person> NAME =
      new StringColumn<>("name", "name", "name", Parameters::setString);
  static final EntityColumn<Person, Integer> AGE =
      new EntityColumn<>("order", "\"order\"", "age", Parameters::setIntOrNull);

  /** A fresh table each time, so that each test sees its own statement cache. */
  private static EntityTable<Person> table() {
    TableDefinition definition = new TableDefinition("person", "person", "Person", List.of(),
        List.of(new TableConstraint("pk_person", TableConstraint.Kind.PRIMARY_KEY, "person",
            List.of("id"), List.of("id"), "PRIMARY KEY (id)", null, null)),
        List.of(), Map.of(), Map.of());
    return new EntityTable<>(definition, List.of(ID, NAME, AGE),
        row -> new Person(row.getLong(1), row.getString(2), row.getInt(3)));
  }

  private static Query<Person> query(EntityTable<Person> table) {
    return Query.from(null, table);
  }

  private static String where(Condition<Person> condition) {
    return query(table()).where(condition).sql();
  }

  @Test
  void comparisonsBindEveryValue() {
    assertThat(where(ID.eq(1L))).isEqualTo("SELECT id, name, \"order\" FROM person WHERE id = ?");
    assertThat(ID.ne(1L).sql()).isEqualTo("id <> ?");
    assertThat(AGE.lt(1).sql()).isEqualTo("\"order\" < ?");
    assertThat(AGE.le(1).sql()).isEqualTo("\"order\" <= ?");
    assertThat(AGE.gt(1).sql()).isEqualTo("\"order\" > ?");
    assertThat(AGE.ge(1).sql()).isEqualTo("\"order\" >= ?");
    assertThat(AGE.between(1, 9).sql()).isEqualTo("\"order\" BETWEEN ? AND ?");
    assertThat(ID.eq(null).sql()).isEqualTo("id IS NULL");
    assertThat(ID.ne(null).sql()).isEqualTo("id IS NOT NULL");
  }

  @Test
  void inListsHaveOneParameterPerValueAndEmptyOnesAreConstant() {
    assertThat(ID.in(List.of(1L, 2L, 3L)).sql()).isEqualTo("id IN (?, ?, ?)");
    assertThat(ID.notIn(List.of(1L)).sql()).isEqualTo("id NOT IN (?)");
    assertThat(ID.in(List.of()).sql()).isEqualTo("1 = 0");
    assertThat(ID.notIn(List.of()).sql()).isEqualTo("1 = 1");
    assertThatThrownBy(() -> ID.in(Collections.singletonList(null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("isNull()");
  }

  @Test
  void patternsSayTheirEscapeCharacter() {
    assertThat(NAME.like("J%").sql()).isEqualTo("name LIKE ? ESCAPE '\\'");
    assertThat(NAME.notLike("J%").sql()).isEqualTo("name NOT LIKE ? ESCAPE '\\'");
    assertThat(NAME.startsWith("J").sql()).isEqualTo("name LIKE ? ESCAPE '\\'");
    assertThat(NAME.endsWith("J").sql()).isEqualTo("name LIKE ? ESCAPE '\\'");
    assertThat(NAME.contains("J").sql()).isEqualTo("name LIKE ? ESCAPE '\\'");
  }

  @Test
  void ignoreCaseLowersBothSides() {
    assertThat(NAME.ignoreCase().eq("a").sql()).isEqualTo("LOWER(name) = LOWER(?)");
    assertThat(NAME.ignoreCase().ne("a").sql()).isEqualTo("LOWER(name) <> LOWER(?)");
    assertThat(NAME.ignoreCase().like("a%").sql())
        .isEqualTo("LOWER(name) LIKE LOWER(?) ESCAPE '\\'");
    assertThat(NAME.ignoreCase().contains("a").sql())
        .isEqualTo("LOWER(name) LIKE LOWER(?) ESCAPE '\\'");
    assertThat(NAME.ignoreCase().in(List.of("a", "b")).sql())
        .isEqualTo("LOWER(name) IN (LOWER(?), LOWER(?))");
    assertThat(NAME.ignoreCase().eq(null).sql()).isEqualTo("name IS NULL");
  }

  @Test
  void escapeLikeEscapesWildcardsAndTheEscapeCharacter() {
    assertThat(StringColumn.escapeLike("plain")).isEqualTo("plain");
    assertThat(StringColumn.escapeLike("100%")).isEqualTo("100\\%");
    assertThat(StringColumn.escapeLike("a_b")).isEqualTo("a\\_b");
    assertThat(StringColumn.escapeLike("back\\slash")).isEqualTo("back\\\\slash");
    assertThat(StringColumn.escapeLike("%_\\")).isEqualTo("\\%\\_\\\\");
    assertThat(StringColumn.escapeLike("O'Brien Zoë 🚀")).isEqualTo("O'Brien Zoë 🚀");
    assertThat(StringColumn.escapeLike("")).isEmpty();
  }

  @Test
  void conditionsCombineWithParentheses() {
    assertThat(ID.eq(1L).and(NAME.eq("a").or(AGE.isNull())).sql())
        .isEqualTo("(id = ?) AND ((name = ?) OR (\"order\" IS NULL))");
    assertThat(ID.eq(1L).not().sql()).isEqualTo("NOT (id = ?)");
    assertThat(query(table()).where(ID.gt(1L)).where(ID.lt(9L)).sql())
        .endsWith(" WHERE (id > ?) AND (id < ?)");
  }

  @Test
  void ordersLimitAndOffset() {
    assertThat(query(table()).orderBy(AGE.desc().nullsLast(), NAME.asc().nullsFirst(), ID.asc())
        .limit(5).offset(10).sql()).isEqualTo("SELECT id, name, \"order\" FROM person"
            + " ORDER BY \"order\" DESC NULLS LAST, name ASC NULLS FIRST, id ASC LIMIT ? OFFSET ?");
    assertThat(AGE.asc().nullsLast()).isEqualTo(AGE.asc().nullsLast())
        .hasSameHashCodeAs(AGE.asc().nullsLast()).isNotEqualTo(AGE.asc());
  }

  @Test
  void bulkStatements() {
    EntityTable<Person> table = table();

    assertThat(query(table).where(NAME.eq("a")).update().set(NAME, "b").set(AGE, null).sql())
        .isEqualTo("UPDATE person SET name = ?, \"order\" = ? WHERE name = ?");
    assertThat(query(table).all().update().set(AGE, 3).sql())
        .isEqualTo("UPDATE person SET \"order\" = ?");
  }

  @Test
  void bulkStatementsNeedAWhereOrAll() {
    EntityTable<Person> table = table();

    assertThatThrownBy(() -> query(table).delete()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call all() first");
    assertThatThrownBy(() -> query(table).update()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call all() first");
    assertThatThrownBy(() -> query(table).where(ID.eq(1L)).limit(1).delete())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("limit()");
    assertThatThrownBy(() -> query(table).all().where(ID.eq(1L)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> query(table).all().update().execute())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("sets no column");
    assertThatThrownBy(() -> query(table).all().update().set(ID, 2L))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("primary key");
    assertThatThrownBy(() -> query(table).all().update().set(AGE, 1).set(AGE, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
  }

  @Test
  void aShapeIsRenderedOnceAndItsTextReusedWhateverTheValues() {
    EntityTable<Person> table = table();

    String first = query(table).where(NAME.startsWith("a").and(AGE.in(List.of(1, 2))))
        .orderBy(ID.asc()).limit(3).sql();
    String second = query(table).where(NAME.startsWith("zz%").and(AGE.in(List.of(7, 8))))
        .orderBy(ID.asc()).limit(99).sql();

    assertThat(second).isSameAs(first);
    assertThat(table.statements().size()).isEqualTo(1);
  }

  @Test
  void everyDifferenceInShapeIsAnotherStatement() {
    EntityTable<Person> table = table();
    List<String> texts = List.of(
        query(table).where(AGE.in(List.of(1, 2))).sql(),
        query(table).where(AGE.in(List.of(1, 2, 3))).sql(),
        query(table).where(AGE.notIn(List.of(1, 2))).sql(),
        query(table).where(NAME.eq("a")).sql(),
        query(table).where(NAME.ignoreCase().eq("a")).sql(),
        query(table).where(NAME.eq("a").not()).sql(),
        query(table).where(NAME.eq("a")).orderBy(ID.asc()).sql(),
        query(table).where(NAME.eq("a")).orderBy(ID.asc().nullsFirst()).sql(),
        query(table).where(NAME.eq("a")).limit(1).sql(),
        query(table).where(NAME.eq("a")).offset(1).sql(),
        query(table).where(NAME.eq("a").and(AGE.eq(1))).sql(),
        query(table).where(NAME.eq("a").or(AGE.eq(1))).sql());

    assertThat(texts).doesNotHaveDuplicates();
    assertThat(table.statements().size()).isEqualTo(texts.size());
  }

  @Test
  void theCacheIsBoundedAndShapesBeyondItStillRender() {
    EntityTable<Person> table = table();
    List<Long> values = new ArrayList<>();

    for (int size = 1; size <= StatementCache.MAX_SHAPES + 50; size++) {
      values.add((long) size);
      String sql = query(table).where(ID.in(values)).sql();
      assertThat(sql).endsWith("?)");
    }

    assertThat(table.statements().size()).isEqualTo(StatementCache.MAX_SHAPES);
    String beyond = query(table).where(ID.in(values)).sql();
    assertThat(beyond).isEqualTo(query(table).where(ID.in(values)).sql())
        .isNotSameAs(query(table).where(ID.in(values)).sql());
  }
}
