package dev.precast.processor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.precast.processor.parse.NamedSql.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which colons of a {@code @Query} are {@code :name} parameters, and the SQL JDBC gets. */
class NamedSqlTest {

  private static List<String> names(String sql) {
    return NamedSql.parse(sql).parameters().stream().map(Parameter::name).toList();
  }

  @Test
  void aParameterIsAColonAndAJavaIdentifier() {
    NamedSql sql = NamedSql.parse("SELECT * FROM users WHERE email = :email");

    assertThat(sql.parameters()).containsExactly(new Parameter("email", 34, 40));
    assertThat(sql.jdbcSql()).isEqualTo("SELECT * FROM users WHERE email = ?");
    assertThat(sql.names()).containsExactly("email");
    assertThat(sql.text()).isEqualTo("SELECT * FROM users WHERE email = :email");
  }

  @Test
  void aRepeatedNameIsEveryOccurrenceButOneName() {
    NamedSql sql = NamedSql.parse(
        "SELECT * FROM t WHERE a = :x OR b = :y OR c = :x");

    assertThat(sql.parameters()).extracting(Parameter::name).containsExactly("x", "y", "x");
    assertThat(sql.names()).containsExactly("x", "y");
    assertThat(sql.jdbcSql()).isEqualTo("SELECT * FROM t WHERE a = ? OR b = ? OR c = ?");
  }

  @Test
  void namesMayHaveDigitsUnderscoresAndDollarsButNotStartWithADigit() {
    assertThat(names("VALUES (:p1, :first_name, :_x, :a$b, :Größe, :1, :2x)"))
        .containsExactly("p1", "first_name", "_x", "a$b", "Größe");
    assertThat(NamedSql.parse("VALUES (:1)").jdbcSql()).isEqualTo("VALUES (:1)");
  }

  @Test
  void castsAreNoParameters() {
    NamedSql sql = NamedSql.parse(
        "SELECT created::date, name:: text, :at::timestamptz FROM t WHERE id = :id::bigint");

    assertThat(sql.names()).containsExactly("at", "id");
    assertThat(sql.jdbcSql()).isEqualTo(
        "SELECT created::date, name:: text, ?::timestamptz FROM t WHERE id = ?::bigint");
  }

  @Test
  void aColonWithNoNameAfterItIsText() {
    assertThat(names("SELECT f(a := 1), ':' FROM t WHERE x = : y")).isEmpty();
  }

  @Test
  void colonsInStringsAreText() {
    assertThat(names("SELECT 'a:b', 'it''s :not', '' FROM t WHERE x = :x AND y = 'c:d'"))
        .containsExactly("x");
  }

  @Test
  void aBackslashInAPlainStringIsText() {
    // Standard strings: the backslash is a character, so the string ends at the next quote.
    assertThat(names("SELECT 'C:\\' , :path")).containsExactly("path");
  }

  @Test
  void escapeStringsMayQuoteTheirQuoteWithABackslash() {
    assertThat(names("SELECT E'it\\'s :no', e'\\\\', :yes, E'a''b:c'"))
        .containsExactly("yes");
    // A word ending in E is no prefix: 'x' after it is a plain string.
    assertThat(names("SELECT typE'\\', :yes")).containsExactly("yes");
  }

  @Test
  void quotedNamesAreText() {
    assertThat(names("SELECT \"a:b\", \"say \"\":x\"\"\" FROM \"user\" WHERE id = :id"))
        .containsExactly("id");
  }

  @Test
  void dollarQuotedStringsAreTextWhateverTheirTag() {
    assertThat(names("SELECT $$a:b$$, $tag$ :no $$ :still_no $tag$, $x1$:z$x1$ WHERE v = :v"))
        .containsExactly("v");
    // $1 and a$b open no dollar quote.
    assertThat(names("SELECT a$b, $1 FROM t WHERE v = :v")).containsExactly("v");
  }

  @Test
  void commentsAreText() {
    assertThat(names("""
        SELECT * -- where :no
        FROM t /* outer /* nested :no */ still :no */ WHERE x = :x
        """)).containsExactly("x");
  }

  @Test
  void aLineCommentEndsAtACarriageReturnToo() {
    assertThat(names("SELECT 1 -- :no\rWHERE x = :x")).containsExactly("x");
  }

  @Test
  void aParameterMayEndTheText() {
    NamedSql sql = NamedSql.parse("SELECT * FROM t WHERE id = :id");

    assertThat(sql.parameters()).containsExactly(new Parameter("id", 27, 30));
    assertThat(sql.fragments()).containsExactly("SELECT * FROM t WHERE id = ", "");
  }

  @Test
  void aParameterMayStartTheText() {
    assertThat(NamedSql.parse(":a").fragments()).containsExactly("", "");
  }

  @Test
  void fragmentsAreTheTextAroundTheOccurrences() {
    NamedSql sql = NamedSql.parse("SELECT * FROM t WHERE id IN (:ids) AND kind = :kind");

    assertThat(sql.fragments())
        .containsExactly("SELECT * FROM t WHERE id IN (", ") AND kind = ", "");
    // A collection expands into as many markers as it has elements.
    List<String> parts = sql.fragments();
    assertThat(parts.get(0) + "?, ?, ?" + parts.get(1) + "?" + parts.get(2))
        .isEqualTo("SELECT * FROM t WHERE id IN (?, ?, ?) AND kind = ?");
  }

  @Test
  void fragmentsJoinedWithMarkersAreTheJdbcSql() {
    for (String text : List.of("", "SELECT 1", ":a", ":a:b", "x = :a, y = :b, z = :a",
        "SELECT ':a' || :a -- :a")) {
      NamedSql sql = NamedSql.parse(text);
      assertThat(sql.fragments()).hasSize(sql.parameters().size() + 1);
      assertThat(String.join("?", sql.fragments())).isEqualTo(sql.jdbcSql());
      // And joined with the occurrences they are the text.
      StringBuilder back = new StringBuilder(sql.fragments().get(0));
      for (int i = 0; i < sql.parameters().size(); i++) {
        back.append(':').append(sql.parameters().get(i).name())
            .append(sql.fragments().get(i + 1));
      }
      assertThat(back).hasToString(text);
    }
  }

  @Test
  void adjacentParametersAreTwo() {
    assertThat(names(":a:b")).containsExactly("a", "b");
  }

  @Test
  void unicodeInLiteralsAndNamesKeepsOffsetsRight() {
    String text = "SELECT 'größe: 日記 😀:no' AS \"名:前\", :wert WHERE x = :日付";
    NamedSql sql = NamedSql.parse(text);

    assertThat(sql.names()).containsExactly("wert", "日付");
    for (Parameter parameter : sql.parameters()) {
      assertThat(text.substring(parameter.start(), parameter.end()))
          .isEqualTo(":" + parameter.name());
    }
    assertThat(sql.jdbcSql()).isEqualTo("SELECT 'größe: 日記 😀:no' AS \"名:前\", ? WHERE x = ?");
  }

  @Test
  void anUnterminatedStringOrCommentRunsToTheEnd() {
    assertThat(names("SELECT :a, 'open :b")).containsExactly("a");
    assertThat(names("SELECT :a /* open :b")).containsExactly("a");
    assertThat(names("SELECT :a, \"open :b")).containsExactly("a");
    assertThat(names("SELECT :a, $q$ open :b")).containsExactly("a");
  }

  @Test
  void positionalMarkersAreReportedOutsideText() {
    String text = "SELECT '?', \"?\" /* ? */ FROM t WHERE a = ? AND b = :b AND c = $1 -- ?";

    assertThat(NamedSql.parse(text).positionalMarkers())
        .containsExactly(text.indexOf("= ?") + 2, text.indexOf("$1"));
  }

  @Test
  void jsonbOperatorsAreReportedTooForTheCallerToJudge() {
    String text = "SELECT * FROM t WHERE data ? 'k' OR data ?| :keys";
    NamedSql sql = NamedSql.parse(text);

    assertThat(sql.positionalMarkers())
        .containsExactly(text.indexOf("? 'k'"), text.indexOf("?|"));
    assertThat(sql.names()).containsExactly("keys");
  }

  @Test
  void noMarkersInPlainNamedSql() {
    assertThat(NamedSql.parse("SELECT * FROM t WHERE a = :a AND b$1 = 2").positionalMarkers())
        .isEmpty();
  }

  @Test
  void parametersMustStandWhereTheTextHasThem() {
    assertThatIllegalArgumentException().isThrownBy(
        () -> new NamedSql("x = :a", List.of(new Parameter("b", 4, 6))));
    assertThatIllegalArgumentException().isThrownBy(() -> new NamedSql(":a :b",
        List.of(new Parameter("b", 3, 5), new Parameter("a", 0, 2))));
    assertThat(new NamedSql(":a :b", List.of(new Parameter("b", 3, 5))).jdbcSql())
        .isEqualTo(":a ?");
  }
}
