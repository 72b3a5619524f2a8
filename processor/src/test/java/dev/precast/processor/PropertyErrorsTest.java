package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in a mapped field (codes 2xx), each reported on the field at fault. */
class PropertyErrorsTest {

  @Test
  void aSetFieldIsAnUnsupportedType() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import java.util.Set;

        @Table
        public class User {
          @Id Long id;
          Set<String> tags;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-201] field tags has type Set<")
        .inFile(user).onLineContaining("Set<String> tags;");
    assertThat(compilation).hadErrorContaining("or mark the field @Transient");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void objectFieldIsAnUnsupportedType() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          Object payload;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-201] field payload has type Object, which Precast cannot"
            + " map to a column")
        .inFile(user).onLineContaining("Object payload;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateFieldWithoutGetterIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          private String name;

          public void setName(String name) {
            this.name = name;
          }
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-202] field name is private and User has no getName() method")
        .inFile(user).onLineContaining("private String name;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateBooleanWithoutGetterAsksForIsGetter() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          private boolean active;

          public void setActive(boolean active) {
            this.active = active;
          }
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-202] field active is private and User has no isActive() method")
        .inFile(user).onLineContaining("private boolean active;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateFieldWithoutSetterIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          private String name;

          public String getName() {
            return name;
          }
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-203] field name of User cannot be set: it is private and"
            + " there is no non-private setName(String) method")
        .inFile(user).onLineContaining("private String name;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void finalPrivateFieldIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          private final String name = "fixed";

          public String getName() {
            return name;
          }
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-203] field name of User cannot be set: it is private and"
            + " final")
        .inFile(user).onLineContaining("private final String name");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoFieldsWithOneColumnNameAreAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          String email;
          @Column(name = "EMAIL") String contact;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-204] column \"EMAIL\" is mapped by both email and contact")
        .inFile(user).onLineContaining("String contact;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void lengthOnAnIntIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          @Column(length = 3) int age;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-205] @Column(length) limits String, byte[] and enum columns,"
            + " but age is int; remove length")
        .inFile(user).onLineContaining("int age;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void negativeLengthIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          @Column(length = -1) String name;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-206] @Column(length = -1) on name must be positive")
        .inFile(user).onLineContaining("String name;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void precisionOnANonDecimalIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          @Column(precision = 10, scale = 2) double balance;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-207] @Column(precision, scale) apply to BigDecimal columns,"
            + " but balance is double")
        .inFile(user).onLineContaining("double balance;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void scaleOverPrecisionIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import java.math.BigDecimal;

        @Table
        public class User {
          @Id Long id;
          @Column(precision = 4, scale = 6) BigDecimal balance;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-208] @Column(precision = 4, scale = 6) on balance: the scale"
            + " cannot exceed the precision")
        .inFile(user).onLineContaining("BigDecimal balance;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void scaleWithoutPrecisionIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import java.math.BigDecimal;

        @Table
        public class User {
          @Id Long id;
          @Column(scale = 2) BigDecimal balance;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-208] @Column(precision = 0, scale = 2) on balance: a scale"
            + " needs a precision")
        .inFile(user).onLineContaining("BigDecimal balance;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void transientRecordComponentIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public record User(
            @Id Long id,
            @Transient String nickname) {}
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-209] record component nickname cannot be @Transient")
        .inFile(user).onLineContaining("@Transient String nickname");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void constantHidingTheClassOfANestedEnumIsAnError() {
    // Found by RobustnessFuzzTest: the mapper's X.Status::valueOf read X as the constant X_.X.
    JavaFileObject sku = source("com.example.SKU", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class SKU {
          public enum Status { ON, OFF }

          @Id Long id;
          Status status;
          String sku;
        }
        """);

    Compilation compilation = compile(sku);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-217] field sku would get the metamodel constant SKU_.SKU,"
            + " which hides class SKU inside SKU_, where the row mapper names the enum"
            + " SKU.Status through it: rename the field; @Column(name = \"sku\") keeps the"
            + " column's name")
        .inFile(sku).onLine(11);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void constraintsOfATransientRecordComponentAreNotReportedOnItsAccessor() {
    // Found by RobustnessFuzzTest: the component's @NotBlank reaches the accessor javac
    // writes, which was taken for a validated method (409) and reported without a position.
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.NotBlank;

        @Table
        public record User(
            @Id Long id,
            @Transient @NotBlank String nickname) {}
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-209] record component nickname cannot be @Transient")
        .inFile(user).onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unsupportedIdTypeIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id double id;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-210] @Id id has type double; a primary key is Long, long,"
            + " Integer or int")
        .inFile(user).onLineContaining("@Id double id;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void transientIdIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id @Transient Long id;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-211] @Id id is also @Transient")
        .inFile(user).onLineContaining("@Id @Transient Long id;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void columnOnATransientFieldIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          @Transient @Column(length = 10) String cache;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-212] cache is @Transient, so its @Column has no effect")
        .inFile(user).onLineContaining("String cache;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void fieldOfAPrivateNestedEnumIsAnError() {
    JavaFileObject ticket = source("com.example.Ticket", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Ticket {
          private enum State { OPEN, CLOSED }

          @Id Long id;
          State state;
        }
        """);

    Compilation compilation = compile(ticket);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-213] field state has type State, which generated code in"
            + " com.example cannot use: State is private; make it package-private or public")
        .inFile(ticket).onLineContaining("State state;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void fieldOfAProtectedEnumFromAnotherPackageIsAnError() {
    JavaFileObject base = source("com.example.base.Base", """
        package com.example.base;

        public class Base {
          protected enum Level { LOW, HIGH }
        }
        """);
    JavaFileObject alarm = source("com.example.Alarm", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Alarm extends com.example.base.Base {
          @Id Long id;
          Level level;
        }
        """);

    Compilation compilation = compile(base, alarm);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-213] field level has type Level, which generated code in"
            + " com.example cannot use: Level is protected in another package; make it public")
        .inFile(alarm).onLineContaining("Level level;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void fieldNamedTableIsAnError() {
    JavaFileObject booking = source("com.example.Booking", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Booking {
          @Id Long id;
          int table;
        }
        """);

    Compilation compilation = compile(booking);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-214] field table would get the metamodel constant"
            + " Booking_.TABLE, which is the table's own: rename the field;"
            + " @Column(name = \"table\") keeps the column's name")
        .inFile(booking).onLineContaining("int table;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void fieldsWithOneMetamodelConstantAreAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          @Column(name = "nick") String nickName;
          @Column(name = "nick_2") String nick_name;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-215] fields nickName and nick_name would both get the"
            + " metamodel constant User_.NICK_NAME")
        .inFile(user).onLineContaining("String nick_name;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void columnOnAStaticFieldIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          @Column(length = 20) static String defaultName;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-216] field defaultName is static, so it is no column and"
            + " its @Column has no effect")
        .inFile(user).onLineContaining("static String defaultName;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void uniqueOnATransientModifierFieldIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          @Unique transient String sessionKey;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-216] field sessionKey is transient, so it is no column and"
            + " its @Unique has no effect; remove the annotation, or the transient modifier")
        .inFile(user).onLineContaining("transient String sessionKey;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void getterThatThrowsACheckedExceptionIsNotUsed() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          private String name;

          public String getName() throws java.io.IOException {
            return name;
          }

          public void setName(String name) {
            this.name = name;
          }
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-202] field name is private and User has no getName() method")
        .inFile(user).onLineContaining("private String name;");
    assertThat(compilation).hadErrorCount(1);
  }
}
