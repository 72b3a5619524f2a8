package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.CompiledClasses.call;
import static dev.precast.processor.CompiledClasses.constant;
import static dev.precast.processor.CompiledClasses.set;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.precast.Dialect;
import dev.precast.EntityColumn;
import dev.precast.EntityTable;
import dev.precast.Violation;
import javax.tools.JavaFileObject;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * What generated code does, run without a database: each entity style compiles cleanly
 * (no warning under -Xlint:all), mappers build entities the way the style demands and
 * validators report broken rules by property.
 */
class GeneratedCodeTest {

  @Test
  void recordEntityCompilesCleanlyAndIsMappedThroughItsConstructor() throws Exception {
    Compilation compilation = compile(source("com.example.Person", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.NotBlank;

        @Table
        public record Person(@Id Long id, @NotBlank @Column(length = 50) String name, int age,
            Role role) {
          public enum Role { ADMIN, MEMBER }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Object person = call(classes.load("com.example.Person_"), "map",
        FakeRow.of(7L, "Ann", 42, "ADMIN"));
    Assertions.assertThat(person).hasToString("Person[id=7, name=Ann, age=42, role=ADMIN]");
  }

  @Test
  void recordGetsItsGeneratedIdAsANewInstance() throws Exception {
    Compilation compilation = compile(source("com.example.Person", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public record Person(@Id Long id, String name) {}
        """));

    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> personType = classes.load("com.example.Person");
    Object unsaved = personType.getConstructors()[0].newInstance(null, "Ann");
    Object saved = call(classes.load("com.example.Person_"), "withGeneratedId", unsaved,
        FakeRow.of(12L));
    Assertions.assertThat(saved).isNotSameAs(unsaved).hasToString("Person[id=12, name=Ann]");
  }

  @Test
  void fieldStyleEntityCompilesCleanlyAndIsMappedThroughItsFields() throws Exception {
    JavaFileObject source = source("com.example.Note", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Note {
          @Id Long id;
          String title;
          protected Integer stars;
          public double weight;
        }
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.Note_").contentsAsUtf8String()
        .contains("entity.title = row.getString(2);");
    CompiledClasses classes = new CompiledClasses(compilation);
    Object note = call(classes.load("com.example.Note_"), "map", FakeRow.of(3L, "Hi", null, 1.5));
    Assertions.assertThat(note).extracting("id", "title", "stars", "weight")
        .containsExactly(3L, "Hi", null, 1.5);
  }

  @Test
  void beanWithBooleanIsGetterCompilesCleanly() {
    Compilation compilation = compile(source("com.example.Member", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Member {
          @Id private Long id;
          private boolean active;
          private Boolean verified;

          public Long getId() { return id; }
          public void setId(Long id) { this.id = id; }
          public boolean isActive() { return active; }
          public void setActive(boolean active) { this.active = active; }
          public Boolean getVerified() { return verified; }
          public void setVerified(Boolean verified) { this.verified = verified; }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.Member_").contentsAsUtf8String()
        .contains("parameters.setBoolean(1, entity.isActive());");
    assertThat(compilation).generatedSourceFile("com.example.Member_").contentsAsUtf8String()
        .contains("parameters.setBooleanOrNull(2, entity.getVerified());");
  }

  @Test
  void validatorReportsEveryBrokenRuleByProperty() {
    Compilation compilation = compile(source("com.example.Account", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;

        @Table
        public class Account {
          @Id Long id;
          @NotBlank @Column(length = 5) String displayName;
          @Email String email;
          @Min(18) @Max(130) int age;
          @Pattern(regexp = "[A-Z]{2}", message = "must be a country code") String country;
          @Column(nullable = false) String plan;
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Object account = classes.instance("com.example.Account");
    set(account, "displayName", "far too long");
    set(account, "email", "not an address");
    set(account, "age", 12);
    set(account, "country", "France");

    Object violations = call(classes.instance("com.example.AccountValidator"), "validate", account);

    Assertions.assertThat(violations)
        .asInstanceOf(InstanceOfAssertFactories.list(Violation.class)).containsExactly(
        new Violation("displayName", "size must be at most 5"),
        new Violation("email", "must be a well-formed email address"),
        new Violation("age", "must be greater than or equal to 18"),
        new Violation("country", "must be a country code"),
        new Violation("plan", "must not be null"));
  }

  @Test
  void emailRegexpNarrowsWellFormedAddresses() {
    Compilation compilation = compile(source("com.example.Staff", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Email;

        @Table
        public class Staff {
          @Id Long id;
          @Email(regexp = ".*@example\\\\.com") String email;
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Object validator = classes.instance("com.example.StaffValidator");
    Object staff = classes.instance("com.example.Staff");

    set(staff, "email", "ada@example.com");
    Assertions.assertThat(call(validator, "validate", staff))
        .asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
    set(staff, "email", "ada@elsewhere.org");
    Assertions.assertThat(call(validator, "validate", staff))
        .asInstanceOf(InstanceOfAssertFactories.list(Violation.class))
        .containsExactly(new Violation("email", "must be a well-formed email address"));
  }

  @Test
  void booleanFieldNamedIsXUsesTheAccessorsIdesWrite() {
    Compilation compilation = compile(source("com.example.Member", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Member {
          @Id private Long id;
          private boolean isActive;

          public Long getId() { return id; }
          public void setId(Long id) { this.id = id; }
          public boolean isActive() { return isActive; }
          public void setActive(boolean active) { this.isActive = active; }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void reservedWordsAreQuotedAndPlainNamesAreNot() {
    Compilation compilation = compile(source("com.example.Order", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Order {
          @Id Long id;
          @Unique @Column(length = 20) String group;
          String shippingAddress;
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    Class<?> metamodel = new CompiledClasses(compilation).load("com.example.Order_");
    EntityTable<?> table = (EntityTable<?>) constant(metamodel, "TABLE");
    Assertions.assertThat(table.sqlName()).isEqualTo("\"order\"");
    Assertions.assertThat(((EntityColumn<?, ?>) constant(metamodel, "GROUP")).sql())
        .isEqualTo("\"group\"");
    Assertions.assertThat(((EntityColumn<?, ?>) constant(metamodel, "SHIPPING_ADDRESS")).sql())
        .isEqualTo("shipping_address");
    Assertions.assertThat(table.createStatements(Dialect.POSTGRESQL)).containsExactly("""
        CREATE TABLE IF NOT EXISTS "order" (
          id BIGINT GENERATED BY DEFAULT AS IDENTITY,
          "group" VARCHAR(20),
          shipping_address TEXT,
          CONSTRAINT pk_order PRIMARY KEY (id),
          CONSTRAINT uq_order_group UNIQUE ("group")
        )""");
  }

  @Test
  void entityAndPropertyNamesDoNotClashWithNamesInGeneratedCode() {
    Compilation compilation = compile(
        source("com.example.Db", """
            package com.example;
            import dev.precast.annotations.*;
            import jakarta.validation.constraints.NotBlank;
            @Table
            public class Db { @Id Long id; @NotBlank String name; }
            """),
        source("com.example.Parameters", """
            package com.example;
            import dev.precast.annotations.*;
            @Table
            public class Parameters {
              @Id @Column(length = 40) String id;
              @Unique @Column(length = 40) String name;
            }
            """),
        source("com.example.Stored", """
            package com.example;
            import dev.precast.annotations.*;
            @Table
            public class Stored { @Id java.util.UUID id; String name; }
            """),
        source("com.example.Violations", """
            package com.example;
            import dev.precast.annotations.*;
            import jakarta.validation.constraints.NotBlank;
            @Table
            public class Violations { @Id Long id; @NotBlank String violations; }
            """),
        source("com.example.Device", """
            package com.example;
            import dev.precast.annotations.*;
            import jakarta.validation.constraints.NotBlank;
            @Table
            public class Device {
              @Id Long id;
              @Unique @NotBlank @Column(length = 40) String db;
              @Unique @Column(length = 40) String parameters;
              @Unique @Column(length = 40) String stored;
            }
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.DbRepository").contentsAsUtf8String()
        .contains("public Db insert(Db dbEntity)");
    assertThat(compilation).generatedSourceFile("com.example.DeviceRepository")
        .contentsAsUtf8String().contains("public Optional<Device> findByDb(String dbValue)");
  }

  @Test
  void deprecatedEntityFieldsAndAccessorsCompileWithoutWarnings() {
    Compilation compilation = compile(source("com.example.Legacy", """
        package com.example;

        import dev.precast.annotations.*;

        @Deprecated(forRemoval = true)
        @Table
        public class Legacy {
          @Deprecated
          public enum Kind { OLD, OLDER }

          @Id Long id;
          @Deprecated String oldName;
          Kind kind;
          private String code;

          @Deprecated(forRemoval = true)
          public String getCode() { return code; }
          @Deprecated
          public void setCode(String code) { this.code = code; }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void validatorChecksEveryRepeatedConstraint() {
    Compilation compilation = compile(source("com.example.Login", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Pattern;

        @Table
        public class Login {
          @Id Long id;
          @Pattern(regexp = ".*[0-9].*", message = "needs a digit")
          @Pattern(regexp = ".*[A-Z].*", message = "needs a capital")
          String password;
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Object login = classes.instance("com.example.Login");
    set(login, "password", "secret");

    Object violations = call(classes.instance("com.example.LoginValidator"), "validate", login);

    Assertions.assertThat(violations)
        .asInstanceOf(InstanceOfAssertFactories.list(Violation.class)).containsExactly(
            new Violation("password", "needs a digit"),
            new Violation("password", "needs a capital"));
  }
}
