package dev.precast.processor.schemacheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precast.processor.schemacheck.ScriptSplitter.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a migration's statements end, and on which line each starts. */
class ScriptSplitterTest {

  private static List<String> sql(String script) {
    return ScriptSplitter.split(script).stream().map(Statement::sql).toList();
  }

  @Test
  void semicolonsEndStatementsAndBlankOrCommentOnlyPartsAreDropped() {
    assertThat(sql("CREATE TABLE a (id INT);\n\n  ;CREATE TABLE b (id INT);\n-- the end\n"))
        .containsExactly("CREATE TABLE a (id INT)", "CREATE TABLE b (id INT)");
  }

  @Test
  void theLastStatementNeedsNoSemicolon() {
    assertThat(sql("CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1)\n"))
        .containsExactly("CREATE TABLE a (id INT)", "INSERT INTO a VALUES (1)");
  }

  @Test
  void eachStatementStartsOnTheLineOfItsFirstCharacterAfterComments() {
    List<Statement> statements = ScriptSplitter.split("""
        -- V1: users
        /* a block
           comment */
        CREATE TABLE users (
          id INT
        );

        CREATE INDEX ix ON users (id);""");

    assertThat(statements).extracting(Statement::line).containsExactly(4, 8);
  }

  @Test
  void semicolonsInStringsIdentifiersAndCommentsDoNotSplit() {
    assertThat(sql("""
        INSERT INTO t VALUES ('a;b', 'it''s; fine');
        CREATE TABLE "odd;name" ("x""; y" INT); -- a comment; with a semicolon
        /* outer /* nested; */ still comment; */ SELECT 1;
        """)).containsExactly(
            "INSERT INTO t VALUES ('a;b', 'it''s; fine')",
            "CREATE TABLE \"odd;name\" (\"x\"\"; y\" INT)",
            "SELECT 1");
  }

  @Test
  void anEscapeStringMayQuoteItsQuoteWithABackslash() {
    assertThat(sql("INSERT INTO t VALUES (E'it\\'s; one');\nSELECT 2;"))
        .containsExactly("INSERT INTO t VALUES (E'it\\'s; one')", "SELECT 2");
    // In a plain string a backslash is an ordinary character.
    assertThat(sql("INSERT INTO t VALUES ('C:\\');\nSELECT 2;"))
        .containsExactly("INSERT INTO t VALUES ('C:\\')", "SELECT 2");
  }

  @Test
  void dollarQuotedBodiesAreOneStatementWhateverTheirTag() {
    List<Statement> statements = ScriptSplitter.split("""
        DO $$
        BEGIN
          ALTER TABLE a ADD CONSTRAINT x UNIQUE (id);
        END
        $$;
        CREATE FUNCTION f() RETURNS trigger AS $body$
        BEGIN
          NEW.at := now(); -- $$ inside another tag is text
          RETURN NEW;
        END
        $body$ LANGUAGE plpgsql;
        SELECT 3;
        """);

    assertThat(statements).extracting(Statement::line).containsExactly(1, 6, 12);
    assertThat(statements.get(0).sql()).startsWith("DO $$").endsWith("END\n$$");
    assertThat(statements.get(1).sql()).endsWith("$body$ LANGUAGE plpgsql");
  }

  @Test
  void aDollarThatOpensNoTagIsAnOrdinaryCharacter() {
    assertThat(sql("PREPARE p AS SELECT $1; SELECT a$b FROM t;"))
        .containsExactly("PREPARE p AS SELECT $1", "SELECT a$b FROM t");
  }

  @Test
  void aByteOrderMarkIsNoPartOfTheFirstStatement() {
    assertThat(sql("\uFEFFCREATE TABLE a (id INT);")).containsExactly("CREATE TABLE a (id INT)");
  }

  @Test
  void anUnterminatedQuoteRunsToTheEndInsteadOfFailing() {
    assertThat(sql("SELECT 'open;\nSELECT 2;")).containsExactly("SELECT 'open;\nSELECT 2;");
  }
}
