package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor reports: every problem at once, nothing generated from a bad model. */
class ReportingTest {

  @Test
  void everyErrorOfEveryEntityIsReportedInOneCompilationAndNothingIsGenerated(
      @TempDir Path output) throws IOException {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          Long id;
          java.util.Set<String> tags;
        }
        """);
    JavaFileObject order = source("com.example.Order", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Size;

        @Table
        @Unique(columns = "emial")
        public class Order {
          @Id Long id;
          String email;
          @Size(min = 3, max = 1) String code;
        }
        """);
    JavaFileObject valid = source("com.example.Tag", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Tag {
          @Id Long id;
          @Unique String label;
        }
        """);

    Compilation compilation = compile(user, order, valid);

    assertThat(compilation).hadErrorContaining("[PRECAST-107] User has no @Id")
        .inFile(user).onLineContaining("public class User");
    assertThat(compilation).hadErrorContaining("[PRECAST-201] field tags")
        .inFile(user).onLineContaining("tags;");
    assertThat(compilation).hadErrorContaining("[PRECAST-301] @Unique names column \"emial\"")
        .inFile(order).onLineContaining("@Unique");
    assertThat(compilation).hadErrorContaining("[PRECAST-402] @Size(min = 3, max = 1) on code")
        .inFile(order).onLineContaining("String code;");
    assertThat(compilation).hadErrorCount(4);
    // Not even the valid Tag: generation runs only on a model without problems.
    Assertions.assertThat(Compilations.filesWritten(output.resolve("bad"), user, order, valid))
        .isEmpty();
    // The same compiler with the valid entity alone does write its files.
    Assertions.assertThat(Compilations.filesWritten(output.resolve("good"), valid))
        .contains("sources/com/example/Tag_.java", "classes/META-INF/precast/schema-h2.sql");
  }

  @Test
  void validEntityCompilesWithoutWarningsUnderXlintAll() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;
        import java.math.BigDecimal;
        import java.time.Instant;
        import java.util.UUID;

        @Table(name = "users")
        public class User {
          public enum Role { ADMIN, MEMBER }

          @Id private Long id;
          @Unique @NotBlank @Email @Column(length = 255) private String email;
          @Size(min = 2, max = 40) @Pattern(regexp = "[A-Za-z ]+") private String name;
          @Min(0) @Max(150) private int age;
          @Column(precision = 10, scale = 2) private BigDecimal balance;
          @NotNull private Role role;
          private boolean active;
          private Instant createdAt;
          private UUID externalId;
          private byte[] avatar;

          public Long getId() { return id; }
          public void setId(Long id) { this.id = id; }
          public String getEmail() { return email; }
          public void setEmail(String email) { this.email = email; }
          public String getName() { return name; }
          public void setName(String name) { this.name = name; }
          public int getAge() { return age; }
          public void setAge(int age) { this.age = age; }
          public BigDecimal getBalance() { return balance; }
          public void setBalance(BigDecimal balance) { this.balance = balance; }
          public Role getRole() { return role; }
          public void setRole(Role role) { this.role = role; }
          public boolean isActive() { return active; }
          public void setActive(boolean active) { this.active = active; }
          public Instant getCreatedAt() { return createdAt; }
          public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
          public UUID getExternalId() { return externalId; }
          public void setExternalId(UUID externalId) { this.externalId = externalId; }
          public byte[] getAvatar() { return avatar; }
          public void setAvatar(byte[] avatar) { this.avatar = avatar; }
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.User_");
    assertThat(compilation).generatedSourceFile("com.example.UserRepository");
    assertThat(compilation).generatedSourceFile("com.example.UserValidator");
    assertThat(compilation).generatedSourceFile("com.example.PrecastSchema");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/precast/schema-h2.sql");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/precast/schema-postgresql.sql");
  }
}
