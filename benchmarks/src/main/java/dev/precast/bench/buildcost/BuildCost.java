package dev.precast.bench.buildcost;

import dev.precast.bench.startup.StartupHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The processor's cost per entity: writes a model of {@code n} entities (eight columns each, a
 * unique one, a foreign key to the previous entity), compiles it with the JDK's {@code javac}
 * with and without the processor, {@code runs} times each in turn, and reports the difference
 * of the medians per entity as Markdown.
 *
 * <pre>java -cp ... BuildCost 200 3 runtime-classpath processor-path out.md</pre>
 */
public final class BuildCost {
  private BuildCost() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int entities = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    String classpath = args[2];
    String processorPath = args[3];
    Path out = Path.of(args[4]);
    Path dir = Files.createTempDirectory("precast-buildcost");
    List<String> sources = writeModel(dir.resolve("src"), entities);
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    List<Double> plain = new ArrayList<>();
    List<Double> processed = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      plain.add(compile(javac, dir, "plain", classpath, List.of("-proc:none"), sources));
      processed.add(compile(javac, dir, "processed", classpath,
          List.of("-processorpath", processorPath), sources));
    }
    long generated;
    try (Stream<Path> files = Files.walk(dir.resolve("processed"))) {
      generated = files.filter(p -> p.toString().endsWith(".class")).count();
    }
    if (generated < 4L * entities) {
      throw new IllegalStateException("the processor generated only " + generated + " classes");
    }
    double without = StartupHarness.median(plain);
    double with = StartupHarness.median(processed);
    double perEntity = (with - without) / entities;
    String md = String.format(Locale.ROOT, "Processor cost: %d generated entities (8 columns,"
        + " a unique key and a foreign key each), `javac` with and without the processor, median"
        + " of %d run(s) each, %d cores, JDK %s.%n%n"
        + "| | javac (ms) |%n|---|---:|%n| without processor (`-proc:none`) | %.0f |%n"
        + "| with Precast's processor | %.0f |%n| processor, per entity | **%.2f ms** |%n%n"
        + "Target ≤ 10 ms per entity: %s.%n",
        entities, runs, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), without, with, perEntity,
        perEntity <= 10 ? "met" : "missed");
    Files.writeString(out, md);
    System.out.print(md);
    deleteTree(dir);
  }

  private static double compile(String javac, Path dir, String name, String classpath,
      List<String> options, List<String> sources) throws IOException, InterruptedException {
    Path classes = dir.resolve(name);
    deleteTree(classes);
    Files.createDirectories(classes);
    Path argfile = dir.resolve(name + ".args");
    List<String> lines = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classpath,
        "-implicit:none", "-nowarn"));
    lines.addAll(options);
    lines.addAll(sources);
    Files.write(argfile, lines);
    long start = System.nanoTime();
    Process p = new ProcessBuilder(javac, "@" + argfile).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("javac failed (" + name + ")");
    }
    return (System.nanoTime() - start) / 1e6;
  }

  static List<String> writeModel(Path src, int entities) throws IOException {
    Path pkg = src.resolve("com/example/big");
    Files.createDirectories(pkg);
    List<String> files = new ArrayList<>();
    for (int i = 0; i < entities; i++) {
      String reference = i == 0 ? "" : "  @References(Entity" + (i - 1) + ".class) Long parentId;\n";
      String source = "package com.example.big;\n\n"
          + "import dev.precast.annotations.*;\n"
          + "import java.math.BigDecimal;\n"
          + "import java.time.LocalDate;\n\n"
          + "@Table\n"
          + "public class Entity" + i + " {\n"
          + "  @Id Long id;\n"
          + "  @Unique @Column(length = 100) String code;\n"
          + "  @Column(length = 200, nullable = false) String name;\n"
          + "  int quantity;\n"
          + "  @Column(precision = 10, scale = 2) BigDecimal price;\n"
          + "  LocalDate created;\n"
          + "  boolean active;\n"
          + reference
          + "}\n";
      Path file = pkg.resolve("Entity" + i + ".java");
      Files.writeString(file, source);
      files.add(file.toString());
    }
    return files;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
