package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in the entity class itself (codes 1xx), each reported on the class at fault. */
class EntityErrorsTest {

  @Test
  void tableOnAnInterfaceIsAnError() {
    JavaFileObject mapper = source("com.example.Mapper", """
        package com.example;

        import dev.precast.annotations.Table;

        @Table
        public interface Mapper {}
        """);

    Compilation compilation = compile(mapper);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-101] @Table must be on a class or record, but Mapper is an interface")
        .inFile(mapper).onLineContaining("@Table");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void tableOnAnAbstractClassIsAnError() {
    JavaFileObject shape = source("com.example.Shape", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public abstract class Shape {
          @Id Long id;
        }
        """);

    Compilation compilation = compile(shape);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-102] @Table class Shape is abstract")
        .inFile(shape).onLineContaining("@Table");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void tableOnANonStaticInnerClassIsAnError() {
    JavaFileObject outer = source("com.example.Outer", """
        package com.example;

        import dev.precast.annotations.*;

        public class Outer {
          @Table
          public class Inner {
            @Id Long id;
          }
        }
        """);

    Compilation compilation = compile(outer);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-103] @Table class Inner is an inner class")
        .inFile(outer).onLineContaining("@Table");
    assertThat(compilation).hadErrorContaining("declare it static");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void tableOnAPrivateNestedClassIsAnError() {
    JavaFileObject outer = source("com.example.Outer", """
        package com.example;

        import dev.precast.annotations.*;

        public class Outer {
          @Table
          private static class Hidden {
            @Id Long id;
          }
        }
        """);

    Compilation compilation = compile(outer);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-104] @Table class Hidden is private")
        .inFile(outer).onLineContaining("@Table");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void entityWithoutUsableConstructorIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          String name;

          private User() {}

          public User(String name) {
            this.name = name;
          }
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-105] User has no non-private constructor without parameters")
        .inFile(user).onLineContaining("public class User");
    assertThat(compilation).hadErrorContaining("add one, or make User a record");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoEntitiesWithOneTableNameAreAnError() {
    JavaFileObject account = source("com.example.Account", """
        package com.example;

        import dev.precast.annotations.*;

        @Table(name = "users")
        public class Account {
          @Id Long id;
        }
        """);
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table(name = "USERS")
        public class User {
          @Id Long id;
        }
        """);

    Compilation compilation = compile(account, user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-106] table \"USERS\" is mapped by both com.example.Account"
            + " and com.example.User")
        .inFile(user).onLineContaining("@Table(name = \"USERS\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void entityWithoutIdIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          Long id;
          String name;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-107] User has no @Id: mark the field that holds its"
            + " primary key with @Id")
        .inFile(user).onLineContaining("public class User");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoIdsAreAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          @Id Long code;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-108] User has 2 @Id fields (id, code)")
        .inFile(user).onLineContaining("@Id Long code;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void blankTableNameIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table(name = " ")
        public class User {
          @Id Long id;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-109] table name \" \" is not a usable SQL name: it is blank")
        .inFile(user).onLineContaining("@Table");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void genericEntityIsAnError() {
    JavaFileObject box = source("com.example.Box", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Box<T> {
          @Id Long id;
        }
        """);

    Compilation compilation = compile(box);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-110] @Table class Box has type parameters")
        .inFile(box).onLineContaining("@Table");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void idInAClassWithoutTableIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        public class User {
          @Id Long id;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-111] @Id on User.id has no effect: User has no @Table")
        .inFile(user).onLineContaining("@Id Long id;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void mappingOnARecordWithoutTableIsReportedOncePerComponent() {
    JavaFileObject point = source("com.example.Point", """
        package com.example;

        import dev.precast.annotations.*;

        public record Point(
            @Id Long id,
            @Column(name = "x_pos") int x) {}
        """);

    Compilation compilation = compile(point);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-111] @Id on Point.id has no effect: Point has no @Table")
        .inFile(point).onLineContaining("@Id Long id");
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-111] @Column on Point.x has no effect")
        .inFile(point).onLineContaining("@Column");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void uniqueOnATypeWithoutTableIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Unique(columns = "email")
        public class User {
          String email;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-111] @Unique on class User has no effect")
        .inFile(user).onLineContaining("@Unique");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void repeatedUniqueOnATypeWithoutTableIsAnError() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Unique(columns = "email")
        @Unique(columns = "name")
        public class User {
          String email;
          String name;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-111] @Unique on class User has no effect")
        .inFile(user).onLineContaining("public class User");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void entityInAPrivateClassIsAnError() {
    JavaFileObject outer = source("com.example.Outer", """
        package com.example;

        import dev.precast.annotations.*;

        public class Outer {
          private static class Hidden {
            @Table
            static class User {
              @Id Long id;
            }
          }
        }
        """);

    Compilation compilation = compile(outer);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-112] @Table class User is nested in private Hidden")
        .inFile(outer).onLineContaining("@Table");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void nestedEntitiesOfOneSimpleNameInOnePackageAreAnError() {
    JavaFileObject shop = source("com.example.Shop", """
        package com.example;

        import dev.precast.annotations.*;

        public class Shop {
          @Table(name = "shop_item")
          public static class Item {
            @Id Long id;
          }
        }
        """);
    JavaFileObject warehouse = source("com.example.Warehouse", """
        package com.example;

        import dev.precast.annotations.*;

        public class Warehouse {
          @Table(name = "stock_item")
          public static class Item {
            @Id Long id;
          }
        }
        """);

    Compilation compilation = compile(shop, warehouse);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-113] @Table classes com.example.Shop.Item and"
            + " com.example.Warehouse.Item would both generate Item_, ItemRepository and"
            + " ItemValidator in com.example: rename one of them")
        .inFile(warehouse).onLineContaining("@Table");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void constructorThatThrowsACheckedExceptionIsNotUsable() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;

          public User() throws Exception {}
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-105] User has no non-private constructor without"
            + " parameters or checked exceptions")
        .inFile(user).onLineContaining("public class User");
    assertThat(compilation).hadErrorCount(1);
  }
}
