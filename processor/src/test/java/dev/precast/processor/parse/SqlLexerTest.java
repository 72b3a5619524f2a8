package dev.precast.processor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.processor.parse.SqlLexer.Kind;
import dev.precast.processor.parse.SqlLexer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How SQL text is cut into code and text. */
class SqlLexerTest {

  private static List<String> described(String sql) {
    return SqlLexer.tokens(sql).stream()
        .filter(token -> token.kind() != Kind.SPACE)
        .map(token -> token.kind() + " " + token.text(sql))
        .toList();
  }

  @Test
  void eachKindOfToken() {
    assertThat(described(
        "SELECT E'a\\'b', 'c''d', \"e\"\"f\", $t$ g $t$, x::int -- h\n/* i /* j */ */ :k;"))
        .containsExactly("WORD SELECT", "STRING E'a\\'b'", "SYMBOL ,", "STRING 'c''d'",
            "SYMBOL ,", "QUOTED_NAME \"e\"\"f\"", "SYMBOL ,", "DOLLAR_STRING $t$ g $t$",
            "SYMBOL ,", "WORD x", "CAST ::", "WORD int", "COMMENT -- h",
            "COMMENT /* i /* j */ */", "PARAMETER :k", "SYMBOL ;");
  }

  @Test
  void tokensCoverEveryCharacterInOrder() {
    String sql = "SELECT 'größe 😀', \"日記\" FROM t WHERE a = :日付 AND b ?| c /* open";
    int at = 0;
    for (Token token : SqlLexer.tokens(sql)) {
      assertThat(token.start()).isEqualTo(at);
      assertThat(token.end()).isGreaterThan(token.start());
      at = token.end();
    }
    assertThat(at).isEqualTo(sql.length());
  }

  @Test
  void aSymbolIsOneCharacterEvenOutsideTheBasicPlane() {
    assertThat(described("a 😀 b")).containsExactly("WORD a", "SYMBOL 😀", "WORD b");
  }

  @Test
  void dollarsInWordsAndBeforeDigitsOpenNoQuote() {
    assertThat(described("a$b $1 $$x$$"))
        .containsExactly("WORD a$b", "SYMBOL $", "WORD 1", "DOLLAR_STRING $$x$$");
  }

  @Test
  void emptyTextHasNoTokens() {
    assertThat(SqlLexer.tokens("")).isEmpty();
  }
}
