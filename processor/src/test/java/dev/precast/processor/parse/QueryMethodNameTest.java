package dev.precast.processor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.processor.model.DerivedQuery;
import dev.precast.processor.model.DerivedQuery.Condition;
import dev.precast.processor.model.DerivedQuery.Operator;
import dev.precast.processor.model.DerivedQuery.Ordering;
import dev.precast.processor.model.DerivedQuery.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryMethodNameTest {
  private static final List<String> USER =
      List.of("id", "name", "email", "active", "order", "orderNumber", "brand", "createdAt");

  private static DerivedQuery parse(String method) {
    QueryMethodName.Result result = QueryMethodName.parse(method, USER);
    assertThat(result).isInstanceOf(QueryMethodName.Parsed.class);
    return ((QueryMethodName.Parsed) result).query();
  }

  @Test
  void readsSubjectLimitAndConditions() {
    DerivedQuery query = parse("findTop10ByNameStartingWithIgnoreCaseAndActiveTrue");

    assertThat(query.subject()).isEqualTo(Subject.FIND);
    assertThat(query.limit()).isEqualTo(10);
    assertThat(query.conditions()).containsExactly(List.of(
        new Condition("name", Operator.STARTING_WITH, true),
        new Condition("active", Operator.TRUE, false)));
  }

  @Test
  void orStartsANewGroup() {
    DerivedQuery query = parse("countByNameOrEmailAndActiveFalse");

    assertThat(query.subject()).isEqualTo(Subject.COUNT);
    assertThat(query.conditions()).containsExactly(
        List.of(new Condition("name", Operator.EQUALS, false)),
        List.of(new Condition("email", Operator.EQUALS, false),
            new Condition("active", Operator.FALSE, false)));
  }

  @Test
  void propertiesContainingKeywordsAreMatchedFirst() {
    assertThat(parse("findByOrderNumberIn").flatConditions())
        .containsExactly(new Condition("orderNumber", Operator.IN, false));
    assertThat(parse("findByOrderOrBrand").conditions()).containsExactly(
        List.of(new Condition("order", Operator.EQUALS, false)),
        List.of(new Condition("brand", Operator.EQUALS, false)));
    assertThat(parse("findByBrandOrderByOrderDesc").orders())
        .containsExactly(new Ordering("order", true));
  }

  @Test
  void readsEveryOperatorKeyword() {
    assertThat(parse("findByIdGreaterThanEqualAndIdLessThanAndCreatedAtBeforeAndCreatedAtAfter")
        .flatConditions()).extracting(Condition::operator).containsExactly(
            Operator.GREATER_THAN_EQUAL, Operator.LESS_THAN, Operator.BEFORE, Operator.AFTER);
    assertThat(parse("findByNameIsNotNullAndEmailIsNullAndIdNotInAndIdBetween")
        .flatConditions()).extracting(Condition::operator).containsExactly(
            Operator.IS_NOT_NULL, Operator.IS_NULL, Operator.NOT_IN, Operator.BETWEEN);
    assertThat(parse("findByNameNotLikeAndEmailEndingWithAndNameContainingAndIdNot")
        .flatConditions()).extracting(Condition::operator).containsExactly(
            Operator.NOT_LIKE, Operator.ENDING_WITH, Operator.CONTAINING, Operator.NOT);
    assertThat(parse("existsByEmailIsAndNameEquals").flatConditions())
        .extracting(Condition::operator).containsExactly(Operator.EQUALS, Operator.EQUALS);
  }

  @Test
  void readsSeveralOrderings() {
    DerivedQuery query = parse("findByActiveTrueOrderByNameAscIdDesc");

    assertThat(query.orders())
        .containsExactly(new Ordering("name", false), new Ordering("id", true));
  }

  @Test
  void aNameWithoutConditionsReadsEveryRow() {
    DerivedQuery query = parse("findFirstByOrderByCreatedAtDesc");

    assertThat(query.limit()).isEqualTo(1);
    assertThat(query.conditions()).isEmpty();
    assertThat(query.orders()).containsExactly(new Ordering("createdAt", true));
  }

  @Test
  void namesAnUnknownPropertyAsWritten() {
    assertThat(QueryMethodName.parse("findByEmial", USER))
        .isEqualTo(new QueryMethodName.UnknownProperty("emial"));
    assertThat(QueryMethodName.parse("findByNameAndAgeGreaterThan", USER))
        .isEqualTo(new QueryMethodName.UnknownProperty("age"));
    assertThat(QueryMethodName.parse("findByNameOrderByAge", USER))
        .isEqualTo(new QueryMethodName.UnknownProperty("age"));
  }

  @Test
  void otherNamesAreNoDerivedQueries() {
    assertThat(QueryMethodName.parse("byEmail", USER)).isEqualTo(new QueryMethodName.NotDerived());
    assertThat(QueryMethodName.parse("findName", USER))
        .isEqualTo(new QueryMethodName.NotDerived());
    assertThat(QueryMethodName.parse("findByname", USER))
        .isEqualTo(new QueryMethodName.NotDerived());
  }
}
