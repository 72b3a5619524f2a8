package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.CompiledClasses.call;
import static dev.precast.processor.CompiledClasses.set;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.precast.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * What generated validators do with each Jakarta constraint beyond the basic ones: the rule,
 * Hibernate Validator's default message, the annotation's own message, and null passing.
 */
class ValidationRulesTest {

  @Test
  void numericBoundsRejectValuesOutsideWithJakartasMessages() {
    CompiledClasses classes = compiled("Bounds", """
        @Positive int a;
        @PositiveOrZero Integer b;
        @Negative long c;
        @NegativeOrZero short d;
        @DecimalMin("0.5") BigDecimal e;
        @DecimalMin(value = "0.5", inclusive = false) BigDecimal f;
        @DecimalMax("99.5") int g;
        @DecimalMax(value = "10", inclusive = false) Long h;
        @DecimalMin("-1.5") double i;
        @Positive BigDecimal j;
        @DecimalMin("2.5") Short k;
        """);
    Object bounds = classes.instance("com.example.Bounds");
    set(bounds, "a", 0);
    set(bounds, "b", -1);
    set(bounds, "c", 0L);
    set(bounds, "d", (short) 1);
    set(bounds, "e", new BigDecimal("0.49"));
    set(bounds, "f", new BigDecimal("0.50"));
    set(bounds, "g", 100);
    set(bounds, "h", 10L);
    set(bounds, "i", -1.6);
    set(bounds, "j", BigDecimal.ZERO);
    set(bounds, "k", (short) 2);

    Assertions.assertThat(validate(classes, "Bounds", bounds)).containsExactly(
        new Violation("a", "must be greater than 0"),
        new Violation("b", "must be greater than or equal to 0"),
        new Violation("c", "must be less than 0"),
        new Violation("d", "must be less than or equal to 0"),
        new Violation("e", "must be greater than or equal to 0.5"),
        new Violation("f", "must be greater than 0.5"),
        new Violation("g", "must be less than or equal to 99.5"),
        new Violation("h", "must be less than 10"),
        new Violation("i", "must be greater than or equal to -1.5"),
        new Violation("j", "must be greater than 0"),
        new Violation("k", "must be greater than or equal to 2.5"));
  }

  @Test
  void numericBoundsAcceptTheirLimitsAndNull() {
    CompiledClasses classes = compiled("Bounds", """
        @Positive int a;
        @PositiveOrZero Integer b;
        @Negative long c;
        @NegativeOrZero short d;
        @DecimalMin("0.5") BigDecimal e;
        @DecimalMin(value = "0.5", inclusive = false) BigDecimal f;
        @DecimalMax("99.5") int g;
        @DecimalMax(value = "10", inclusive = false) Long h;
        @DecimalMin("-1.5") double i;
        """);
    Object bounds = classes.instance("com.example.Bounds");
    set(bounds, "a", 1);
    set(bounds, "c", -1L);
    set(bounds, "d", (short) 0);
    set(bounds, "e", new BigDecimal("0.500"));
    set(bounds, "f", new BigDecimal("0.5000001"));
    set(bounds, "g", 99);
    set(bounds, "i", -1.5);

    Assertions.assertThat(validate(classes, "Bounds", bounds)).isEmpty();
  }

  @Test
  void ownMessageReplacesTheDefault() {
    CompiledClasses classes = compiled("Account", """
        @Positive(message = "needs credit") int credits;
        @DecimalMax(value = "1000", message = "too expensive") BigDecimal price;
        @Past(message = "not born yet") LocalDate born;
        @AssertTrue(message = "accept the terms") boolean accepted;
        @Digits(integer = 2, fraction = 0, message = "two digits") int code;
        """);
    Object account = classes.instance("com.example.Account");
    set(account, "price", new BigDecimal("1000.01"));
    set(account, "born", LocalDate.now().plusDays(1));
    set(account, "code", 100);

    Assertions.assertThat(validate(classes, "Account", account)).containsExactly(
        new Violation("credits", "needs credit"),
        new Violation("price", "too expensive"),
        new Violation("born", "not born yet"),
        new Violation("accepted", "accept the terms"),
        new Violation("code", "two digits"));
  }

  /** NaN is outside every bound, as in Hibernate Validator (and PostgreSQL sorts it last). */
  @Test
  void nanBreaksEveryBoundOfADoubleOrFloat() {
    CompiledClasses classes = compiled("Measure", """
        @DecimalMax("100") double ratio;
        @PositiveOrZero Float weight;
        @Min(0) double low;
        @Max(10) float high;
        """);
    Object measure = classes.instance("com.example.Measure");
    set(measure, "ratio", Double.NaN);
    set(measure, "weight", Float.NaN);
    set(measure, "low", Double.NaN);
    set(measure, "high", Float.NaN);

    Assertions.assertThat(validate(classes, "Measure", measure)).extracting(Violation::property)
        .containsExactly("ratio", "weight", "low", "high");
  }

  /**
   * A double or float is compared in double precision with the bound rounded to the nearest
   * double, as the CHECK constraint compares it: 0.1f is 0.100000001490116..., above 0.1.
   */
  @Test
  void floatsCompareInDoublePrecisionWithTheBoundRounded() {
    CompiledClasses classes = compiled("Measure", """
        @DecimalMax("0.1") float measure;
        @DecimalMax("0.1") double ratio;
        @Max(16777217) float big;
        """);
    Object measure = classes.instance("com.example.Measure");
    set(measure, "measure", 0.1f);
    set(measure, "ratio", 0.1);
    set(measure, "big", 16777216f);

    Assertions.assertThat(validate(classes, "Measure", measure))
        .containsExactly(new Violation("measure", "must be less than or equal to 0.1"));

    set(measure, "measure", 0.099999994f);
    set(measure, "big", 16777218f);
    Assertions.assertThat(validate(classes, "Measure", measure))
        .as("16777217 is no float, yet the bound is not rounded to one")
        .containsExactly(new Violation("big", "must be less than or equal to 16777217"));
  }

  @Test
  void digitsCountsDigitsBeforeAndAfterThePointOfNumbersAndText() {
    CompiledClasses classes = compiled("Priced", """
        @Digits(integer = 3, fraction = 2) BigDecimal price;
        @Digits(integer = 5, fraction = 0) String zip;
        @Digits(integer = 1, fraction = 1) double ratio;
        @Digits(integer = 2, fraction = 0) Integer count;
        """);
    Object priced = classes.instance("com.example.Priced");
    set(priced, "price", new BigDecimal("1234.5"));
    set(priced, "zip", "1234a");
    set(priced, "ratio", 0.25);
    set(priced, "count", 100);

    Assertions.assertThat(validate(classes, "Priced", priced)).containsExactly(
        new Violation("price", "numeric value out of bounds (<3 digits>.<2 digits> expected)"),
        new Violation("zip", "numeric value out of bounds (<5 digits>.<0 digits> expected)"),
        new Violation("ratio", "numeric value out of bounds (<1 digits>.<1 digits> expected)"),
        new Violation("count", "numeric value out of bounds (<2 digits>.<0 digits> expected)"));

    set(priced, "price", new BigDecimal("999.99"));
    set(priced, "zip", "12345");
    set(priced, "ratio", 9.5);
    set(priced, "count", null);
    Assertions.assertThat(validate(classes, "Priced", priced)).isEmpty();
  }

  @Test
  void pastAndFutureCompareWithNow() {
    CompiledClasses classes = compiled("Event", """
        @Past LocalDate born;
        @PastOrPresent Instant created;
        @Future LocalDateTime starts;
        @FutureOrPresent OffsetDateTime ends;
        @Past LocalTime opened;
        @Future LocalTime closes;
        """);
    Object event = classes.instance("com.example.Event");
    set(event, "born", LocalDate.now().plusDays(1));
    set(event, "created", Instant.now().plus(1, ChronoUnit.DAYS));
    set(event, "starts", LocalDateTime.now().minusDays(1));
    set(event, "ends", OffsetDateTime.now().minusDays(1));
    set(event, "opened", LocalTime.MAX);
    set(event, "closes", LocalTime.MIN);

    Assertions.assertThat(validate(classes, "Event", event)).containsExactly(
        new Violation("born", "must be a past date"),
        new Violation("created", "must be a date in the past or in the present"),
        new Violation("starts", "must be a future date"),
        new Violation("ends", "must be a date in the present or in the future"),
        new Violation("opened", "must be a past date"),
        new Violation("closes", "must be a future date"));

    set(event, "born", LocalDate.now().minusDays(1));
    set(event, "created", Instant.now().minusSeconds(1));
    set(event, "starts", LocalDateTime.now().plusDays(1));
    set(event, "ends", OffsetDateTime.now().plusDays(1));
    set(event, "opened", null);
    set(event, "closes", null);
    Assertions.assertThat(validate(classes, "Event", event)).isEmpty();
  }

  @Test
  void presentPassesOrPresentRulesButNotStrictOnes() {
    CompiledClasses classes = compiled("Day", """
        @PastOrPresent LocalDate until;
        @FutureOrPresent LocalDate from;
        @Past LocalDate before;
        """);
    Object day = classes.instance("com.example.Day");
    set(day, "until", LocalDate.now());
    set(day, "from", LocalDate.now());
    set(day, "before", LocalDate.now());

    Assertions.assertThat(validate(classes, "Day", day))
        .containsExactly(new Violation("before", "must be a past date"));
  }

  @Test
  void assertTrueAndAssertFalseCheckBooleansAndPassNull() {
    CompiledClasses classes = compiled("Terms", """
        @AssertTrue boolean accepted;
        @AssertFalse Boolean banned;
        @AssertTrue Boolean optional;
        """);
    Object terms = classes.instance("com.example.Terms");
    set(terms, "banned", true);

    Assertions.assertThat(validate(classes, "Terms", terms)).containsExactly(
        new Violation("accepted", "must be true"),
        new Violation("banned", "must be false"));

    set(terms, "accepted", true);
    set(terms, "banned", false);
    set(terms, "optional", true);
    Assertions.assertThat(validate(classes, "Terms", terms)).isEmpty();
  }

  /** Hibernate Validator's wording for {@code @Size}; "at most" is {@code @Column(length)}'s. */
  @Test
  void sizeMessagesNameBothBoundsAndColumnLengthSaysAtMost() {
    CompiledClasses classes = compiled("Words", """
        @Size(max = 5) String shortWord;
        @Size(min = 2, max = 5) String word;
        @Size(min = 3) String longWord;
        @Column(length = 3) String code;
        """);
    Object words = classes.instance("com.example.Words");
    set(words, "shortWord", "toolong");
    set(words, "word", "x");
    set(words, "longWord", "ab");
    set(words, "code", "abcd");

    Assertions.assertThat(validate(classes, "Words", words)).containsExactly(
        new Violation("shortWord", "size must be between 0 and 5"),
        new Violation("word", "size must be between 2 and 5"),
        new Violation("longWord", "size must be at least 3"),
        new Violation("code", "size must be at most 3"));
  }

  @Test
  void javaxConstraintsAreReadLikeJakartaOnes() {
    Compilation compilation = compile(
        source("javax.validation.constraints.Negative", """
            package javax.validation.constraints;

            public @interface Negative {
              String message() default "{javax.validation.constraints.Negative.message}";
            }
            """),
        source("com.example.Ledger", """
            package com.example;

            import dev.precast.annotations.*;

            @Table
            public class Ledger {
              @Id Long id;
              @javax.validation.constraints.Negative int debt;
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);

    Assertions.assertThat(validate(classes, "Ledger", classes.instance("com.example.Ledger")))
        .containsExactly(new Violation("debt", "must be less than 0"));
  }

  /**
   * What no database stores as written is rejected on every property of the type, with no
   * rule declared: PostgreSQL refuses NUL and pgjdbc sends an unpaired surrogate as '?'.
   */
  @Test
  void textWithNulOrAnUnpairedSurrogateIsRejectedWithoutAnyRule() {
    CompiledClasses classes = compiled("Memo", """
        String body;
        @Column(length = 10) String code;
        @NotBlank String title;
        """);
    Object memo = classes.instance("com.example.Memo");
    set(memo, "body", "a\0b");
    set(memo, "code", "x\uD83D");
    set(memo, "title", "\uDE00\0");

    Assertions.assertThat(validate(classes, "Memo", memo)).containsExactly(
        new Violation("body", "must not contain the NUL character (U+0000)"),
        new Violation("code", "must not contain an unpaired UTF-16 surrogate"),
        new Violation("title", "must not contain the NUL character (U+0000)"),
        new Violation("title", "must not contain an unpaired UTF-16 surrogate"));

    set(memo, "body", "\uD83D\uDE00 e\u0301 \u0001");
    set(memo, "code", null);
    set(memo, "title", "'; --");
    Assertions.assertThat(validate(classes, "Memo", memo)).isEmpty();
  }

  /** An unbounded decimal must fit PostgreSQL's NUMERIC and H2's DECFLOAT alike. */
  @Test
  void unboundedDecimalMustFitEveryDatabaseAndABoundedOneItsColumn() {
    CompiledClasses classes = compiled("Ledger", """
        BigDecimal total;
        @Column(precision = 10, scale = 2) BigDecimal amount;
        """);
    Object ledger = classes.instance("com.example.Ledger");
    set(ledger, "total", new BigDecimal("1E+131072"));
    set(ledger, "amount", new BigDecimal("1.000").setScale(20_000));

    Assertions.assertThat(validate(classes, "Ledger", ledger)).containsExactly(
        new Violation("total", "numeric value out of bounds (<83617 digits>.<16383 digits> expected)"),
        new Violation("amount", "numeric value out of bounds (<8 digits>.<2 digits> expected)"));

    set(ledger, "total", new BigDecimal("1E-16384"));
    set(ledger, "amount", new BigDecimal("1E+2147483647"));
    Assertions.assertThat(validate(classes, "Ledger", ledger)).extracting(Violation::property)
        .containsExactly("total", "amount");

    set(ledger, "total", new BigDecimal("-1E+83616").add(new BigDecimal("1E-16383")));
    set(ledger, "amount", new BigDecimal("-99999999.99"));
    Assertions.assertThat(validate(classes, "Ledger", ledger)).isEmpty();
  }

  /** The range both databases store as written: PostgreSQL's, from 4713-01-01 BC. */
  @Test
  void datesAndTimestampsOutsidePostgresqlsRangeAreRejected() {
    CompiledClasses classes = compiled("Era", """
        LocalDate day;
        LocalDateTime moment;
        Instant at;
        OffsetDateTime local;
        LocalTime time;
        """);
    Object era = classes.instance("com.example.Era");
    set(era, "day", LocalDate.of(-4713, 12, 31));
    set(era, "moment", LocalDateTime.of(294_277, 1, 1, 0, 0));
    set(era, "at", Instant.MAX);
    set(era, "local", OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(18)));
    set(era, "time", LocalTime.MAX);

    Assertions.assertThat(validate(classes, "Era", era)).containsExactly(
        new Violation("day", "must be between -4712-01-01 and +5874897-12-31"),
        new Violation("moment",
            "must be between -4712-01-01T00:00 and +294276-12-31T23:59:59.999999"),
        new Violation("at",
            "must be between -4712-01-01T00:00:00Z and +294276-12-31T23:59:59.999999Z"),
        new Violation("local", "offset must be between -15:59:59 and +15:59:59"));

    set(era, "local", OffsetDateTime.MIN);
    Assertions.assertThat(validate(classes, "Era", era)).filteredOn(v -> v.property().equals(
        "local")).containsExactly(new Violation("local",
            "must be between -4712-01-01T00:00:00Z and +294276-12-31T23:59:59.999999Z"),
        new Violation("local", "offset must be between -15:59:59 and +15:59:59"));

    set(era, "day", LocalDate.of(-4712, 1, 1));
    set(era, "moment", LocalDateTime.of(294_276, 12, 31, 23, 59, 59, 999_999_000));
    set(era, "at", Instant.parse("-4712-01-01T00:00:00Z"));
    set(era, "local", OffsetDateTime.parse("+294277-01-01T15:59:58.999999+15:59:59"));
    Assertions.assertThat(validate(classes, "Era", era)).isEmpty();
  }

  /** Both databases store and find NaN and the infinities: no rule, no violation. */
  @Test
  void nanAndInfinitiesPassWhereNoRuleBoundsThem() {
    CompiledClasses classes = compiled("Reading", """
        double value;
        Float weight;
        Double ratio;
        """);
    Object reading = classes.instance("com.example.Reading");
    set(reading, "value", Double.NaN);
    set(reading, "weight", Float.NEGATIVE_INFINITY);
    set(reading, "ratio", Double.POSITIVE_INFINITY);

    Assertions.assertThat(validate(classes, "Reading", reading)).isEmpty();
  }

  /**
   * Which property needs which storage check is decided at compile time, from its type: types
   * every database stores whole get none, and the validator then has nothing to check.
   */
  @Test
  void typesEveryDatabaseStoresWholeGetNoStorageCheck() {
    Compilation compilation = compile(source("com.example.Gauge", """
        package com.example;

        import dev.precast.annotations.*;
        import java.math.BigDecimal;
        import java.time.LocalTime;
        import java.util.UUID;

        @Table
        public class Gauge {
          @Id Long id;
          int count;
          Double ratio;
          float weight;
          boolean on;
          UUID key;
          LocalTime time;
          byte[] raw;
          @Column(precision = 6, scale = 3) BigDecimal level;
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.GaugeValidator")
        .contentsAsUtf8String().doesNotContain("isStorable");
    assertThat(compilation).generatedSourceFile("com.example.GaugeValidator")
        .contentsAsUtf8String().doesNotContain("hasNul");
    assertThat(compilation).generatedSourceFile("com.example.GaugeValidator")
        .contentsAsUtf8String().contains("Checks.fitsNumeric(level, 6, 3)");
    assertThat(compilation).generatedSourceFile("com.example.GaugeValidator")
        .contentsAsUtf8String().doesNotContain("Checks.fitsNumeric(level)");
  }

  /** Compiles {@code @Table class name { @Id Long id; <fields> }} in com.example. */
  private static CompiledClasses compiled(String name, String fields) {
    Compilation compilation = compile(source("com.example." + name, """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;
        import java.math.BigDecimal;
        import java.time.*;

        @Table
        public class %s {
          @Id Long id;
        %s}
        """.formatted(name, fields.indent(2))));
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClasses(compilation);
  }

  @SuppressWarnings("unchecked")
  private static List<Violation> validate(CompiledClasses classes, String name, Object entity) {
    return (List<Violation>) call(classes.instance("com.example." + name + "Validator"),
        "validate", entity);
  }
}
