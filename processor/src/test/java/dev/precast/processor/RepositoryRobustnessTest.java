package dev.precast.processor;

import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Odd repository interfaces end in success or in Precast's own diagnostics, never in a crash
 * (901) or in generated code that does not compile.
 */
class RepositoryRobustnessTest {
  private static final JavaFileObject ITEM = source("com.example.Item", """
      package com.example;

      import dev.precast.annotations.*;

      @Table
      public record Item(@Id Long id, @Column(length = 20) String name, int rank, Kind kind) {
        public enum Kind { SMALL, LARGE }
      }
      """);

  static Stream<String> interfaces() {
    return Stream.of(
        "interface Q extends CrudRepository<Item, Long> { <T> List<T> findByName(String name); }",
        "interface Q extends CrudRepository<Item, Long> { List<Item> findByIdIn(Long... ids); }",
        "interface Q extends CrudRepository<Item, Long> { List<Item> findByName(List<?> n); }",
        "interface Q extends CrudRepository<Item, Long> { @SuppressWarnings(\"rawtypes\") List findByName(String n); }",
        "interface Q extends CrudRepository<Item, Long> { Item[] findByName(String name); }",
        "interface Q extends CrudRepository<Item, Long> { default int helper() { return 1; } static Q of() { return null; } }",
        "interface Q { interface Base extends CrudRepository<Item, Long> { List<Item> findByRank(int rank); }\n"
            + "@Repository interface Q2 extends Base { List<Item> findByKind(Item.Kind kind); } }",
        "interface Q extends CrudRepository<Item, Long> { List<Item> findByKindIn(Set<Item.Kind> kinds); long countByKind(Item.Kind kind); }",
        "interface Q extends CrudRepository<Item, Long> { List<Item> findByNameAndNameOrNameIsNull(String a, String b); }",
        "interface Q extends CrudRepository<Item, Long> { List<Item> findBy(); List<Item> findByOrderByRankDescIdAsc(); }",
        "interface Q extends CrudRepository<Item, Long> { List<Item> findTop999999999999ByName(String n); }",
        "interface Q extends CrudRepository<Item, Long> { Optional<Item> findById(Long id); List<Item> findByRankGreaterThan(long rank); }",
        "interface Q extends CrudRepository<Item, Long> { @Query(\"\") List<Item> nothing(); }",
        "interface Q extends CrudRepository<Item, Long> { @Query(\"SELECT 1; SELECT 2\") List<Integer> two(); }",
        "interface Q extends CrudRepository<Item, Long> { @Query(\"DROP TABLE item\") void drop(); }",
        "interface Q extends CrudRepository<Item, Long> { @Query(\"SELECT * FROM item WHERE name = ':x' AND id = :id\") List<Item> lit(Long id); }",
        "interface Q extends CrudRepository<Item, Long> { @Query(\"SELECT rank FROM item WHERE id = :id\") int rank(Long id); }",
        "interface Q extends CrudRepository<Item, Long> { @Query(\"SELECT kind FROM item\") List<Item.Kind> kinds(); }",
        "interface Q extends CrudRepository<Item, Long> { @Query(\"SELECT * FROM item WHERE id IN (:ids)\") Stream<Item> many(List<Long> ids); }",
        "interface Q extends CrudRepository<Item, Long> { @Query(\"SELECT * FROM item\") Page<Item> page(PageRequest p); }",
        "interface Q<T> extends CrudRepository<Item, Long> {}",
        "interface Q extends CrudRepository<String, Long> {}",
        "interface Q extends CrudRepository { }",
        "interface Q { @Query(\"SELECT count(*) FROM item\") long total(); }",
        "interface Q { }",
        "interface Q extends CrudRepository<Item, Long> { List<Item> findByNameOrderBy(String n); List<Item> findByOr(); }",
        "interface Q extends CrudRepository<Item, Long> { List<Item> findByName(String parameters, Limit limit); List<Item> findByRank(int index, Limit db); }");
  }

  @ParameterizedTest
  @MethodSource("interfaces")
  void endsInSuccessOrInPrecastsDiagnostics(String declaration) {
    JavaFileObject repository = source("com.example.Q", """
        package com.example;

        import dev.precast.*;
        import dev.precast.annotations.Query;
        import dev.precast.annotations.Repository;
        import java.util.*;
        import java.util.stream.Stream;

        @Repository
        """ + declaration + "\n");

    Compilation compilation = compile(ITEM, repository);

    List<String> errors = compilation.errors().stream()
        .map(error -> error.getMessage(null)).toList();
    assertThat(errors).as("errors of %s", declaration)
        .allSatisfy(error -> assertThat(error).startsWith("[PRECAST-").doesNotContain("901"));
    if (compilation.status() == Compilation.Status.SUCCESS) {
      assertThat(compilation.diagnostics()).filteredOn(d -> d.getKind() == Diagnostic.Kind.WARNING)
          .allSatisfy(w -> assertThat(w.getMessage(null)).startsWith("[PRECAST-"));
    }
  }
}
