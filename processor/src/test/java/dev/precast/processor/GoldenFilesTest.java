package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compares what the processor generates for the reference entity
 * {@code golden/input/com/example/shop/User.java} with the reviewed files under
 * {@code golden/expected/}: {@code User_}, {@code UserRepository}, {@code UserValidator},
 * {@code PrecastSchema}, the DDL scripts {@code META-INF/precast/schema-*.sql} and the schema
 * snapshot {@code META-INF/precast/schema.json}, byte for byte.
 *
 * <p>When a change to the generated code is intended, regenerate the files and review their
 * diff like code:
 *
 * <pre>
 * mvn -pl runtime,processor test -Dprecast.updateGolden=true
 * </pre>
 *
 * The switch is the system property {@code precast.updateGolden}; the golden directory is the
 * system property {@code precast.goldenDir} (both set by {@code processor/pom.xml}; without
 * them the test uses {@code src/test/resources/golden}). With the switch on, the test writes
 * the expected files, removes stale ones, and passes.
 */
class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("precast.updateGolden");
  private static final Path GOLDEN = Path.of(System.getProperty(
      "precast.goldenDir", "src/test/resources/golden"));
  private static final Path INPUT = GOLDEN.resolve("input");
  private static final Path EXPECTED = GOLDEN.resolve("expected");
  private static final String REGENERATE =
      "if the change is intended, run `mvn -pl runtime,processor test -Dprecast.updateGolden=true`"
          + " and review the diff of processor/src/test/resources/golden/expected";

  @Test
  void generatedFilesMatchTheGoldenFiles() throws IOException {
    Compilation compilation = Compilations.compile(reference());
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = generatedFiles(compilation);
    assertThat(generated).containsOnlyKeys(
        "com/example/shop/User_.java",
        "com/example/shop/UserRepository.java",
        "com/example/shop/UserValidator.java",
        "com/example/shop/PrecastSchema.java",
        "META-INF/precast/schema-h2.sql",
        "META-INF/precast/schema-postgresql.sql",
        "META-INF/precast/schema.json");

    if (UPDATE) {
      write(generated);
      return;
    }
    Map<String, String> expected = read(EXPECTED);
    assertThat(generated.keySet()).as("generated files vs %s; %s", EXPECTED, REGENERATE)
        .containsExactlyElementsOf(expected.keySet());
    for (Map.Entry<String, String> file : generated.entrySet()) {
      String want = expected.get(file.getKey());
      String got = file.getValue();
      assertThat(got)
          .as("%s differs from its golden file %s (%s); %s", file.getKey(),
              EXPECTED.resolve(file.getKey()), firstDifference(want, got), REGENERATE)
          .isEqualTo(want);
    }
  }

  @Test
  void compilingTheSameSourcesTwiceGeneratesIdenticalBytes() throws IOException {
    JavaFileObject user = reference();
    JavaFileObject tag = JavaFileObjects.forSourceString("com.example.shop.catalog.Tag", """
        package com.example.shop.catalog;

        import dev.precast.annotations.*;

        @Table
        @Unique(columns = {"label", "kind"})
        public record Tag(@Id java.util.UUID id, @Unique String label, String kind) {}
        """);

    Map<String, byte[]> first = generatedBytes(Compilations.compile(user, tag));
    Map<String, byte[]> second = generatedBytes(Compilations.compile(user, tag));
    Map<String, byte[]> reversed = generatedBytes(Compilations.compile(tag, user));

    assertThat(first).containsKeys("com/example/shop/PrecastSchema.java",
        "com/example/shop/catalog/Tag_.java", "META-INF/precast/schema-h2.sql",
        "META-INF/precast/schema.json");
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    assertThat(reversed.keySet()).containsExactlyElementsOf(first.keySet());
    for (String name : first.keySet()) {
      assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
      assertThat(reversed.get(name)).as("%s with the sources in the other order", name)
          .isEqualTo(first.get(name));
    }
  }

  private static JavaFileObject reference() throws IOException {
    Path source = INPUT.resolve("com/example/shop/User.java");
    return JavaFileObjects.forSourceString("com.example.shop.User",
        Files.readString(source, StandardCharsets.UTF_8));
  }

  /** Generated sources and resources (not class files) by path, as text. */
  private static Map<String, String> generatedFiles(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    generatedBytes(compilation).forEach(
        (name, bytes) -> files.put(name, new String(bytes, StandardCharsets.UTF_8)));
    return files;
  }

  private static Map<String, byte[]> generatedBytes(Compilation compilation) {
    Map<String, byte[]> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      // "/SOURCE_OUTPUT/com/example/..." or "/CLASS_OUTPUT/META-INF/..."
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf('/', 1) + 1);
      try (var in = file.openInputStream()) {
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static Map<String, String> read(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(directory)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(directory.relativize(path).toString().replace('\\', '/'),
            // Line endings may change on checkout; the content may not.
            Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n"));
      }
    }
    return files;
  }

  private static void write(Map<String, String> generated) throws IOException {
    for (String stale : read(EXPECTED).keySet()) {
      if (!generated.containsKey(stale)) {
        Files.delete(EXPECTED.resolve(stale));
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path target = EXPECTED.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  private static String firstDifference(String expected, String actual) {
    List<String> want = expected.lines().toList();
    List<String> got = actual.lines().toList();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "<end of file>";
      String g = i < got.size() ? got.get(i) : "<end of file>";
      if (!w.equals(g)) {
        return "first difference at line " + (i + 1) + ": expected \"" + w + "\" but generated \""
            + g + "\"";
      }
    }
    return "they differ only in line endings";
  }
}
