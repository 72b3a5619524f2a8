package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Validation constraints that cannot work (codes 4xx), each reported on the
 * annotation at fault.
 */
class RuleErrorsTest {

  @Test
  void notBlankOnANonStringIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.NotBlank;

        @Table
        public class User {
          @Id Long id;
          @NotBlank Integer age;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-401] @NotBlank applies to String fields, but age is Integer")
        .inFile(user).onLineContaining("@NotBlank Integer age;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sizeWithMinOverMaxIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Size;

        @Table
        public class User {
          @Id Long id;
          @Size(min = 10, max = 5) String name;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-402] @Size(min = 10, max = 5) on name: min must not exceed max")
        .inFile(user).onLineContaining("String name;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sizeWithNegativeBoundIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Size;

        @Table
        public class User {
          @Id Long id;
          @Size(min = -1) String name;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-403] @Size(min = -1, max = 2147483647) on name: bounds must"
            + " not be negative")
        .inFile(user).onLineContaining("String name;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void invalidPatternIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Pattern;

        @Table
        public class User {
          @Id Long id;
          @Pattern(regexp = "[a-z") String code;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-404] @Pattern(regexp = \"[a-z\") on code is not a valid"
            + " regular expression: Unclosed character class")
        .inFile(user).onLineContaining("String code;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void minOnAStringIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Min;

        @Table
        public class User {
          @Id Long id;
          @Min(1) String name;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-405] @Min applies to numeric fields, but name is String")
        .inFile(user).onLineContaining("@Min(1) String name;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void minOverMaxIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;

        @Table
        public class User {
          @Id Long id;
          @Min(10) @Max(5) int rating;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-406] @Min(10) exceeds @Max(5) on rating: no value can pass")
        .inFile(user).onLineContaining("int rating;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unsupportedJakartaConstraintIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Null;

        @Table
        public class User {
          @Id Long id;
          @Null Integer credits;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-407] @Null on credits is not checked by Precast, and"
            + " would be silently ignored")
        .inFile(user).onLineContaining("@Null Integer credits;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void notEmptyOnANumberIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.NotEmpty;

        @Table
        public class User {
          @Id Long id;
          @NotEmpty Long points;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-408] @NotEmpty applies to String and byte[] fields, but"
            + " points is Long")
        .inFile(user).onLineContaining("@NotEmpty Long points;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void constraintOnAGetterIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.NotBlank;

        @Table
        public class User {
          @Id Long id;
          String name;

          @NotBlank
          public String getName() {
            return name;
          }
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-409] @NotBlank on method getName() is not checked")
        .inFile(user).onLineContaining("@NotBlank");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void invalidRepeatedPatternIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Pattern;

        @Table
        public class User {
          @Id Long id;
          @Pattern(regexp = "[a-z]+")
          @Pattern(regexp = "(unclosed")
          String code;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-404] @Pattern(regexp = \"(unclosed\") on code is not a"
            + " valid regular expression")
        // javac cannot place a diagnostic on one of several repeated annotations: the field.
        .inFile(user).onLineContaining("String code;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void repeatedUnsupportedConstraintIsReportedByItsName() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Null;

        @Table
        public class User {
          @Id Long id;
          @Null @Null Integer credits;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-407] @Null on credits is not checked by Precast")
        .inFile(user).onLineContaining("Integer credits;");
  }

  @Test
  void invalidEmailRegexpIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Email;

        @Table
        public class User {
          @Id Long id;
          @Email(regexp = "*@example.com")
          String email;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-404] @Email(regexp = \"*@example.com\") on email is not a"
            + " valid regular expression")
        .inFile(user).onLineContaining("@Email(regexp = ");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void decimalBoundOnAStringIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.DecimalMin;

        @Table
        public class User {
          @Id Long id;
          @DecimalMin("0.5") String price;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-405] @DecimalMin applies to numeric fields, but price is"
            + " String")
        .inFile(user).onLineContaining("@DecimalMin(\"0.5\") String price;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void signRuleOnABooleanIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;

        @Table
        public class User {
          @Id Long id;
          @Positive boolean active;
          @NegativeOrZero java.time.LocalDate since;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-405] @Positive applies to numeric fields, but active is"
            + " boolean")
        .inFile(user).onLineContaining("@Positive boolean active;");
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-405] @NegativeOrZero applies to numeric fields, but since"
            + " is LocalDate")
        .inFile(user).onLineContaining("@NegativeOrZero java.time.LocalDate since;");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void decimalBoundThatIsNoNumberIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;
        import java.math.BigDecimal;

        @Table
        public class User {
          @Id Long id;
          @DecimalMin("1,5") BigDecimal price;
          @DecimalMax(value = "ten", inclusive = false) int rating;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-410] @DecimalMin(\"1,5\") on price is not a decimal"
            + " number: write the bound as BigDecimal reads it, e.g. \"0.01\" or \"-5\"")
        .inFile(user).onLineContaining("@DecimalMin(\"1,5\") BigDecimal price;");
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-410] @DecimalMax(\"ten\") on rating is not a decimal"
            + " number")
        .inFile(user).onLineContaining("int rating;");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void pastOrFutureOnANonTemporalIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;

        @Table
        public class User {
          @Id Long id;
          @Past String born;
          @FutureOrPresent long expires;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-411] @Past applies to LocalDate, LocalTime, LocalDateTime,"
            + " Instant and OffsetDateTime fields, but born is String")
        .inFile(user).onLineContaining("@Past String born;");
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-411] @FutureOrPresent applies to LocalDate, LocalTime,"
            + " LocalDateTime, Instant and OffsetDateTime fields, but expires is long")
        .inFile(user).onLineContaining("@FutureOrPresent long expires;");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void assertTrueOnANonBooleanIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;

        @Table
        public class User {
          @Id Long id;
          @AssertTrue String accepted;
          @AssertFalse Integer banned;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-412] @AssertTrue applies to boolean and Boolean fields, but"
            + " accepted is String")
        .inFile(user).onLineContaining("@AssertTrue String accepted;");
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-412] @AssertFalse applies to boolean and Boolean fields,"
            + " but banned is Integer")
        .inFile(user).onLineContaining("@AssertFalse Integer banned;");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void digitsOnANonNumberIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Digits;

        @Table
        public class User {
          @Id Long id;
          @Digits(integer = 4, fraction = 0) java.time.LocalDate since;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-413] @Digits applies to numeric and String fields, but"
            + " since is LocalDate")
        .inFile(user).onLineContaining("java.time.LocalDate since;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void digitsWithANegativeCountIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Digits;

        @Table
        public class User {
          @Id Long id;
          @Digits(integer = -1, fraction = 2) java.math.BigDecimal price;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-414] @Digits(integer = -1, fraction = 2) on price: neither"
            + " may be negative")
        .inFile(user).onLineContaining("java.math.BigDecimal price;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void boundsThatNoValueMeetsAreAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;
        import java.math.BigDecimal;

        @Table
        public class User {
          @Id Long id;
          @Positive @Max(0) int credits;
          @DecimalMin("5") @DecimalMax("2.5") BigDecimal price;
          @DecimalMin(value = "1", inclusive = false) @DecimalMax("1") double ratio;
          @Min(-3) @NegativeOrZero @DecimalMin("-2") long delta;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-415] @Positive and @Max(0) on credits leave no value that"
            + " can pass; widen or remove one")
        .inFile(user).onLineContaining("int credits;");
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-415] @DecimalMin(\"5\") and @DecimalMax(\"2.5\") on price")
        .inFile(user).onLineContaining("BigDecimal price;");
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-415] @DecimalMin(\"1\", inclusive = false) and"
            + " @DecimalMax(\"1\") on ratio")
        .inFile(user).onLineContaining("double ratio;");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void minOverMaxKeepsItsOwnCodeBesideOtherBounds() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;

        @Table
        public class User {
          @Id Long id;
          @PositiveOrZero @Min(10) @Max(5) int rating;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-406] @Min(10) exceeds @Max(5) on rating")
        .inFile(user).onLineContaining("int rating;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void everySupportedConstraintOnItsTypesCompilesCleanly() {
    Compilation compilation = compile(source("com.example.Everything", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;
        import java.math.BigDecimal;
        import java.time.*;

        @Table
        public class Everything {
          @Id Long id;
          @DecimalMin("0.5") @DecimalMax(value = "10", inclusive = false) BigDecimal price;
          @Positive short a;
          @PositiveOrZero Integer b;
          @Negative long c;
          @NegativeOrZero Float d;
          @DecimalMin("-1.5") double e;
          @Digits(integer = 3, fraction = 2) BigDecimal f;
          @Digits(integer = 5, fraction = 0) String zip;
          @Digits(integer = 2, fraction = 1) Double g;
          @Past LocalDate h;
          @PastOrPresent LocalTime i;
          @Future LocalDateTime j;
          @FutureOrPresent Instant k;
          @Past OffsetDateTime l;
          @AssertTrue boolean m;
          @AssertFalse Boolean n;
          @javax.validation.constraints.Positive int legacy;
        }
        """), source("javax.validation.constraints.Positive", """
        package javax.validation.constraints;

        public @interface Positive {
          String message() default "{javax.validation.constraints.Positive.message}";
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void constraintWithGroupsIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.NotNull;

        @Table
        public class User {
          interface OnUpdate {}

          @Id Long id;
          @NotNull(groups = OnUpdate.class)
          String name;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-416] @NotNull on name has groups: Precast checks every"
            + " constraint on every insert and update")
        .inFile(user).onLineContaining("@NotNull(groups = OnUpdate.class)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void hibernateValidatorConstraintPrecastDoesNotCheckIsAnError() {
    JavaFileObject length = source("org.hibernate.validator.constraints.Length", """
        package org.hibernate.validator.constraints;

        import java.lang.annotation.*;

        @Retention(RetentionPolicy.RUNTIME)
        @Target(ElementType.FIELD)
        public @interface Length {
          int max() default Integer.MAX_VALUE;
        }
        """);
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import org.hibernate.validator.constraints.Length;

        @Table
        public class User {
          @Id Long id;
          @Length(max = 20)
          String name;
        }
        """);

    Compilation compilation = compile(length, user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-407] @Length on name is not checked by Precast")
        .inFile(user).onLineContaining("@Length(max = 20)");
    assertThat(compilation).hadErrorCount(1);
  }
}
