package dev.precast.processor.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckSqlTest {

  @Test
  void literalsNumbersAndCommentsAreNoNames() {
    assertThat(CheckSql.names("price >= 1e3 AND code <> 'it''s code' -- price2\n/* cost */ OR x"))
        .extracting(CheckSql.Name::text)
        .containsExactly("price", "AND", "code", "OR", "x");
  }

  @Test
  void quotedNamesAreUnquoted() {
    assertThat(CheckSql.names("\"Unit \"\"Price\"\"\" > 0 AND \"open"))
        .containsExactly(new CheckSql.Name("Unit \"Price\"", true, true),
            new CheckSql.Name("AND", false, true), new CheckSql.Name("open", true, true));
  }

  @Test
  void functionsQualifiersAndCastsStandWhereNoColumnCan() {
    List<CheckSql.Name> names =
        CheckSql.names("lower (code) = t.code AND code :: text <> '' AND größe > 0");
    assertThat(names).extracting(CheckSql.Name::text)
        .containsExactly("lower", "code", "t", "code", "AND", "code", "text", "AND", "größe");
    assertThat(names).extracting(CheckSql.Name::columnPosition)
        .containsExactly(false, true, false, false, true, true, false, true, true);
  }
}
