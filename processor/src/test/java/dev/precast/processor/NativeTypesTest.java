package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL-native types at compile time: what is generated for declared SQL types, {@code
 * @Json} fields and arrays, and the errors
 * (codes 225–230) for types Precast cannot write or store, each on its field. The catalog
 * types of declared types are {@code dialect.DeclaredTypesTest}'s.
 */
class NativeTypesTest {
  private static JavaFileObject entity(String... fields) {
    return source("com.example.Doc", """
        package com.example;

        import dev.precast.Dialect;
        import dev.precast.annotations.*;
        import java.util.List;
        import java.util.Map;

        @Table
        public class Doc {
          @Id Long id;
        %s
        }
        """.formatted(String.join("\n", fields)));
  }

  private static final JavaFileObject ADDRESS = source("com.example.Address", """
      package com.example;

      public record Address(String street, String city) {}
      """);

  private static String generated(Compilation compilation, String name) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString()
        .replaceAll("\\s+", " ");
  }

  @Test
  void declaredTypesGoIntoEachDialectsDdl() throws Exception {
    Compilation compilation = compile(entity(
        "  @Column(type = \"CITEXT\") String email;",
        "  @Column(type = \"VARCHAR(80)\") @ColumnType(dialect = Dialect.POSTGRESQL,"
            + " value = \"TEXT\") String motto;"));

    String metamodel = generated(compilation, "com.example.Doc_");

    assertThat(metamodel)
        .contains("Dialect.H2, new ColumnType(\"CITEXT\", \"citext\", 0, 0, 0, \"\", true)")
        .contains("Dialect.POSTGRESQL, new ColumnType(\"CITEXT\", \"citext\", 0, 0, 0, \"\", true)")
        .contains("Dialect.H2, new ColumnType(\"VARCHAR(80)\", \"character varying\", 80, 0, 0, \"\")")
        .contains("Dialect.POSTGRESQL, new ColumnType(\"TEXT\", \"text\", 0, 0, 0, \"\")")
        .contains("email CITEXT,").contains("motto VARCHAR(80),").contains("motto TEXT,");
  }

  @Test
  void jsonFieldsGetAJacksonConverterOfTheirFullType() throws Exception {
    Compilation compilation = compile(ADDRESS, entity(
        "  @Json Address address;",
        "  @Json Map<String, List<Address>> byCity;",
        "  @Json String raw;"));

    String metamodel = generated(compilation, "com.example.Doc_");

    assertThat(metamodel)
        .contains("public static final JacksonJson<Address> ADDRESS_JSON ="
            + " JacksonJson.of(Address.class);")
        .contains("public static final JacksonJson<Map<String, List<Address>>> BY_CITY_JSON ="
            + " JacksonJson.of(JacksonJson.type(Map.class, JacksonJson.type(String.class),"
            + " JacksonJson.type(List.class, JacksonJson.type(Address.class))));")
        .contains("EntityColumn<Doc, Map<String, List<Address>>> BY_CITY")
        .contains("parameters.setJson(index, Conversions.toDatabase(Doc_.ADDRESS_JSON, value))")
        .contains("EntityColumn<Doc, String> RAW = new EntityColumn<>(\"raw\", \"raw\", \"raw\","
            + " Parameters::setJson)")
        .contains("Conversions.fromDatabase(Doc_.BY_CITY_JSON, Rows.getJson(row, 3))")
        .contains("address JSONB,").contains("raw JSON,")
        .contains("new ColumnType(\"JSONB\", \"jsonb\", 0, 0, 0, \"\")");
  }

  @Test
  void listsAndArraysOfStringsAndLongsAreSqlArrays() throws Exception {
    Compilation compilation = compile(entity(
        "  List<String> tags;", "  List<Long> scores;", "  String[] names;", "  long[] counts;"));

    String metamodel = generated(compilation, "com.example.Doc_");

    assertThat(metamodel)
        .contains("EntityColumn<Doc, List<String>> TAGS = new EntityColumn<>(\"tags\", \"tags\","
            + " \"tags\", Parameters::setStringList)")
        .contains("EntityColumn<Doc, long[]> COUNTS")
        .contains("entity.tags = Rows.getStringList(row, 2);")
        .contains("entity.counts = Rows.getLongArray(row, 5);")
        .contains("tags TEXT[],").contains("counts BIGINT[]")
        .contains("tags CHARACTER VARYING ARRAY,").contains("counts BIGINT ARRAY")
        .contains("new ColumnType(\"TEXT[]\", \"_text\", 0, 0, 0, \"\")")
        .contains("new ColumnType(\"BIGINT ARRAY\", \"array\", 0, 0, 0, \"\")");
  }

  @Test
  void aBlankDeclaredTypeIsAnError() {
    JavaFileObject doc = entity("  @Column(type = \" \") String email;");

    Compilation compilation = compile(doc);

    assertThat(compilation).hadErrorContaining("[PRECAST-225] @Column(type) on email declares a"
            + " blank SQL type")
        .inFile(doc).onLineContaining("String email");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aDeclaredTypeWithASemicolonOrAConstraintIsAnError() {
    JavaFileObject doc = entity(
        "  @Column(type = \"TEXT; DROP TABLE doc\") String a;",
        "  @ColumnType(dialect = Dialect.POSTGRESQL, value = \"TEXT NOT NULL\") String b;",
        "  @Column(type = \"TEXT -- hi\") String c;",
        "  @Column(type = \"VARCHAR(4\") String d;",
        "  @Column(type = \"TEXT DEFAULT 'x'\") String e;");

    Compilation compilation = compile(doc);

    assertThat(compilation).hadErrorContaining("[PRECAST-226] @Column(type) on a declares the SQL"
            + " type \"TEXT; DROP TABLE doc\", which contains ';', which would end the statement")
        .inFile(doc).onLineContaining("String a");
    assertThat(compilation).hadErrorContaining("[PRECAST-226] @ColumnType(dialect = POSTGRESQL)"
            + " on b declares the SQL type \"TEXT NOT NULL\", which contains NOT, which is no"
            + " part of a type")
        .inFile(doc).onLineContaining("String b");
    assertThat(compilation).hadErrorContaining("which contains a comment")
        .inFile(doc).onLineContaining("String c");
    assertThat(compilation).hadErrorContaining("which has unbalanced parentheses")
        .inFile(doc).onLineContaining("String d");
    assertThat(compilation).hadErrorContaining("which contains a quote")
        .inFile(doc).onLineContaining("String e");
    assertThat(compilation).hadErrorCount(5);
  }

  @Test
  void aDialectGivenTwoTypesIsAnError() {
    JavaFileObject doc = entity("  @ColumnType(dialect = Dialect.H2, value = \"TEXT\")",
        "  @ColumnType(dialect = Dialect.H2, value = \"VARCHAR(9)\") String email;");

    assertThat(compile(doc)).hadErrorContaining("[PRECAST-227] @ColumnType on email gives"
            + " dialect H2 a type twice (\"TEXT\" and \"VARCHAR(9)\"); keep one")
        .inFile(doc).onLineContaining("String email");
  }

  @Test
  void aJsonFieldOfAPrimitiveArrayOrWildcardIsAnError() {
    JavaFileObject doc = entity("  @Json int count;", "  @Json Address[] all;",
        "  @Json List<?> any;");

    Compilation compilation = compile(ADDRESS, doc);

    assertThat(compilation).hadErrorContaining("[PRECAST-228] @Json field count has type int,"
            + " which is no JSON document type")
        .inFile(doc).onLineContaining("int count");
    assertThat(compilation).hadErrorContaining("[PRECAST-228] @Json field all")
        .inFile(doc).onLineContaining("Address[] all");
    assertThat(compilation).hadErrorContaining("[PRECAST-228] @Json field any")
        .inFile(doc).onLineContaining("List<?> any");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void aJsonFieldWithoutPrecastJacksonIsAnError() {
    List<File> withoutJackson = Arrays.stream(
            System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("precast-jackson") && !entry.contains("jackson/target"))
        .map(File::new)
        .toList();
    JavaFileObject doc = entity("  @Json Address address;", "  @Json String raw;");

    Compilation compilation = Compilations.javac().withClasspath(withoutJackson)
        .compile(ADDRESS, doc);

    assertThat(compilation).hadErrorContaining("[PRECAST-229] @Json field address of type"
            + " Address needs a JSON library, and dev.precast.jackson.JacksonJson is not on the"
            + " class path: add the dependency dev.precast:precast-jackson")
        .inFile(doc).onLineContaining("Address address");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aJsonFieldsConverterMustMakeText() {
    JavaFileObject converter = source("com.example.CityConverter", """
        package com.example;

        import dev.precast.TypeConverter;

        public final class CityConverter implements TypeConverter<Address, Long> {
          public Long toDatabase(Address value) { return 1L; }
          public Address fromDatabase(Long value) { return null; }
        }
        """);
    JavaFileObject doc = entity("  @Json @Convert(CityConverter.class) Address address;");

    assertThat(compile(ADDRESS, converter, doc)).hadErrorContaining("[PRECAST-230] @Json field"
            + " address is converted by com.example.CityConverter to Long, but a JSON column"
            + " holds JSON text: use a TypeConverter<Address, String>")
        .inFile(doc).onLineContaining("Address address");
  }

  @Test
  void aJsonFieldMayNameItsOwnConverterToText() throws Exception {
    JavaFileObject converter = source("com.example.AddressJson", """
        package com.example;

        import dev.precast.TypeConverter;

        public final class AddressJson implements TypeConverter<Address, String> {
          public String toDatabase(Address value) { return "{}"; }
          public Address fromDatabase(String value) { return new Address("", ""); }
        }
        """);

    String metamodel = generated(compile(ADDRESS, converter,
        entity("  @Json @Convert(AddressJson.class) Address address;")), "com.example.Doc_");

    assertThat(metamodel).contains("ADDRESS_CONVERTER = new AddressJson()")
        .contains("parameters.setJson(index, Conversions.toDatabase(Doc_.ADDRESS_CONVERTER,");
  }
}
