package dev.precast.processor.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * javac loads the processor and H2 in a class loader of its own, and H2's driver registers
 * itself with {@link DriverManager} when first used; closing the preparer deregisters it, so
 * DriverManager does not keep that loader alive after the compilation (in an IDE or a Maven
 * daemon, once per build).
 */
class QueryPreparerLoaderTest {

  @Test
  void closingDeregistersTheDriverOfTheProcessorsLoader() throws Exception {
    List<URL> path = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      path.add(url(entry));
    }
    try (URLClassLoader processorPath = new URLClassLoader(
        path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> probe = processorPath.loadClass(Probe.class.getName());
      assertThat(probe.getClassLoader()).isSameAs(processorPath);

      Object counts = probe.getMethod("run").invoke(null);

      // After the first prepare (H2's, and those DriverManager loaded again for this loader
      // when asked), and after close.
      assertThat(counts).asInstanceOf(LIST).hasSize(2).first().isNotEqualTo(0);
      assertThat(counts).asInstanceOf(LIST).last().isEqualTo(0);
    }
  }

  private static URL url(String entry) {
    try {
      return Path.of(entry).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs in the processor's loader: how many drivers of that loader are registered, when. */
  public static final class Probe {
    private Probe() {}

    /**
     * The counts after the first prepare and after close. None before: asking DriverManager for
     * its drivers from this loader would itself load and register this loader's copy of every
     * driver the test's loader registered, before the preparer notes what was registered.
     */
    public static List<Integer> run() {
      List<Integer> counts = new ArrayList<>();
      QueryPreparer preparer = new QueryPreparer(() -> List.of("CREATE TABLE t (x INT)"));
      if (!(preparer.prepare("SELECT x FROM t") instanceof QueryPreparer.Prepared.Query)) {
        throw new AssertionError("H2 did not prepare the query");
      }
      counts.add(registered());
      preparer.close();
      counts.add(registered());
      return counts;
    }

    private static int registered() {
      int count = 0;
      for (Driver driver : Collections.list(DriverManager.getDrivers())) {
        if (driver.getClass().getClassLoader() == Probe.class.getClassLoader()) {
          count++;
        }
      }
      return count;
    }
  }
}
