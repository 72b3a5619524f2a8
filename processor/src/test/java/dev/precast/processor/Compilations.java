package dev.precast.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * How the tests compile: javac with a fresh {@link PrecastProcessor} each time (a processor
 * instance belongs to one compilation), every lint warning on except the processing one
 * (Jakarta's annotations are read by Precast but claimed by no processor).
 */
public final class Compilations {
  private static final List<String> OPTIONS = List.of("-Xlint:all", "-Xlint:-processing");

  private Compilations() {}

  /** The compiler every test uses. */
  public static Compiler javac() {
    return Compiler.javac().withProcessors(new PrecastProcessor()).withOptions(OPTIONS);
  }

  /** The compiler every test uses, with more options, e.g. {@code -Aprecast.migrations=dir}. */
  public static Compiler javac(String... options) {
    List<String> all = new java.util.ArrayList<>(OPTIONS);
    all.addAll(List.of(options));
    return Compiler.javac().withProcessors(new PrecastProcessor()).withOptions(all);
  }

  /** Compiles {@code sources} with Precast. */
  public static Compilation compile(JavaFileObject... sources) {
    return javac().compile(sources);
  }

  /** A source file of class {@code qualifiedName}, from its lines. */
  public static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** A source file of class {@code qualifiedName}, from a text block. */
  public static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /**
   * Compiles {@code sources} with Precast into {@code directory} as javac on the command line
   * would ({@code -s directory/sources -d directory/classes}) and returns every file the
   * compilation wrote, relative to {@code directory}, sorted; compile-testing shows generated
   * files only of successful compilations.
   */
  public static List<String> filesWritten(Path directory, JavaFileObject... sources)
      throws IOException {
    return filesWritten(directory, List.of(), sources);
  }

  /** {@link #filesWritten(Path, JavaFileObject...)} with more javac options. */
  public static List<String> filesWritten(Path directory, List<String> options,
      JavaFileObject... sources) throws IOException {
    List<String> all = new java.util.ArrayList<>(OPTIONS);
    all.addAll(options);
    Path generated = Files.createDirectories(directory.resolve("sources"));
    Path classes = Files.createDirectories(directory.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      JavaCompiler.CompilationTask task = compiler.getTask(
          new StringWriter(), files, null, all, null, List.of(sources));
      task.setProcessors(List.of(new PrecastProcessor()));
      task.call();
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths.filter(Files::isRegularFile)
          .map(path -> directory.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** Every diagnostic, one a line, for failure messages. */
  public static String describe(Compilation compilation) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      out.append(d.getKind()).append(' ')
          .append(d.getSource() == null ? "-" : d.getSource().getName())
          .append(':').append(d.getLineNumber()).append(' ')
          .append(d.getCode()).append(": ")
          .append(d.getMessage(Locale.ROOT)).append('\n');
    }
    return out.toString();
  }
}
