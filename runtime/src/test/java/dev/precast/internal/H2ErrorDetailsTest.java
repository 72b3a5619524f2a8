package dev.precast.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** H2's messages as H2 2.3 and 2.5 write them; the integration tests run the real ones. */
class H2ErrorDetailsTest {
  @Test
  void uniqueConstraintOfH25IsTheFirstName() {
    ErrorDetails details = of("23505", "Unique index or primary key violation: \"PUBLIC."
        + "UQ_USERS_EMAIL INDEX PUBLIC.UQ_USERS_EMAIL_INDEX_8 ON PUBLIC.USERS(EMAIL NULLS FIRST)"
        + " VALUES ( /* 1 */ 'a@example.com' )\"; SQL statement: INSERT ... [23505-252]");

    assertThat(details).isEqualTo(new ErrorDetails("UQ_USERS_EMAIL", false, "USERS", null));
  }

  @Test
  void uniqueIndexOfH23LosesItsIndexSuffix() {
    ErrorDetails details = of("23505", "Unique index or primary key violation: \"PUBLIC."
        + "UQ_USERS_EMAIL_INDEX_2 ON PUBLIC.USERS(EMAIL NULLS FIRST) VALUES ( /* 1 */ 'a' )\"");

    assertThat(details).isEqualTo(new ErrorDetails("UQ_USERS_EMAIL", false, "USERS", null));
  }

  @Test
  void quotedNamesAreReadWholeWithTheirDoubledQuotes() {
    ErrorDetails details = of("23505", "Unique index or primary key violation: \"PUBLIC."
        + "\"\"uq_line item_sku\"\" INDEX PUBLIC.\"\"uq_line item_sku_INDEX_8\"\" ON PUBLIC."
        + "\"\"Line Item\"\"(Sku NULLS FIRST) VALUES ( /* 1 */ 'A-1' )\"; SQL statement: ...");

    assertThat(details).isEqualTo(new ErrorDetails("uq_line item_sku", false, "Line Item", null));
  }

  @Test
  void primaryKeyOfH23IsRecognizedWithoutAName() {
    assertThat(of("23505", "Unique index or primary key violation: \"PRIMARY KEY ON "
        + "PUBLIC.USERS(ID) ( /* key:1 */ CAST(1 AS BIGINT), 'a')\"").primaryKey()).isTrue();
    assertThat(of("23505", "Unique index or primary key violation: \"PUBLIC.PRIMARY_KEY_4 ON "
        + "PUBLIC.USERS(ID) VALUES ( /* 1 */ 1 )\"").primaryKey()).isTrue();
  }

  @Test
  void primaryKeyOfH25IsNamed() {
    ErrorDetails details = of("23505", "Unique index or primary key violation: \"PUBLIC."
        + "\"\"pk_line item\"\" PRIMARY KEY ON PUBLIC.\"\"Line Item\"\"(ID) ( /* key:1 */ 1)\"");

    assertThat(details).isEqualTo(new ErrorDetails("pk_line item", false, "Line Item", null));
  }

  @Test
  void notNullNamesTheColumnAsIs() {
    assertThat(of("23502", "NULL not allowed for column \"NAME\"; SQL statement: ...").column())
        .isEqualTo("NAME");
    assertThat(of("23502", "NULL not allowed for column \"Unit Price\"; SQL statement: ...")
        .column()).isEqualTo("Unit Price");
  }

  @Test
  void foreignKeyNamesTheConstraintAndTheReferencingTable() {
    ErrorDetails details = of("23506", "Referential integrity constraint violation: "
        + "\"FK_POSTS_AUTHOR_ID: PUBLIC.POSTS FOREIGN KEY(AUTHOR_ID) REFERENCES PUBLIC.USERS(ID)"
        + " (CAST(99 AS BIGINT))\"; SQL statement: ...");

    assertThat(details).isEqualTo(new ErrorDetails("FK_POSTS_AUTHOR_ID", false, "POSTS", null));
  }

  @Test
  void valueTooLongGivesTheColumnWithItsTypeButNeverTheValue() {
    assertThat(of("22001", "Value too long for column \"Pen Name CHARACTER VARYING(5)\":"
        + " \"'Currer Bell' (11)\"; SQL statement: ...")).isEqualTo(
        new ErrorDetails(null, false, null, "Pen Name CHARACTER VARYING(5)"));
  }

  @Test
  void numericValueOutOfRangeGivesTheColumnButNeverTheValue() {
    assertThat(of("22004", "Numeric value out of range: \"98765432109\" in column \"AGE\";"
        + " SQL statement: ...")).isEqualTo(new ErrorDetails(null, false, null, "AGE"));
    assertThat(of("22004", "Numeric value out of range: \"a \"\"quoted\"\" 1\" in column"
        + " \"Qty\"")).isEqualTo(new ErrorDetails(null, false, null, "Qty"));
    assertThat(of("22003", "Numeric value out of range: \"98765432109\"; SQL statement: ..."))
        .isEqualTo(new ErrorDetails(null, false, null, null));
  }

  @Test
  void checkNamesTheConstraint() {
    assertThat(of("23513", "Check constraint violation: \"CK_AUTHOR_AGE: \"; SQL statement: ...")
        .constraint()).isEqualTo("CK_AUTHOR_AGE");
  }

  @Test
  void messageWithoutQuotesGivesNoDetails() {
    assertThat(of("23505", "something else")).isEqualTo(new ErrorDetails(null, false, null, null));
  }

  private static ErrorDetails of(String state, String message) {
    return H2ErrorDetails.of(new SQLException(message, state));
  }
}
