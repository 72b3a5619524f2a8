package dev.precast.processor;

import static dev.precast.processor.Compilations.describe;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor never crashes, on many more models than anyone would write by hand: a seeded
 * {@link ModelGenerator} writes random but valid Java, and each case is compiled on its own so
 * that a failure names one small schema. For every case: the compiler and the processor throw
 * nothing, no diagnostic is the internal error 901, every error is Precast's and points at a
 * line of the input (the sources are valid Java, so any other error is a bug, of the generator
 * or in generated code), generated code has neither errors nor warnings, and a case that
 * compiles has its metamodel, repository and validator.
 *
 * <p>Replay a run with {@code -Dprecast.fuzz.seed=<seed>} (printed by every run), change its
 * size with {@code -Dprecast.fuzz.cases=<n>}, compile one case with {@code
 * -Dprecast.fuzz.case=<number>}, or set the threads with {@code -Dprecast.fuzz.threads=<n>}
 * (one per core by default).
 */
class RobustnessFuzzTest {
  private static final long DEFAULT_SEED = 20_240_605L;
  private static final int DEFAULT_CASES = 520;
  private static final Pattern CODE = Pattern.compile("^\\[(PRECAST-\\d{3})] ");
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /**
   * What the sources and generated code need, and nothing else: javac reads the whole test
   * class path on every compilation otherwise, which takes most of its time.
   */
  private static final List<File> CLASSPATH = List.of(location(dev.precast.Database.class),
      location(jakarta.validation.constraints.NotNull.class));

  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What one compilation showed.
   *
   * @param failure why the case breaks the rules above, or null
   * @param nanos the CPU time it took, which unlike the wall time does not depend on what else
   *     the machine runs
   */
  private record Outcome(ModelGenerator.Case model, boolean succeeded, Set<String> codes,
      String failure, long nanos) {}

  @Test
  void generatedModelsCompileOrFailWithPrecastsOwnErrors() throws Exception {
    long seed = Long.getLong("precast.fuzz.seed", DEFAULT_SEED);
    int cases = Integer.getInteger("precast.fuzz.cases", DEFAULT_CASES);
    Integer only = Integer.getInteger("precast.fuzz.case");
    List<Integer> numbers = new ArrayList<>();
    for (int n = 0; n < cases; n++) {
      if (only == null || only == n) {
        numbers.add(n);
      }
    }
    long start = System.nanoTime();
    int threads = Integer.getInteger("precast.fuzz.threads",
        Math.max(1, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Outcome> outcomes = new ArrayList<>();
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int n : numbers) {
        futures.add(pool.submit(() -> compile(new ModelGenerator(seed, n).generate())));
      }
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get());
      }
    } catch (ExecutionException e) {
      throw new AssertionError("a case could not even be run", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = outcomes.stream().mapToLong(Outcome::nanos).sum() / 1e9;

    List<Outcome> failures = outcomes.stream().filter(o -> o.failure() != null).toList();
    long succeeded = outcomes.stream().filter(Outcome::succeeded).count();
    long rejected =
        outcomes.stream().filter(o -> !o.succeeded() && o.failure() == null).count();
    long sources = outcomes.stream().mapToLong(o -> o.model().sources().size()).sum();
    Map<String, Integer> codes = new TreeMap<>();
    outcomes.forEach(o -> o.codes().forEach(code -> codes.merge(code, 1, Integer::sum)));
    System.out.printf(Locale.ROOT, "Precast fuzz: seed %d, %d cases (%d sources) compiled on %d"
            + " threads in %.1f s (%.1f s of CPU): %d compiled, %d failed with Precast's"
            + " diagnostics only, %d failures%n  codes seen (cases): %s%n",
        seed, outcomes.size(), sources, threads, seconds, cpuSeconds, succeeded,
        rejected, failures.size(), codes);
    outcomes.stream().max(Comparator.comparingLong(Outcome::nanos))
        .ifPresent(o -> System.out.printf(Locale.ROOT, "  slowest: case %d, %.2f s of CPU%n",
            o.model().number(), o.nanos() / 1e9));
    assertThat(failures)
        .as(() -> failures.size() + " of " + outcomes.size() + " cases failed (seed " + seed
            + "); the first:\n" + failures.stream().limit(3)
                .map(f -> "case " + f.model().number() + ": " + f.failure() + "\n"
                    + f.model().text())
                .reduce("", (a, b) -> a + "\n" + b))
        .isEmpty();
  }

  private static Outcome compile(ModelGenerator.Case model) {
    long begin = CPU.getCurrentThreadCpuTime();
    List<JavaFileObject> sources = new ArrayList<>();
    model.sources().forEach((name, text) -> sources.add(JavaFileObjects.forSourceString(name,
        text)));
    Compilation compilation;
    try {
      compilation = Compilations.javac().withClasspath(CLASSPATH)
          .compile(sources.toArray(JavaFileObject[]::new));
    } catch (RuntimeException | Error e) {
      return new Outcome(model, false, Set.of(), "the compilation threw " + e
          + Optional.ofNullable(e.getCause()).map(c -> ", caused by " + c).orElse(""),
          CPU.getCurrentThreadCpuTime() - begin);
    }
    Set<String> inputs = new TreeSet<>();
    sources.forEach(source -> inputs.add(source.toUri().toString()));
    Set<String> codes = new TreeSet<>();
    String all = describe(compilation);
    String failure = null;
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      Matcher code = CODE.matcher(message);
      boolean precast = code.find();
      if (precast) {
        codes.add(code.group(1));
      }
      boolean inInput = diagnostic.getSource() != null
          && inputs.contains(diagnostic.getSource().toUri().toString());
      boolean generated = diagnostic.getSource() != null && !inInput;
      String problem = null;
      if (message.contains("threw an uncaught exception") || message.contains("PRECAST-901")) {
        problem = "the processor crashed";
      } else if (generated && diagnostic.getKind() != Diagnostic.Kind.NOTE) {
        problem = "generated code has an error or warning";
      } else if (diagnostic.getKind() == Diagnostic.Kind.ERROR && !precast) {
        problem = "an error that is not Precast's: the generator wrote invalid Java";
      } else if (precast && (!inInput || diagnostic.getLineNumber() < 1)) {
        problem = "a Precast diagnostic that points at no line of the input";
      }
      if (problem != null && failure == null) {
        failure = problem + "\n" + all;
      }
    }
    boolean succeeded = compilation.status() == Compilation.Status.SUCCESS;
    if (succeeded && failure == null) {
      for (String entity : model.entities()) {
        for (String suffix : List.of("_", "Repository", "Validator")) {
          String generatedName = ModelGenerator.PACKAGE + "." + entity + suffix;
          if (compilation.generatedSourceFile(generatedName).isEmpty()) {
            failure = "the compilation succeeded without generating " + generatedName + "\n"
                + all;
          }
        }
      }
    }
    return new Outcome(model, succeeded, codes, failure, CPU.getCurrentThreadCpuTime() - begin);
  }
}
