package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Callbacks, audit fields and soft delete that generated code cannot use (codes 11xx). */
class LifecycleErrorsTest {
  @Test
  void aCallbackWithParametersOrAResultOrPrivateIsAnError() {
    JavaFileObject note = source("com.example.Note", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Note {
          @Id Long id;
          String text;

          @BeforeInsert
          void withArgument(String reason) {}

          @AfterLoad
          private void hidden() {}

          @AfterInsert
          static void shared() {}

          @BeforeUpdate
          boolean answers() { return true; }
        }
        """);

    Compilation compilation = compile(note);

    assertThat(compilation).hadErrorContaining("[PRECAST-1101] @BeforeInsert method"
            + " Note.withArgument() cannot be called by generated code")
        .inFile(note).onLineContaining("@BeforeInsert");
    assertThat(compilation).hadErrorContaining("@AfterLoad method Note.hidden()")
        .inFile(note).onLineContaining("@AfterLoad");
    assertThat(compilation).hadErrorContaining("@AfterInsert method Note.shared()")
        .inFile(note).onLineContaining("@AfterInsert");
    assertThat(compilation).hadErrorContaining("@BeforeUpdate method Note.answers()")
        .inFile(note).onLineContaining("@BeforeUpdate");
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void aMutatingCallbackOnARecordIsAnError() {
    JavaFileObject note = source("com.example.Note", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public record Note(@Id Long id, String text) {
          @BeforeInsert
          void normalize() {}
        }
        """);

    assertThat(compile(note)).hadErrorContaining("[PRECAST-1102] @BeforeInsert on normalize of"
            + " record Note: a record cannot change")
        .inFile(note).onLineContaining("@BeforeInsert");
  }

  @Test
  void auditAndSoftDeleteFieldsNeedTheirTypes() {
    JavaFileObject note = source("com.example.Note", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Note {
          @Id Long id;
          @CreatedAt String created;
          @UpdatedAt java.time.Instant updated;
          @UpdatedAt java.time.Instant touched;
          @SoftDelete int removed;
        }
        """);

    Compilation compilation = compile(note);

    assertThat(compilation).hadErrorContaining("[PRECAST-1103] @CreatedAt field created is"
            + " String")
        .inFile(note).onLineContaining("String created");
    assertThat(compilation).hadErrorContaining("[PRECAST-1104] Note has 2 @UpdatedAt fields"
            + " (updated, touched); keep one")
        .inFile(note).onLineContaining("Instant touched");
    assertThat(compilation).hadErrorContaining("[PRECAST-1105] @SoftDelete field removed is int")
        .inFile(note).onLineContaining("int removed");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void auditAnnotationsOutsideAnEntityAreAnError() {
    JavaFileObject plain = source("com.example.Plain", """
        package com.example;

        import dev.precast.annotations.*;

        public class Plain {
          @CreatedAt java.time.Instant created;
        }
        """);

    assertThat(compile(plain)).hadErrorContaining("[PRECAST-111] @CreatedAt on Plain.created has"
            + " no effect")
        .inFile(plain).onLineContaining("created;");
  }
}
