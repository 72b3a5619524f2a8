package dev.precast.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Turns JMH's JSON results of {@code OrmBenchmark} into Markdown: the time of every operation
 * as a ratio to hand-written JDBC on the same database (with its error), the allocation per
 * operation likewise, and the targets for Precast, met or missed.
 *
 * <pre>
 * java -cp benchmarks.jar dev.precast.bench.report.RatioTable latest.json latest.md [postgres version]
 * </pre>
 */
public final class RatioTable {
  static final String BASELINE = "jdbc";
  static final List<String> CONTENDERS = List.of("precast", "hibernate", "jooq", "jdbi");
  static final List<String> SINGLE_ROW =
      List.of("findById", "findByEmail", "findByNameDerived", "insertOne", "updateVersioned");
  static final List<String> READS =
      List.of("findById", "findByEmail", "findByNameDerived", "list10", "list100", "list10Query");

  /** One measured figure: a score and the half-width of its 99.9% confidence interval. */
  record Figure(double score, double error) {
    Figure over(Figure base) {
      double ratio = score / base.score;
      double relative = Math.sqrt(sq(error / score) + sq(base.error / base.score));
      return new Figure(ratio, ratio * relative);
    }

    private static double sq(double x) {
      return Double.isFinite(x) ? x * x : 0;
    }
  }

  /** The figures of one benchmark, by database, then contender. */
  record Results(Map<String, Map<String, Map<String, Figure>>> time,
      Map<String, Map<String, Map<String, Figure>>> allocation, JsonNode first) {}

  private RatioTable() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: RatioTable <jmh.json> <out.md> [postgresql version]");
      System.exit(2);
    }
    JsonNode root = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    String markdown = render(read(root), args.length > 2 ? args[2] : "?");
    Files.writeString(Path.of(args[1]), markdown);
    System.out.print(markdown);
  }

  static Results read(JsonNode root) {
    Map<String, Map<String, Map<String, Figure>>> time = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Figure>>> allocation = new LinkedHashMap<>();
    for (JsonNode run : root) {
      String benchmark = run.path("benchmark").asText();
      String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String database = run.path("params").path("database").asText();
      String contender = run.path("params").path("contender").asText();
      JsonNode primary = run.path("primaryMetric");
      put(time, operation, database, contender, figure(primary));
      JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      if (!alloc.isMissingNode()) {
        put(allocation, operation, database, contender, figure(alloc));
      }
    }
    return new Results(time, allocation, root.size() == 0 ? null : root.get(0));
  }

  private static Figure figure(JsonNode metric) {
    double error = metric.path("scoreError").asDouble(Double.NaN);
    return new Figure(metric.path("score").asDouble(), Double.isNaN(error) ? 0 : error);
  }

  private static void put(Map<String, Map<String, Map<String, Figure>>> into, String operation,
      String database, String contender, Figure figure) {
    into.computeIfAbsent(operation, k -> new LinkedHashMap<>())
        .computeIfAbsent(database, k -> new LinkedHashMap<>()).put(contender, figure);
  }

  static String render(Results results, String postgres) {
    StringBuilder md = new StringBuilder();
    JsonNode first = results.first();
    md.append("Measured ").append(LocalDate.now()).append(" on ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores");
    if (first != null) {
      md.append(", JDK ").append(first.path("jdkVersion").asText()).append(" (")
          .append(first.path("vmName").asText()).append(")");
      md.append("; JMH ").append(first.path("jmhVersion").asText()).append(", ")
          .append(first.path("forks").asInt()).append(" fork, ")
          .append(first.path("warmupIterations").asInt()).append(" × ")
          .append(first.path("warmupTime").asText()).append(" warm-up, ")
          .append(first.path("measurementIterations").asInt()).append(" × ")
          .append(first.path("measurementTime").asText()).append(" measured, ")
          .append(first.path("threads").asInt()).append(" thread");
    }
    md.append(".\n\nVersions: ").append(versions(postgres)).append(".\n\n");
    md.append("Time per operation as a ratio to hand-written JDBC on the same database (lower is"
        + " faster; ± is the 99.9% confidence interval of the ratio); JDBC's own time in µs.\n\n");
    table(md, results.time(), true);
    if (!results.allocation().isEmpty()) {
      md.append("\nBytes allocated per operation (`-prof gc`, `gc.alloc.rate.norm`) as a ratio"
          + " to hand-written JDBC; JDBC's own in bytes.\n\n");
      table(md, results.allocation(), false);
    }
    md.append("\n").append(targets(results));
    return md.toString();
  }

  private static void table(StringBuilder md, Map<String, Map<String, Map<String, Figure>>> data,
      boolean time) {
    md.append("| operation | database | jdbc (").append(time ? "µs" : "B").append(") |");
    for (String c : CONTENDERS) {
      md.append(' ').append(c).append(" |");
    }
    md.append("\n|---|---|---:|");
    md.append("---:|".repeat(CONTENDERS.size())).append('\n');
    for (var operation : data.entrySet()) {
      for (var database : operation.getValue().entrySet()) {
        Map<String, Figure> byContender = database.getValue();
        Figure base = byContender.get(BASELINE);
        md.append("| ").append(operation.getKey()).append(" | ").append(database.getKey())
            .append(" | ");
        md.append(base == null ? "–" : time
            ? String.format(Locale.ROOT, "%.2f ± %.2f", base.score(), base.error())
            : String.format(Locale.ROOT, "%.0f", base.score()));
        md.append(" |");
        for (String c : CONTENDERS) {
          Figure f = byContender.get(c);
          md.append(' ').append(f == null || base == null ? "–" : format(f.over(base), time))
              .append(" |");
        }
        md.append('\n');
      }
    }
  }

  private static String format(Figure ratio, boolean withError) {
    return withError
        ? String.format(Locale.ROOT, "%.2f× ± %.2f", ratio.score(), ratio.error())
        : String.format(Locale.ROOT, "%.2f×", ratio.score());
  }

  /** The run-time targets for Precast, each met or missed with its figure. */
  static String targets(Results results) {
    List<String> lines = new ArrayList<>();
    for (var operation : results.time().entrySet()) {
      for (var database : operation.getValue().entrySet()) {
        Map<String, Figure> c = database.getValue();
        Figure base = c.get(BASELINE);
        Figure precast = c.get("precast");
        if (base == null || precast == null) {
          continue;
        }
        String op = operation.getKey();
        String db = database.getKey();
        double ratio = precast.score() / base.score();
        double limit;
        String what;
        if (db.equals("postgresql") && op.equals("insertBatch1000")) {
          limit = 0.5;
          what = "≥ 2× faster than the JDBC batch";
        } else if (db.equals("postgresql")) {
          limit = 1.03;
          what = "≤ 1.03×";
        } else if (SINGLE_ROW.contains(op)) {
          limit = 1.10;
          what = "≤ 1.10×";
        } else {
          limit = 1.05;
          what = "≤ 1.05×";
        }
        lines.add(line(ratio <= limit, op + " on " + db + ": " + what,
            String.format(Locale.ROOT, "%.2f×", ratio)));
        if (db.equals("h2") && READS.contains(op)) {
          speedup(lines, c, precast, "hibernate", 2, op, db);
          speedup(lines, c, precast, "jooq", 3, op, db);
        }
      }
    }
    for (var operation : results.allocation().entrySet()) {
      for (var database : operation.getValue().entrySet()) {
        Figure base = database.getValue().get(BASELINE);
        Figure precast = database.getValue().get("precast");
        if (base != null && precast != null && base.score() > 0) {
          double ratio = precast.score() / base.score();
          lines.add(line(ratio <= 1.10, operation.getKey() + " on " + database.getKey()
              + ": allocation within 10% of JDBC", String.format(Locale.ROOT, "%.2f×", ratio)));
        }
      }
    }
    StringBuilder md = new StringBuilder("Precast's targets (issue 9):\n\n");
    long missed = lines.stream().filter(l -> l.startsWith("- missed")).count();
    md.append(lines.size() - missed).append(" met, ").append(missed).append(" missed.\n\n");
    new TreeSet<>(lines).forEach(l -> md.append(l).append('\n'));
    return md.toString();
  }

  private static void speedup(List<String> lines, Map<String, Figure> c, Figure precast,
      String rival, double factor, String op, String db) {
    Figure other = c.get(rival);
    if (other != null) {
      double times = other.score() / precast.score();
      lines.add(line(times >= factor, op + " on " + db + ": ≥ " + (int) factor + "× faster than "
          + rival, String.format(Locale.ROOT, "%.2f×", times)));
    }
  }

  private static String line(boolean met, String target, String figure) {
    return "- " + (met ? "met" : "missed") + ": " + target + " — " + figure;
  }

  static String versions(String postgres) {
    return String.join(", ",
        "Precast " + pomVersion("dev.precast", "precast-runtime"),
        "Hibernate ORM " + org.hibernate.Version.getVersionString(),
        "jOOQ " + pomVersion("org.jooq", "jooq"),
        "Jdbi " + pomVersion("org.jdbi", "jdbi3-core"),
        "HikariCP " + pomVersion("com.zaxxer", "HikariCP"),
        "H2 " + org.h2.engine.Constants.FULL_VERSION,
        "pgjdbc " + org.postgresql.util.DriverInfo.DRIVER_VERSION,
        "PostgreSQL " + postgres);
  }

  private static String pomVersion(String group, String artifact) {
    String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = RatioTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        return "?";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "?");
    } catch (IOException e) {
      return "?";
    }
  }
}
