package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.precast.it.support.FivePeople.names;
import static dev.precast.it.support.FivePeople.person;

import dev.precast.Condition;
import dev.precast.StringColumn;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.Note_;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.Person_;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.FivePeople;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.List;
import java.util.stream.Stream;

/**
 * The type-safe query DSL on a real table: each operator, ignoring case, ordering with NULLs
 * placed, limit and offset, first and count.
 */
class QueryDslTest extends DatabaseTest {
  /** The {@link FivePeople}: Ada 36, Bob 25, Cy (no age), Dee 25, Eve 41. */
  private static PersonRepository peopleOn(TestDatabase database) {
    return FivePeople.insertInto(fresh(database));
  }

  @OnEveryDatabase
  void eqAndNeCompareValues(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.AGE.eq(25)).orderBy(Person_.NAME.asc())
        .list())).containsExactly("Bob", "Dee");
    // SQL semantics: a NULL age is neither equal nor unequal to 25.
    assertThat(names(people.query().where(Person_.AGE.ne(25)).orderBy(Person_.NAME.asc())
        .list())).containsExactly("Ada", "Eve");
  }

  @OnEveryDatabase
  void eqNullIsIsNullAndNeNullIsIsNotNull(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.AGE.eq(null)).list())).containsExactly("Cy");
    assertThat(names(people.query().where(Person_.AGE.isNull()).list())).containsExactly("Cy");
    assertThat(people.query().where(Person_.AGE.ne(null)).count()).isEqualTo(4);
    assertThat(people.query().where(Person_.AGE.isNotNull()).count()).isEqualTo(4);
  }

  @OnEveryDatabase
  void ltAndGtAreStrict(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.AGE.lt(36)).orderBy(Person_.NAME.asc())
        .list())).containsExactly("Bob", "Dee");
    assertThat(names(people.query().where(Person_.AGE.gt(36)).list())).containsExactly("Eve");
    assertThat(names(people.query().where(Person_.AGE.ge(36)).orderBy(Person_.NAME.asc())
        .list())).containsExactly("Ada", "Eve");
    assertThat(people.query().where(Person_.AGE.le(25)).count()).isEqualTo(2);
  }

  @OnEveryDatabase
  void inMatchesAnyValueAndEmptyInMatchesNothing(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.NAME.in(List.of("Eve", "Ada", "Zed")))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Ada", "Eve");
    assertThat(people.query().where(Person_.NAME.in(List.of())).list()).isEmpty();
    assertThat(people.query().where(Person_.NAME.in(List.of())).count()).isZero();
  }

  @OnEveryDatabase
  void conditionsCombineWithAndOrNot(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query()
        .where(Person_.ACTIVE.eq(true).and(Person_.AGE.gt(30).or(Person_.AGE.isNull())))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Ada", "Cy");
    assertThat(names(people.query()
        .where(Person_.ACTIVE.eq(true))
        .where(Person_.NAME.eq("Ada").not())
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Cy", "Dee");
  }

  @OnEveryDatabase
  void orderByAscDescAndTieBreakers(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.AGE.isNotNull())
        .orderBy(Person_.AGE.desc(), Person_.NAME.desc()).list()))
        .containsExactly("Eve", "Ada", "Dee", "Bob");
    assertThat(names(people.query().orderBy(Person_.NAME.desc()).list()))
        .containsExactly("Eve", "Dee", "Cy", "Bob", "Ada");
  }

  @OnEveryDatabase
  void limitAndOffsetPage(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().orderBy(Person_.NAME.asc()).limit(2).list()))
        .containsExactly("Ada", "Bob");
    assertThat(names(people.query().orderBy(Person_.NAME.asc()).limit(2).offset(2).list()))
        .containsExactly("Cy", "Dee");
    assertThat(names(people.query().orderBy(Person_.NAME.asc()).offset(4).list()))
        .containsExactly("Eve");
    assertThat(people.query().orderBy(Person_.NAME.asc()).limit(0).list()).isEmpty();
    assertThat(people.query().orderBy(Person_.NAME.asc()).offset(10).list()).isEmpty();
  }

  @OnEveryDatabase
  void firstReturnsTheFirstInOrderOrEmpty(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(people.query().orderBy(Person_.NAME.desc()).first())
        .map(Person::getName).contains("Eve");
    assertThat(people.query().where(Person_.AGE.eq(25)).orderBy(Person_.NAME.asc()).offset(1)
        .first()).map(Person::getName).contains("Dee");
    assertThat(people.query().where(Person_.NAME.eq("Zed")).first()).isEmpty();
  }

  @OnEveryDatabase
  void countIgnoresOrderLimitAndOffset(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(people.query().count()).isEqualTo(5);
    assertThat(people.query().where(Person_.ACTIVE.eq(true)).orderBy(Person_.NAME.asc())
        .limit(1).offset(1).count()).isEqualTo(3);
  }

  @OnEveryDatabase
  void aQueryCanRunAgainAndSeesNewRows(TestDatabase database) {
    PersonRepository people = peopleOn(database);
    var active = people.query().where(Person_.ACTIVE.eq(true));
    long before = active.count();

    people.insert(person("Fay", 30, true));

    assertThat(active.count()).isEqualTo(before + 1);
    assertThat(active.list()).hasSize((int) before + 1);
  }

  @OnEveryDatabase
  void betweenIncludesBothBounds(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.AGE.between(25, 36))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Ada", "Bob", "Dee");
    assertThat(people.query().where(Person_.AGE.between(36, 25)).count()).isZero();
    assertThat(names(people.query().where(Person_.NAME.between("B", "D"))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Bob", "Cy");
  }

  @OnEveryDatabase
  void notInExcludesTheValuesAndEmptyNotInMatchesEveryRow(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.NAME.notIn(List.of("Ada", "Bob", "Zed")))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Cy", "Dee", "Eve");
    // SQL semantics: Cy's NULL age is not "not in" the list either.
    assertThat(names(people.query().where(Person_.AGE.notIn(List.of(25)))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Ada", "Eve");
    assertThat(people.query().where(Person_.AGE.notIn(List.of())).count()).isEqualTo(5);
  }

  @OnEveryDatabase
  void likeAndNotLikeTakeThePatternAsGiven(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.NAME.like("_e%")).list()))
        .containsExactly("Dee");
    assertThat(names(people.query().where(Person_.NAME.like("%e"))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Dee", "Eve");
    assertThat(names(people.query().where(Person_.NAME.notLike("%e"))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Ada", "Bob", "Cy");
  }

  @OnEveryDatabase
  void startsWithEndsWithAndContains(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().where(Person_.NAME.startsWith("A")).list()))
        .containsExactly("Ada");
    assertThat(names(people.query().where(Person_.NAME.endsWith("e"))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Dee", "Eve");
    assertThat(names(people.query().where(Person_.NAME.contains("o")).list()))
        .containsExactly("Bob");
    assertThat(people.query().where(Person_.NAME.startsWith("a")).count())
        .as("case-sensitive without ignoreCase()").isZero();
  }

  @OnEveryDatabase
  void ignoreCaseComparesInAnyCase(TestDatabase database) {
    PersonRepository people = peopleOn(database);
    var name = Person_.NAME.ignoreCase();

    assertThat(people.query().where(Person_.NAME.eq("ada")).count()).isZero();
    assertThat(names(people.query().where(name.eq("aDA")).list())).containsExactly("Ada");
    assertThat(people.query().where(name.ne("ADA")).count()).isEqualTo(4);
    assertThat(names(people.query().where(name.like("_E%")).list())).containsExactly("Dee");
    assertThat(names(people.query().where(name.startsWith("e")).list())).containsExactly("Eve");
    assertThat(names(people.query().where(name.endsWith("E")).orderBy(Person_.NAME.asc())
        .list())).containsExactly("Dee", "Eve");
    assertThat(names(people.query().where(name.contains("O")).list())).containsExactly("Bob");
    assertThat(names(people.query().where(name.in(List.of("ADA", "eve")))
        .orderBy(Person_.NAME.asc()).list())).containsExactly("Ada", "Eve");
    assertThat(people.query().where(name.notIn(List.of("ADA", "eve"))).count()).isEqualTo(3);
  }

  @OnEveryDatabase
  void nullsFirstAndNullsLastPlaceNullsTheSameOnEveryDatabase(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThat(names(people.query().orderBy(Person_.AGE.asc().nullsFirst(), Person_.NAME.asc())
        .list())).containsExactly("Cy", "Bob", "Dee", "Ada", "Eve");
    assertThat(names(people.query().orderBy(Person_.AGE.asc().nullsLast(), Person_.NAME.asc())
        .list())).containsExactly("Bob", "Dee", "Ada", "Eve", "Cy");
    assertThat(names(people.query().orderBy(Person_.AGE.desc().nullsFirst(), Person_.NAME.asc())
        .list())).containsExactly("Cy", "Eve", "Ada", "Bob", "Dee");
    assertThat(names(people.query().orderBy(Person_.AGE.desc().nullsLast(), Person_.NAME.desc())
        .list())).containsExactly("Eve", "Ada", "Dee", "Bob", "Cy");
  }

  /**
   * Quotes, LIKE wildcards, backslashes and astral characters reach the database as parameters
   * and match literally: startsWith("100%") does not match "1000", contains("_") not "axb".
   */
  @OnEveryDatabase
  void patternOperatorsMatchQuotesWildcardsBackslashesAndUnicodeLiterally(
      TestDatabase database) {
    NoteRepository notes = new NoteRepository(fresh(database));
    notes.insertAll(Stream.of("O'Brien", "100%", "100% sure", "1000", "a_b", "axb",
        "back\\slash", "backslash", "Zoë 🚀", "ZOË").map(Note::new).toList());

    assertThat(bodies(notes, Note_.BODY.startsWith("100%"))).containsExactly("100%", "100% sure");
    assertThat(bodies(notes, Note_.BODY.contains("_"))).containsExactly("a_b");
    assertThat(bodies(notes, Note_.BODY.contains("\\"))).containsExactly("back\\slash");
    assertThat(bodies(notes, Note_.BODY.startsWith("back\\s"))).containsExactly("back\\slash");
    assertThat(bodies(notes, Note_.BODY.endsWith("%"))).containsExactly("100%");
    assertThat(bodies(notes, Note_.BODY.contains("'"))).containsExactly("O'Brien");
    assertThat(bodies(notes, Note_.BODY.endsWith("🚀"))).containsExactly("Zoë 🚀");
    assertThat(bodies(notes, Note_.BODY.eq("O'Brien"))).containsExactly("O'Brien");
    assertThat(bodies(notes, Note_.BODY.in(List.of("a_b", "Zoë 🚀"))))
        .containsExactly("Zoë 🚀", "a_b");
    // like() takes a pattern: _ is a wildcard, and \ makes the next character literal.
    assertThat(bodies(notes, Note_.BODY.like("a_b"))).containsExactly("a_b", "axb");
    assertThat(bodies(notes, Note_.BODY.like("100\\%%"))).containsExactly("100%", "100% sure");
    assertThat(bodies(notes, Note_.BODY.like("%\\\\%"))).containsExactly("back\\slash");
    assertThat(bodies(notes, Note_.BODY.like(StringColumn.escapeLike("a_b") + "%")))
        .containsExactly("a_b");
    assertThat(bodies(notes, Note_.BODY.notLike("%\\_%"))).doesNotContain("a_b")
        .contains("axb");
    assertThat(bodies(notes, Note_.BODY.ignoreCase().eq("zoë"))).containsExactly("ZOË");
    assertThat(bodies(notes, Note_.BODY.ignoreCase().startsWith("zoë")))
        .containsExactly("ZOË", "Zoë 🚀");
    assertThat(bodies(notes, Note_.BODY.ignoreCase().contains("O'b"))).containsExactly("O'Brien");
    assertThat(notes.query().where(Note_.BODY.startsWith("100%")
            .or(Note_.BODY.contains("O'Brien"))).sql())
        .doesNotContain("100%").doesNotContain("O'Brien").contains("ESCAPE '\\'");
  }

  @OnEveryDatabase
  void orderingComparisonsRejectNull(TestDatabase database) {
    PersonRepository people = peopleOn(database);

    assertThatThrownBy(() -> Person_.AGE.lt(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> people.query().limit(-1)).isInstanceOf(IllegalArgumentException.class);
  }


  /** The bodies of the notes that match, sorted by Java (collations differ). */
  private static List<String> bodies(NoteRepository notes, Condition<Note> condition) {
    return notes.query().where(condition).list().stream().map(n -> n.body).sorted().toList();
  }

}
