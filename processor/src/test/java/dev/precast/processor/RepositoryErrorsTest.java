package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in {@code @Repository} interfaces and their methods (codes 10xx), each reported on
 * the method or parameter at fault, with the line.
 */
class RepositoryErrorsTest {
  private static final JavaFileObject USER = source("com.example.User", """
      package com.example;

      import dev.precast.annotations.*;

      @Table(name = "users")
      public class User {
        @Id Long id;
        @Column(length = 100) String name;
        @Unique @Column(length = 200) String email;
        boolean active;
        int age;
        @Transient String nickname;
      }
      """);

  private static JavaFileObject repository(String... methods) {
    return source("com.example.UserQueries", """
        package com.example;

        import dev.precast.*;
        import dev.precast.annotations.Query;
        import dev.precast.annotations.Repository;
        import java.util.*;
        import java.util.stream.Stream;

        @Repository
        public interface UserQueries extends CrudRepository<User, Long> {
        %s
        }
        """.formatted(String.join("\n", methods)));
  }

  private static Compilation compileWith(JavaFileObject repository) {
    return compile(USER, repository);
  }

  @Test
  void aValidRepositoryCompilesWithoutWarnings() {
    JavaFileObject queries = repository(
        "  List<User> findByNameAndActiveTrueOrderByIdDesc(String name);",
        "  Optional<User> findFirstByEmailIgnoreCase(String email);",
        "  List<User> findTop10ByAgeBetween(int low, int high);",
        "  List<User> findByIdIn(Collection<Long> ids);",
        "  Stream<User> streamByActiveFalse();",
        "  long countByNameStartingWith(String prefix);",
        "  boolean existsByEmail(String email);",
        "  int deleteByActiveFalse();",
        "  Page<User> findByActiveTrue(PageRequest page);",
        "  List<User> findByNameContaining(String part, Limit limit);",
        "  record NameOnly(Long id, String name) {}",
        "  List<NameOnly> findByAgeGreaterThan(int age);",
        "  @Query(\"SELECT * FROM users WHERE email = :email\")",
        "  Optional<User> byEmail(String email);",
        "  @Query(\"SELECT name FROM users WHERE id IN (:ids) ORDER BY name\")",
        "  List<String> names(List<Long> ids);",
        "  @Query(\"UPDATE users SET active = FALSE WHERE age > :age\")",
        "  int deactivateOlderThan(int age);",
        "  @Query(\"SELECT count(*) FROM users\")",
        "  long total();");

    Compilation compilation = compileWith(queries);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.UserQueriesImpl");
  }

  @Test
  void aMissingPropertyIsAnErrorWithDidYouMean() {
    JavaFileObject queries = repository("  List<User> findByEmial(String email);");

    Compilation compilation = compileWith(queries);

    assertThat(compilation).hadErrorContaining("[PRECAST-1009] UserQueries.findByEmial names"
            + " \"emial\", which is no property of User; did you mean \"email\"?")
        .inFile(queries).onLineContaining("findByEmial");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aTransientPropertyIsAnError() {
    JavaFileObject queries = repository("  List<User> findByNickname(String nickname);");

    Compilation compilation = compileWith(queries);

    assertThat(compilation).hadErrorContaining("[PRECAST-1010] UserQueries.findByNickname names"
            + " \"nickname\", but User.nickname is @Transient")
        .inFile(queries).onLineContaining("findByNickname");
  }

  @Test
  void aMethodThatIsNoQueryIsAnError() {
    JavaFileObject queries = repository("  List<User> everybody();");

    Compilation compilation = compileWith(queries);

    assertThat(compilation).hadErrorContaining("[PRECAST-1008] UserQueries.everybody is neither"
            + " a derived query")
        .inFile(queries).onLineContaining("everybody");
  }

  @Test
  void theWrongNumberOfParametersIsAnError() {
    JavaFileObject queries = repository("  List<User> findByNameAndEmail(String name);");

    Compilation compilation = compileWith(queries);

    assertThat(compilation).hadErrorContaining("[PRECAST-1011] UserQueries.findByNameAndEmail"
            + " takes 2 parameter(s) for its conditions (name is, email is), but declares 1")
        .inFile(queries).onLineContaining("findByNameAndEmail");
  }

  @Test
  void aParameterOfTheWrongTypeIsAnErrorOnTheParameter() {
    JavaFileObject queries = source("com.example.UserQueries", """
        package com.example;

        import dev.precast.CrudRepository;
        import dev.precast.annotations.Repository;
        import java.util.List;

        @Repository
        public interface UserQueries extends CrudRepository<User, Long> {
          List<User> findByAgeGreaterThan(
              String age);
        }
        """);

    Compilation compilation = compileWith(queries);

    assertThat(compilation).hadErrorContaining("[PRECAST-1012] parameter age of"
            + " UserQueries.findByAgeGreaterThan is java.lang.String, but age is greater than"
            + " needs int or Integer")
        .inFile(queries).onLineContaining("String age");
  }

  @Test
  void inNeedsACollection() {
    JavaFileObject queries = repository("  List<User> findByIdIn(Long id);");

    assertThat(compileWith(queries)).hadErrorContaining("needs a Collection of Long")
        .inFile(queries).onLineContaining("findByIdIn");
  }

  @Test
  void aTextOperatorOnANumberIsAnError() {
    JavaFileObject queries = repository("  List<User> findByAgeStartingWith(String prefix);");

    assertThat(compileWith(queries)).hadErrorContaining("[PRECAST-1013]"
            + " UserQueries.findByAgeStartingWith: \"age starts with\" needs a String property,"
            + " but age is int")
        .inFile(queries).onLineContaining("findByAgeStartingWith");
  }

  @Test
  void anUnsupportedReturnTypeIsAnError() {
    JavaFileObject queries = repository("  Set<User> findByName(String name);",
        "  String countByName(String name);",
        "  List<User> existsByName(String name);",
        "  Optional<User> findTop5ByName(String name);");

    Compilation compilation = compileWith(queries);

    assertThat(compilation).hadErrorContaining("[PRECAST-1014] UserQueries.findByName returns"
            + " java.util.Set<com.example.User>")
        .inFile(queries).onLineContaining("findByName(");
    assertThat(compilation).hadErrorContaining("UserQueries.countByName returns"
            + " java.lang.String, which a countBy query cannot: return long or int")
        .inFile(queries).onLineContaining("countByName");
    assertThat(compilation).hadErrorContaining("UserQueries.existsByName returns")
        .inFile(queries).onLineContaining("existsByName");
    assertThat(compilation).hadErrorContaining("Top5 (up to 5 rows)")
        .inFile(queries).onLineContaining("findTop5ByName");
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void aProjectionComponentThatIsNoPropertyIsAnError() {
    JavaFileObject queries = repository("  record Card(String name, String mail) {}",
        "  List<Card> findByActiveTrue();");

    assertThat(compileWith(queries)).hadErrorContaining("component mail is no property of it;"
            + " did you mean \"email\"?")
        .inFile(queries).onLineContaining("findByActiveTrue");
  }

  @Test
  void aPageNeedsAPageRequest() {
    JavaFileObject queries = repository("  Page<User> findByName(String name);");

    assertThat(compileWith(queries)).hadErrorContaining("a query without a PageRequest"
            + " parameter")
        .inFile(queries).onLineContaining("findByName");
  }

  @Test
  void countQueriesTakeNoOrdering() {
    JavaFileObject queries = repository("  long countByNameOrderByIdAsc(String name);");

    assertThat(compileWith(queries)).hadErrorContaining("[PRECAST-1015]"
            + " UserQueries.countByNameOrderByIdAsc: a countBy query takes no OrderBy")
        .inFile(queries).onLineContaining("countByNameOrderByIdAsc");
  }

  @Test
  void anInvalidQueryIsAnErrorWithTheDatabasesMessage() {
    JavaFileObject queries = repository("  @Query(\"SELECT * FROM userz WHERE id = :id\")",
        "  Optional<User> byId(Long id);",
        "  @Query(\"SELECT nmae FROM users\")",
        "  List<String> names();",
        "  @Query(\"SELEC * FROM users\")",
        "  List<User> typo();");

    Compilation compilation = compileWith(queries);

    assertThat(compilation).hadErrorContaining("[PRECAST-1018] @Query of UserQueries.byId does"
            + " not compile against the schema: ")
        .inFile(queries).onLineContaining("userz");
    assertThat(compilation).hadErrorContaining("userz");
    assertThat(compilation).hadErrorContaining("nmae")
        .inFile(queries).onLineContaining("nmae");
    assertThat(compilation).hadErrorContaining("@Query of UserQueries.typo")
        .inFile(queries).onLineContaining("SELEC *");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void aNamedParameterWithoutAMethodParameterIsAnError() {
    JavaFileObject queries = repository(
        "  @Query(\"SELECT * FROM users WHERE email = :mail\")",
        "  Optional<User> byEmail(String email);");

    Compilation compilation = compileWith(queries);

    assertThat(compilation).hadErrorContaining("[PRECAST-1019] @Query of UserQueries.byEmail"
            + " uses :mail, but byEmail has no parameter mail")
        .inFile(queries).onLineContaining(":mail");
    assertThat(compilation).hadErrorContaining("[PRECAST-1020] parameter email of"
            + " UserQueries.byEmail is not used by its @Query")
        .inFile(queries).onLineContaining("String email");
  }

  @Test
  void positionalParametersAreAnError() {
    JavaFileObject queries = repository("  @Query(\"SELECT * FROM users WHERE id = ?\")",
        "  Optional<User> byId();");

    assertThat(compileWith(queries)).hadErrorContaining("[PRECAST-1021]")
        .inFile(queries).onLineContaining("id = ?");
  }

  @Test
  void resultColumnsThatDoNotFitTheReturnTypeAreAnError() {
    JavaFileObject queries = repository(
        "  @Query(\"SELECT name, email FROM users\")",
        "  List<User> partial();",
        "  @Query(\"SELECT id, name FROM users\")",
        "  List<Long> twoColumns();",
        "  @Query(\"SELECT name FROM users\")",
        "  List<Long> textAsNumber();",
        "  record Mail(String email, Long userId) {}",
        "  @Query(\"SELECT email FROM users\")",
        "  List<Mail> mails();",
        "  @Query(\"UPDATE users SET active = TRUE\")",
        "  List<User> update();");

    Compilation compilation = compileWith(queries);

    assertThat(compilation).hadErrorContaining("[PRECAST-1022] @Query of UserQueries.partial"
            + " returns the columns (name, email), which do not fit java.util.List<com.example.User>:"
            + " User is read from its columns in their order (id, name, email, active, age)")
        .inFile(queries).onLineContaining("SELECT name, email");
    assertThat(compilation).hadErrorContaining("a Long reads one column")
        .inFile(queries).onLineContaining("SELECT id, name");
    assertThat(compilation).hadErrorContaining("column name is CHARACTER VARYING")
        .inFile(queries).onLineContaining("SELECT name FROM");
    assertThat(compilation).hadErrorContaining("no column is named userId or user_id")
        .inFile(queries).onLineContaining("SELECT email");
    assertThat(compilation).hadErrorContaining("which an INSERT, UPDATE or DELETE cannot")
        .inFile(queries).onLineContaining("List<User> update()");
    assertThat(compilation).hadErrorCount(5);
  }

  @Test
  void anUncheckedQueryIsAWarning() {
    JavaFileObject queries = repository(
        "  @Query(value = \"SELECT * FROM users WHERE name ~ :pattern\", checked = false)",
        "  List<User> matching(String pattern);");

    Compilation compilation = compileWith(queries);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[PRECAST-705] @Query of UserQueries.matching"
            + " is not checked at compile time")
        .inFile(queries).onLineContaining("checked = false");
  }

  @Test
  void queryOutsideARepositoryIsAnError() {
    JavaFileObject dao = source("com.example.Dao", """
        package com.example;

        import dev.precast.annotations.Query;

        public interface Dao {
          @Query("SELECT 1")
          long one();
        }
        """);

    assertThat(compile(USER, dao)).hadErrorContaining("[PRECAST-1023] @Query on Dao.one has no"
            + " effect: Dao is no @Repository interface")
        .inFile(dao).onLineContaining("long one()");
  }

  @Test
  void repositoryOnAClassIsAnError() {
    JavaFileObject dao = source("com.example.Dao", """
        package com.example;

        import dev.precast.annotations.Repository;

        @Repository
        public class Dao {}
        """);

    assertThat(compile(USER, dao)).hadErrorContaining("[PRECAST-1001] @Repository must be on an"
            + " interface, but com.example.Dao is a class")
        .inFile(dao).onLineContaining("public class Dao");
  }

  @Test
  void theWrongIdTypeIsAnError() {
    JavaFileObject queries = source("com.example.UserQueries", """
        package com.example;

        import dev.precast.CrudRepository;
        import dev.precast.annotations.Repository;

        @Repository
        public interface UserQueries extends CrudRepository<User, Integer> {}
        """);

    assertThat(compileWith(queries)).hadErrorContaining("[PRECAST-1006]")
        .inFile(queries).onLineContaining("interface UserQueries");
  }

  @Test
  void aDerivedQueryNeedsAnEntity() {
    JavaFileObject queries = source("com.example.Lookups", """
        package com.example;

        import dev.precast.annotations.Repository;
        import java.util.List;

        @Repository
        public interface Lookups {
          long countByName(String name);
        }
        """);

    assertThat(compileWith(queries)).hadErrorContaining("[PRECAST-1004] Lookups.countByName is a"
            + " derived query, but Lookups names no entity")
        .inFile(queries).onLineContaining("countByName");
  }

  @Test
  void theEntityOfAPlainInterfaceIsTheOneItsFindersReturn() {
    JavaFileObject queries = source("com.example.Lookups", """
        package com.example;

        import dev.precast.annotations.Repository;
        import java.util.List;

        @Repository
        public interface Lookups {
          List<User> findByName(String name);
          long countByActiveTrue();
        }
        """);

    Compilation compilation = compileWith(queries);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.LookupsImpl");
  }
}
