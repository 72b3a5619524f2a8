package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Mistakes in unique constraints (codes 3xx), each reported on the {@code @Unique} at fault. */
class UniqueErrorsTest {

  @Test
  void uniqueNamingNoColumnIsAnErrorWithASuggestion() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Unique(columns = {"name", "emial"})
        public class User {
          @Id Long id;
          String name;
          String email;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-301] @Unique names column \"emial\", which User does not"
            + " have; columns are: id, name, email; did you mean \"email\"?")
        .inFile(user).onLineContaining("@Unique");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void uniqueNamingAFieldInsteadOfItsColumnSuggestsTheColumn() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Index(columns = "createdAt")
        @Unique(columns = {"displayName", "tenant"})
        public class User {
          @Id Long id;
          @Column(length = 40) String displayName;
          @Column(length = 40) String tenant;
          java.time.Instant createdAt;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-301] @Unique names column \"displayName\", which User does"
            + " not have; columns are: id, display_name, tenant, created_at; did you mean"
            + " \"display_name\"?")
        .inFile(user).onLine(7);
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-505] @Index names column \"createdAt\", which User does"
            + " not have; columns are: id, display_name, tenant, created_at; did you mean"
            + " \"created_at\"?")
        .inFile(user).onLine(6);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void uniqueNamingAFarOffColumnSuggestsNothing() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Unique(columns = "telephone")
        public class User {
          @Id Long id;
          String email;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-301] @Unique names column \"telephone\", which User does not"
            + " have; columns are: id, email")
        .inFile(user).onLineContaining("@Unique");
    assertThat(compilation).hadErrorCount(1);
    Assertions.assertThat(compilation.errors().get(0).getMessage(Locale.ROOT))
        .doesNotContain("did you mean");
  }

  @Test
  void uniqueNamingATransientFieldsColumnIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Unique(columns = {"display_name"})
        public class User {
          @Id Long id;
          @Transient String displayName;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-302] @Unique names column \"display_name\" of @Transient"
            + " field displayName, which has no column")
        .inFile(user).onLineContaining("@Unique");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void uniqueOnTheTypeWithoutColumnsIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Unique
        public class User {
          @Id Long id;
          String email;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-303] @Unique on type User names no column")
        .inFile(user).onLineContaining("@Unique");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void uniqueWithColumnsOnAFieldIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          @Unique(columns = "email") String email;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-304] @Unique on field email covers that field's column")
        .inFile(user).onLineContaining("String email;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void uniqueNamingAColumnTwiceIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Unique(columns = {"email", "EMAIL"})
        public class User {
          @Id Long id;
          String email;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-305] @Unique names column \"EMAIL\" twice")
        .inFile(user).onLineContaining("@Unique");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sameUniqueTwiceIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Unique(columns = "email")
        public class User {
          @Id Long id;
          @Unique String email;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-306] unique constraint uq_user_email is declared twice on User")
        .inFile(user).onLineContaining("@Unique(columns = \"email\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void uniqueFieldNamedIdBesideAnotherPrimaryKeyIsAnError() {
    JavaFileObject device = source("com.example.Device", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Device {
          @Id Long pk;
          @Unique String id;
        }
        """);

    Compilation compilation = compile(device);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-307] @Unique field id would get the finder findById, but"
            + " findById belongs to the primary key pk: rename the field;"
            + " @Column(name = \"id\") keeps the column's name")
        .inFile(device).onLineContaining("@Unique String id;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void constraintNamesGeneratedTwiceInOneSchemaAreAnError() {
    JavaFileObject item = source("com.example.OrderItem", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class OrderItem {
          @Id Long id;
          @Unique String sku;
        }
        """);
    JavaFileObject order = source("com.example.Order", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Order {
          @Id Long id;
          @Unique
          @Column(name = "item_sku") String itemSku;
        }
        """);

    Compilation compilation = compile(item, order);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-114] the name uq_order_item_sku is generated for both a"
            + " unique constraint of order and a unique constraint of order_item")
        .inFile(item).onLineContaining("String sku;");
    assertThat(compilation).hadErrorCount(1);
  }
}
