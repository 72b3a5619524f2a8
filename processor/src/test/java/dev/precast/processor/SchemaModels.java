package dev.precast.processor;

import com.google.testing.compile.Compilation;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.SchemaModel;
import dev.precast.processor.parse.Annotations;
import dev.precast.processor.parse.EntityParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The {@link SchemaModel} of real entity sources, as the processor builds it: for tests of what
 * works on a model (the DDL, the {@code @Query} check) without going through generated code.
 *
 * <pre>{@code
 * SchemaModel schema = SchemaModels.of(source("com.example.User", "..."));
 * }</pre>
 */
public final class SchemaModels {
  private SchemaModels() {}

  /**
   * The schema of the {@code @Table} classes of {@code sources}, which must compile with Precast
   * without errors.
   */
  public static SchemaModel of(JavaFileObject... sources) {
    Capture capture = new Capture();
    // The capture runs first and claims nothing, so Precast still judges the entities.
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(capture, new PrecastProcessor())
        .compile(sources);
    if (compilation.status() != Compilation.Status.SUCCESS || capture.entities.isEmpty()) {
      throw new AssertionError("the entities do not compile:\n"
          + Compilations.describe(compilation));
    }
    return SchemaModel.of(capture.entities, List.of());
  }

  /** Reads each {@code @Table} class as {@link PrecastProcessor} does. */
  private static final class Capture extends AbstractProcessor {
    final List<EntityModel> entities = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(Annotations.TABLE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      EntityParser parser =
          new EntityParser(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
      TypeElement table = processingEnv.getElementUtils().getTypeElement(Annotations.TABLE);
      for (Element element : round.getElementsAnnotatedWith(table)) {
        entities.add(parser.parse((TypeElement) element));
      }
      return false;
    }
  }
}
