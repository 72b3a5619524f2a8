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
        import jakarta.validation.constraints.Positive;

        @Table
        public class User {
          @Id Long id;
          @Positive int credits;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-407] @Positive on credits is not checked by Precast, and"
            + " would be silently ignored")
        .inFile(user).onLineContaining("@Positive int credits;");
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
        import jakarta.validation.constraints.Positive;

        @Table
        public class User {
          @Id Long id;
          @Positive @Positive int credits;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-407] @Positive on credits is not checked by Precast")
        .inFile(user).onLineContaining("int credits;");
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
}
