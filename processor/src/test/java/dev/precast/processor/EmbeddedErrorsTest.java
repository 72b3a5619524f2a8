package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Embedded} values that cannot be stored (codes 1201–1208), each on its element. */
class EmbeddedErrorsTest {
  private static JavaFileObject address(String components) {
    return source("com.example.Address", """
        package com.example;

        import dev.precast.annotations.*;

        public record Address(%s) {}
        """.formatted(components));
  }

  private static final JavaFileObject ADDRESS = address("String street, String city");

  private static JavaFileObject user(String... fields) {
    return source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.*;

        @Table(name = "users")
        public class User {
          @Id Long id;
        %s
        }
        """.formatted(String.join("\n", fields)));
  }

  @Test
  void aValidEmbeddedCompiles() {
    JavaFileObject user = user("  @Embedded Address address;", "  @Embedded(prefix = \"home_\")"
        + " Address home;");

    assertThat(compile(ADDRESS, user)).succeededWithoutWarnings();
  }

  @Test
  void anEmbeddedColumnTypeIsAnError() {
    JavaFileObject user = user("  @Embedded String address;");

    assertThat(compile(user)).hadErrorContaining("[PRECAST-1201] @Embedded field address has"
            + " type String, which is a column type itself")
        .inFile(user).onLineContaining("String address");
  }

  @Test
  void anEmbeddedClassWithoutNoArgumentConstructorIsAnError() {
    JavaFileObject point = source("com.example.Point", """
        package com.example;

        public class Point {
          public Integer x;
          public Point(Integer x) { this.x = x; }
        }
        """);
    JavaFileObject user = user("  @Embedded Point point;");

    assertThat(compile(point, user)).hadErrorContaining("[PRECAST-1201] @Embedded field point has"
            + " type Point, which has no constructor without parameters")
        .inFile(user).onLineContaining("Point point");
  }

  @Test
  void anEmbeddedTypeWithoutFieldsIsAnError() {
    JavaFileObject empty = source("com.example.Nothing", """
        package com.example;

        public record Nothing() {}
        """);
    JavaFileObject user = user("  @Embedded Nothing nothing;");

    assertThat(compile(empty, user)).hadErrorContaining("[PRECAST-1202] @Embedded field nothing"
            + " has type Nothing, which has no field to store")
        .inFile(user).onLineContaining("Nothing nothing");
  }

  @Test
  void aPrimitiveComponentIsAnError() {
    JavaFileObject address = address("String street, int number");
    JavaFileObject user = user("  @Embedded Address address;");

    Compilation compilation = compile(address, user);

    assertThat(compilation).hadErrorContaining("[PRECAST-1203] component number of embedded"
            + " Address has primitive type int: a null address is stored as NULL columns")
        .inFile(address).onLineContaining("int number");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aKeyOnAComponentIsAnError() {
    JavaFileObject address = address("@Unique String street, String city");
    JavaFileObject user = user("  @Embedded Address address;");

    assertThat(compile(address, user)).hadErrorContaining("[PRECAST-1204] @Unique on component"
            + " street of embedded Address is not supported")
        .inFile(address).onLineContaining("@Unique String street");
  }

  @Test
  void anIdOnTheEmbeddedFieldIsAnError() {
    JavaFileObject user = user("  @Embedded", "  @Column(name = \"where\") Address address;");

    assertThat(compile(ADDRESS, user)).hadErrorContaining("[PRECAST-1205] @Column on @Embedded"
            + " field address has no meaning")
        .inFile(user).onLineContaining("@Column(name = \"where\")");
  }

  @Test
  void aRuleOtherThanNotNullOnTheEmbeddedFieldIsAnError() {
    JavaFileObject user = user("  @Embedded", "  @Size(max = 3) Address address;");

    assertThat(compile(ADDRESS, user)).hadErrorContaining("[PRECAST-1206] @Size on @Embedded"
            + " field address is not checked")
        .inFile(user).onLineContaining("@Size(max = 3)");
  }

  @Test
  void aColumnClashIsAnErrorOnTheEmbeddedField() {
    JavaFileObject user = user("  String addressStreet2;",
        "  @Column(name = \"address_street\") String line;", "  @Embedded Address address;");

    assertThat(compile(ADDRESS, user)).hadErrorContaining("[PRECAST-1207] column"
            + " \"address_street\" is mapped by both line and address.street: give @Embedded"
            + " field address another prefix")
        .inFile(user).onLineContaining("@Embedded Address address");
  }

  @Test
  void aNestedEmbeddedIsAnError() {
    JavaFileObject geo = source("com.example.Geo", """
        package com.example;

        public record Geo(Double lat, Double lon) {}
        """);
    JavaFileObject address = address("String street, @Embedded Geo geo");
    JavaFileObject user = user("  @Embedded Address address;");

    assertThat(compile(geo, address, user)).hadErrorContaining("[PRECAST-1208] component geo of"
            + " embedded Address is itself @Embedded: nested embedded values are not supported")
        .inFile(address).onLineContaining("@Embedded Geo geo");
  }

  @Test
  void anUnsupportedComponentTypeIsAnError() {
    JavaFileObject address = address("String street, java.util.Set<String> lines");
    JavaFileObject user = user("  @Embedded Address address;");

    assertThat(compile(address, user)).hadErrorContaining("[PRECAST-201] field address.lines has"
            + " type Set<...>, which Precast cannot map to a column")
        .inFile(address).onLineContaining("lines");
  }
}
