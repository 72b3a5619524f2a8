package dev.precast.bench.startup;

import com.zaxxer.hikari.HikariDataSource;
import dev.precast.bench.BenchDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starts {@link StartupMain} for hand-written JDBC, Precast and Hibernate in turn, each in a
 * new JVM, {@code runs} times, on an H2 file database made once beforehand, and writes the
 * medians as Markdown: main to the first row, and the whole process (JVM start to exit).
 *
 * <pre>java -cp ... StartupHarness runs classpath out.md</pre>
 */
public final class StartupHarness {
  private static final List<String> CONTENDERS = List.of("jdbc", "precast", "hibernate");

  private StartupHarness() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = Integer.parseInt(args[0]);
    String classpath = args[1];
    Path out = Path.of(args[2]);
    Path dir = Files.createTempDirectory("precast-startup");
    String url = "jdbc:h2:file:" + dir.resolve("startup");
    try (HikariDataSource pool = BenchDatabase.pool(url)) {
      BenchDatabase.prepare(pool);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, List<Double>> firstRow = new LinkedHashMap<>();
    Map<String, List<Double>> process = new LinkedHashMap<>();
    // One unmeasured start of each warms the file cache; then the contenders take turns.
    for (int run = -1; run < runs; run++) {
      for (String contender : CONTENDERS) {
        long begin = System.nanoTime();
        Process p = new ProcessBuilder(java, "-cp", classpath,
            StartupMain.class.getName(), contender, url)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String nanos = null;
        try (BufferedReader lines = new BufferedReader(
            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith("FIRST_ROW_NANOS ")) {
              nanos = line.substring("FIRST_ROW_NANOS ".length());
            }
          }
        }
        int status = p.waitFor();
        double wall = (System.nanoTime() - begin) / 1e6;
        if (status != 0 || nanos == null) {
          throw new IllegalStateException(contender + " failed to start (exit " + status + ")");
        }
        if (run >= 0) {
          firstRow.computeIfAbsent(contender, k -> new ArrayList<>())
              .add(Long.parseLong(nanos) / 1e6);
          process.computeIfAbsent(contender, k -> new ArrayList<>()).add(wall);
        }
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("Startup to the first row: ").append(runs).append(" cold starts of each, in turn"
        + " (a new JVM each, `java -cp <classes and jars>`, H2 file database, HikariCP pool in"
        + " each), ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
        .append(System.getProperty("java.version")).append(".\n\n");
    md.append("| contender | main → first row, median (ms) | min–max (ms) | process, median (ms)"
        + " | vs JDBC (main → row) |\n|---|---:|---:|---:|---:|\n");
    double jdbc = median(firstRow.get("jdbc"));
    for (String contender : CONTENDERS) {
      List<Double> f = firstRow.get(contender);
      double m = median(f);
      md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f–%.0f | %.0f | %+.0f ms, %.2f× |%n",
          contender, m, Collections.min(f), Collections.max(f), median(process.get(contender)),
          m - jdbc, m / jdbc));
    }
    double precast = median(firstRow.get("precast"));
    double hibernate = median(firstRow.get("hibernate"));
    md.append(String.format(Locale.ROOT, "%nTargets: Precast within 50 ms of JDBC — %s (%+.0f ms);"
        + " Precast ≥ 5× faster than Hibernate — %s (%.1f×).%n",
        precast - jdbc <= 50 ? "met" : "missed", precast - jdbc,
        hibernate / precast >= 5 ? "met" : "missed", hibernate / precast));
    Files.writeString(out, md.toString());
    System.out.print(md);
  }

  /** The median of {@code values}: the middle one, or the mean of the two middle ones. */
  public static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
