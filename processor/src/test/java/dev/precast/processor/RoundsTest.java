package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Precast next to other processors: types and entities that appear in later rounds. */
class RoundsTest {

  @Test
  void entityWaitsForAFieldTypeThatAnotherProcessorGenerates() {
    JavaFileObject account = source("com.example.Account", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Account {
          @Id Long id;
          Status status;
        }
        """);

    Compilation compilation = withGenerator("com.example.Status", """
        package com.example;
        public enum Status { OPEN, CLOSED }
        """).compile(account);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.Account_").contentsAsUtf8String()
        .contains("Rows.getEnum(row, 2, Status::valueOf, \"Status\")");
    assertThat(compilation).generatedSourceFile("com.example.PrecastSchema");
  }

  @Test
  void entityThatAnotherProcessorGeneratesIsMappedAndInTheSchema() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
        }
        """);

    Compilation compilation = withGenerator("com.example.Audit", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Audit {
          @Id Long id;
          String action;
        }
        """).compile(user);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.AuditRepository");
    assertThat(compilation).generatedSourceFile("com.example.PrecastSchema").contentsAsUtf8String()
        .contains("Audit_.TABLE,\n      User_.TABLE");
  }

  /**
   * A processor that writes {@code source} as {@code name} in the first round, then Precast
   * (which claims its annotations, so a processor of "*" after it would not be called).
   */
  private static Compiler withGenerator(String name, String source) {
    return Compiler.javac()
        .withProcessors(new OneSourceGenerator(name, source), new PrecastProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing");
  }

  private static final class OneSourceGenerator extends AbstractProcessor {
    private final String name;
    private final String source;
    private boolean done;

    OneSourceGenerator(String name, String source) {
      this.name = name;
      this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          writer.write(source);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
