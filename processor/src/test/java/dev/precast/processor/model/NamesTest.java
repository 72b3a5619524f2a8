package dev.precast.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "displayName, display_name",
      "URLPath, url_path",
      "id, id",
      "User, user",
      "PostTag, post_tag",
      "userID, user_id",
      "HTTPServerURL, http_server_url",
      "IOStream, io_stream",
      "already_snake, already_snake",
      "A_B, a_b",
      "line2Total, line2_total",
      "größe, größe",
  })
  void snakeCaseSplitsWordsAndAcronyms(String javaName, String sqlName) {
    assertThat(Names.snakeCase(javaName)).isEqualTo(sqlName);
  }

  @Test
  void constantNameIsUpperSnakeCase() {
    assertThat(Names.constantName("displayName")).isEqualTo("DISPLAY_NAME");
    assertThat(Names.constantName("URLPath")).isEqualTo("URL_PATH");
  }

  @Test
  void capitalizeMakesFinderNames() {
    assertThat(Names.capitalize("email")).isEqualTo("Email");
    assertThat(Names.capitalize("x")).isEqualTo("X");
  }

  @Test
  void constraintNamesAreLowerCaseAndFollowTheScheme() {
    assertThat(Names.primaryKey("users")).isEqualTo("pk_users");
    assertThat(Names.unique("users", List.of("email"))).isEqualTo("uq_users_email");
    assertThat(Names.unique("Post_Tag", List.of("Post_Id", "tag_id")))
        .isEqualTo("uq_post_tag_post_id_tag_id");
  }

  @Test
  void checkNamesCarryTableAndColumnAndAreShortenedLikeTheOthers() {
    assertThat(Names.check("users", "age")).isEqualTo("ck_users_age");
    assertThat(Names.check("Line Item", "Unit Price")).isEqualTo("ck_line_item_unit_price");
    String table = "a_table_name_that_is_long_enough_to_push_constraint_names";
    String name = Names.check(table, "customer_reference_number");
    assertThat(name).startsWith("ck_a_table_name_that_is_long_enough_to_push_constraint_")
        .isEqualTo(Names.shorten("ck_" + table + "_customer_reference_number"));
    assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(Names.MAX_IDENTIFIER_BYTES);
  }

  @Test
  void shortNamesAreKeptAsTheyAre() {
    String name = "uq_" + "x".repeat(60);
    assertThat(name).hasSize(Names.MAX_IDENTIFIER_BYTES);
    assertThat(Names.shorten(name)).isSameAs(name);
  }

  @Test
  void namesOverPostgresLimitAreShortenedWithAStableHash() {
    String table = "a_table_name_that_is_long_enough_to_push_constraint_names";

    String name = Names.unique(table, List.of("customer_reference_number"));

    // Pinned: databases hold these names, so the hash may never change between versions.
    assertThat(name).isEqualTo("uq_a_table_name_that_is_long_enough_to_push_constraint_bb537186");
    assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(Names.MAX_IDENTIFIER_BYTES);
    assertThat(Names.unique(table, List.of("customer_reference_number"))).isEqualTo(name);
    assertThat(Names.unique(table, List.of("customer_reference_numbers")))
        .as("a name with the same prefix gets another hash")
        .isEqualTo("uq_a_table_name_that_is_long_enough_to_push_constraint_f0588dff");
  }

  @Test
  void shorteningCountsBytesAndNeverSplitsACharacter() {
    String name = "uq_größentabelle_mit_sehr_langem_namen_und_noch_längeren_spalten_ü";

    String shortened = Names.shorten(name);

    assertThat(shortened).isEqualTo("uq_größentabelle_mit_sehr_langem_namen_und_noch_län_d1838209");
    assertThat(shortened.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(Names.MAX_IDENTIFIER_BYTES);
  }
}
