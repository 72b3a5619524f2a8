package dev.precast.processor.jdbc;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The JDBC drivers on the annotation processor path. javac loads processors (and the drivers
 * beside them) in a class loader of its own, which {@link DriverManager} does not consult: it
 * only returns drivers visible to its caller's loader when it scanned them, so drivers are found
 * here with {@link ServiceLoader} on the processor's loader and called directly.
 *
 * <pre>{@code
 * Drivers.run(() -> check(Drivers.forUrl(url)));
 * try (Drivers.Registrations registrations = Drivers.track()) { ... }
 * }</pre>
 */
public final class Drivers {
  private static final ClassLoader LOADER = Drivers.class.getClassLoader();

  private Drivers() {}

  /** The first driver on the processor path that accepts {@code url}. */
  public static Optional<Driver> forUrl(String url) {
    try {
      for (Driver driver : ServiceLoader.load(Driver.class, LOADER)) {
        if (accepts(driver, url)) {
          return Optional.of(driver);
        }
      }
    } catch (ServiceConfigurationError e) {
      // A broken driver jar on the processor path: no driver, as the caller then reports.
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean accepts(Driver driver, String url) {
    try {
      return driver.acceptsURL(url);
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Runs {@code check}, then deregisters from {@link DriverManager} the drivers it made register
   * themselves, as {@link Registrations#close()} says.
   */
  public static void run(Runnable check) {
    try (Registrations registrations = track()) {
      check.run();
    }
  }

  /**
   * Notes the drivers registered now, for {@link Registrations#close()} to deregister those that
   * register themselves until then: for work that spans more than one call, such as a connection
   * kept open while a compilation checks its queries.
   */
  public static Registrations track() {
    return new Registrations(registered());
  }

  /** The drivers registered when {@link #track()} was called; see {@link #close()}. */
  public static final class Registrations implements AutoCloseable {
    private final Set<Driver> before;

    private Registrations(Set<Driver> before) {
      this.before = before;
    }

    /**
     * Deregisters from {@link DriverManager} the drivers that registered themselves since (every
     * JDBC driver does, once loaded) when they belong to a class loader of the processor path:
     * DriverManager would otherwise keep that loader, and all of H2 and pgjdbc, alive after javac
     * closed it, once per compilation, in a long-lived JVM (an IDE, a Maven daemon). Drivers of
     * the application class loader (tests, javac run without a processor path) stay, since other
     * code there may use them.
     */
    @Override
    public void close() {
      if (LOADER == ClassLoader.getSystemClassLoader()
          || LOADER == ClassLoader.getPlatformClassLoader()) {
        return;
      }
      for (Driver driver : registered()) {
        if (!before.contains(driver) && driver.getClass().getClassLoader() == LOADER) {
          deregister(driver);
        }
      }
    }
  }

  private static Set<Driver> registered() {
    Set<Driver> drivers = Collections.newSetFromMap(new IdentityHashMap<>());
    DriverManager.drivers().forEach(drivers::add);
    return drivers;
  }

  private static void deregister(Driver driver) {
    try {
      DriverManager.deregisterDriver(driver);
    } catch (SQLException | SecurityException e) {
      // Only memory is at stake; the compilation's result is not.
    }
  }
}
