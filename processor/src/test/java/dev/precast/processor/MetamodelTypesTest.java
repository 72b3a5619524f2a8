package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.CompiledClasses.constant;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.precast.EntityColumn;
import dev.precast.StringColumn;
import javax.tools.JavaFileObject;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The metamodel's column constants are typed so that a query that compares a column with a
 * value of another type, or uses a text operator on a column that is no text, does not
 * compile: user code is compiled against the generated {@code User_} in one compilation.
 */
class MetamodelTypesTest {
  private static final JavaFileObject USER = source("com.example.User", """
      package com.example;

      import dev.precast.annotations.*;

      @Table(name = "users")
      public class User {
        @Id Long id;
        @Column(length = 40) String name;
        int age;
      }
      """);

  @Test
  void stringFieldsAreStringColumnsAndOthersEntityColumns() {
    Compilation compilation = compile(USER);

    assertThat(compilation).succeededWithoutWarnings();
    Class<?> metamodel = new CompiledClasses(compilation).load("com.example.User_");
    Assertions.assertThat(constant(metamodel, "NAME")).isInstanceOf(StringColumn.class);
    Assertions.assertThat(constant(metamodel, "ID")).isExactlyInstanceOf(EntityColumn.class);
    Assertions.assertThat(constant(metamodel, "AGE")).isExactlyInstanceOf(EntityColumn.class);
  }

  @Test
  void everyOperatorCompilesOnAColumnOfItsType() {
    Compilation compilation = compile(USER, use("""
        import java.util.List;

        class Use {
          Object conditions() {
            return List.of(
                User_.ID.eq(1L), User_.ID.ne(2L), User_.ID.between(1L, 9L),
                User_.ID.in(List.of(1L, 2L)), User_.ID.notIn(List.of()),
                User_.AGE.lt(3), User_.AGE.ge(18).and(User_.AGE.le(65)).not(),
                User_.NAME.like("J%"), User_.NAME.notLike("%x"), User_.NAME.startsWith("J"),
                User_.NAME.endsWith("n"), User_.NAME.contains("oh"), User_.NAME.eq("John"),
                User_.NAME.ignoreCase().eq("john"), User_.NAME.ignoreCase().in(List.of("a")),
                User_.NAME.ignoreCase().startsWith("jo"), User_.NAME.asc().nullsLast(),
                User_.AGE.desc().nullsFirst());
          }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void comparingALongColumnWithAStringDoesNotCompile() {
    assertDoesNotCompile("User_.ID.eq(\"x\")",
        "incompatible types: java.lang.String cannot be converted to java.lang.Long");
  }

  @Test
  void likeOnALongColumnDoesNotCompile() {
    assertDoesNotCompile("User_.ID.like(\"x\")", "cannot find symbol");
  }

  @Test
  void settingAStringColumnToANumberDoesNotCompile() {
    assertDoesNotCompile("query.all().update().set(User_.NAME, 42)",
        "method set in class dev.precast.Update<E> cannot be applied to given types");
  }

  /** {@code expression}, in a method with a {@code Query<User> query} at hand, is an error. */
  private static void assertDoesNotCompile(String expression, String error) {
    JavaFileObject use = use("""
        import dev.precast.Query;

        class Use {
          Object expression(Query<User> query) {
            return %s;
          }
        }
        """.formatted(expression));

    Compilation compilation = compile(USER, use);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(error).inFile(use).onLineContaining(expression);
  }

  private static JavaFileObject use(String body) {
    return source("com.example.Use", "package com.example;\n\n" + body);
  }
}
