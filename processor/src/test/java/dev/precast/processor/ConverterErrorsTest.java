package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Converters that do not fit their field (codes 218–224), each reported on the field. */
class ConverterErrorsTest {
  private static final JavaFileObject MONEY = source("com.example.Money", """
      package com.example;

      public record Money(long cents) {}
      """);

  private static final JavaFileObject MONEY_CONVERTER = source("com.example.MoneyConverter", """
      package com.example;

      import dev.precast.TypeConverter;

      public final class MoneyConverter implements TypeConverter<Money, Long> {
        public Long toDatabase(Money value) { return value.cents(); }
        public Money fromDatabase(Long value) { return new Money(value); }
      }
      """);

  private static JavaFileObject order(String... fields) {
    return source("com.example.Order", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;

        @Table(name = "orders")
        public class Order {
          @Id Long id;
        %s
        }
        """.formatted(String.join("\n", fields)));
  }

  @Test
  void aConverterOfAnotherJavaTypeIsAnError() {
    JavaFileObject order = order("  @Convert(MoneyConverter.class) String price;");

    Compilation compilation = compile(MONEY, MONEY_CONVERTER, order);

    assertThat(compilation).hadErrorContaining("[PRECAST-220] converter com.example.MoneyConverter"
            + " converts com.example.Money, but field price is java.lang.String")
        .inFile(order).onLineContaining("String price");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aConverterToAnUnsupportedTypeIsAnError() {
    JavaFileObject converter = source("com.example.ListConverter", """
        package com.example;

        import dev.precast.TypeConverter;
        import java.util.List;

        public final class ListConverter implements TypeConverter<Money, List<String>> {
          public List<String> toDatabase(Money value) { return List.of(); }
          public Money fromDatabase(List<String> value) { return null; }
        }
        """);
    JavaFileObject order = order("  @Convert(ListConverter.class) Money price;");

    assertThat(compile(MONEY, converter, order)).hadErrorContaining("[PRECAST-219] converter"
            + " com.example.ListConverter of field price converts to java.util.List<...>, which"
            + " is no column type")
        .inFile(order).onLineContaining("Money price");
  }

  @Test
  void aConverterWithoutAPublicNoArgumentConstructorIsAnError() {
    JavaFileObject converter = source("com.example.RateConverter", """
        package com.example;

        import dev.precast.TypeConverter;

        public final class RateConverter implements TypeConverter<Money, Long> {
          private final long rate;
          public RateConverter(long rate) { this.rate = rate; }
          public Long toDatabase(Money value) { return value.cents() * rate; }
          public Money fromDatabase(Long value) { return new Money(value / rate); }
        }
        """);
    JavaFileObject order = order("  @Convert(RateConverter.class) Money price;");

    assertThat(compile(MONEY, converter, order)).hadErrorContaining("[PRECAST-221] converter"
            + " com.example.RateConverter of field price cannot be created by generated code")
        .inFile(order).onLineContaining("Money price");
  }

  @Test
  void aClassThatIsNoConverterDoesNotCompile() {
    JavaFileObject order = order("  @Convert(String.class) Money price;");

    assertThat(compile(MONEY, order)).hadErrorContaining("incompatible types")
        .inFile(order).onLineContaining("@Convert(String.class)");
  }

  @Test
  void aConverterOnTheIdOrAPrimitiveIsAnError() {
    JavaFileObject order = source("com.example.Order", """
        package com.example;

        import dev.precast.annotations.*;

        @Table(name = "orders")
        public class Order {
          @Id @Convert(MoneyConverter.class) Money id;
        }
        """);

    assertThat(compile(MONEY, MONEY_CONVERTER, order)).hadErrorContaining("[PRECAST-222] field"
            + " id is the @Id and cannot have a converter")
        .inFile(order).onLineContaining("Money id");
  }

  @Test
  void aValidationRuleOnAConvertedFieldIsAnError() {
    JavaFileObject order = order("  @Min(1) @Convert(MoneyConverter.class) Money price;");

    assertThat(compile(MONEY, MONEY_CONVERTER, order)).hadErrorContaining("[PRECAST-223] @Min on"
            + " converted field price checks a Money")
        .inFile(order).onLineContaining("Money price");
  }

  @Test
  void aPackageRegistrationAppliesToEveryFieldOfItsType() {
    JavaFileObject registration = source("com.example.package-info", """
        @Convert(MoneyConverter.class)
        package com.example;

        import dev.precast.annotations.Convert;
        """);
    JavaFileObject order = order("  Money price;", "  @NotNull Money shipping;");

    Compilation compilation = compile(MONEY, MONEY_CONVERTER, registration, order);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.Order_")
        .contentsAsUtf8String().contains("PRICE_CONVERTER = new MoneyConverter()");
  }

  @Test
  void twoRegistrationsForOneTypeAreAnError() {
    JavaFileObject other = source("com.example.OtherMoneyConverter", """
        package com.example;

        import dev.precast.TypeConverter;

        public final class OtherMoneyConverter implements TypeConverter<Money, String> {
          public String toDatabase(Money value) { return "" + value.cents(); }
          public Money fromDatabase(String value) { return new Money(Long.parseLong(value)); }
        }
        """);
    JavaFileObject registration = source("com.example.package-info", """
        @Convert(MoneyConverter.class)
        @Convert(OtherMoneyConverter.class)
        package com.example;

        import dev.precast.annotations.Convert;
        """);

    assertThat(compile(MONEY, MONEY_CONVERTER, other, registration, order("  Money price;")))
        .hadErrorContaining("[PRECAST-224] both com.example.MoneyConverter and"
            + " com.example.OtherMoneyConverter are registered for com.example.Money");
  }
}
