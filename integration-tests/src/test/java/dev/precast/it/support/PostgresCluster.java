package dev.precast.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of a test's own, made from the machine's binaries in a temporary
 * directory, on a free port of 127.0.0.1, with trust authentication, so that the test may stop
 * and start it. initdb refuses to run as root, so as root the binaries run as the {@code
 * postgres} user. Closing it stops the server and deletes the directory.
 *
 * <p>Without the binaries (or, as root, without {@code runuser} or the {@code postgres} user)
 * the test is skipped with a message, or fails under {@code PRECAST_REQUIRE_POSTGRES=true} or
 * {@code CI=true}.
 */
public final class PostgresCluster implements AutoCloseable {
  private static final Path BINARIES = Path.of("/usr/lib/postgresql");
  private static final long COMMAND_SECONDS = 60;

  private final Path bin;
  private final Path directory;
  private final int port;
  private final List<String> asPostgres;

  private PostgresCluster(Path bin, Path directory, int port, List<String> asPostgres) {
    this.bin = bin;
    this.directory = directory;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /** Creates and starts a cluster; skips or fails when the machine cannot. */
  public static PostgresCluster start() {
    Path bin = binaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    Path runuser = Stream.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser")
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    if (bin == null || (root && runuser == null)) {
      unavailable(bin == null ? "no PostgreSQL binaries under " + BINARIES
          : "running as root, but runuser is missing");
    }
    List<String> asPostgres = root
        ? List.of(runuser.toString(), "-u", "postgres", "--") : List.of();
    Path directory;
    try {
      directory = Files.createTempDirectory("precast-pg-");
      if (root) {
        UserPrincipal postgres;
        try {
          postgres = FileSystems.getDefault().getUserPrincipalLookupService()
              .lookupPrincipalByName("postgres");
        } catch (IOException e) {
          deleteTree(directory);
          unavailable("running as root, but there is no postgres user");
          throw new AssertionError(e);
        }
        Files.setOwner(directory, postgres);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot make a directory for the cluster", e);
    }
    PostgresCluster cluster = new PostgresCluster(bin, directory, freePort(), asPostgres);
    try {
      cluster.run("initdb", "-D", cluster.data(), "--auth=trust", "--username=postgres",
          "--no-sync", "--encoding=UTF8");
      cluster.startServer();
      return cluster;
    } catch (RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  /** The JDBC URL of its {@code postgres} database, without user. */
  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** {@code 127.0.0.1:port}, as messages name it. */
  public String hostAndPort() {
    return "127.0.0.1:" + port;
  }

  /** Starts the server again, waiting until it accepts connections. */
  public void startServer() {
    run("pg_ctl", "-D", data(), "-l", directory.resolve("server.log").toString(), "-w",
        "-t", "30", "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1"
            + " -c fsync=off -c max_connections=30", "start");
  }

  /** Stops the server, disconnecting every session ("fast" mode), and waits until it is down. */
  public void stopServer() {
    run("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "30", "stop");
  }

  /** Stops the server if it runs, and deletes the cluster. */
  @Override
  public void close() {
    try {
      if (Files.exists(directory.resolve("data").resolve("postmaster.pid"))) {
        run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "-t", "30", "stop");
      }
    } finally {
      deleteTree(directory);
    }
  }

  private String data() {
    return directory.resolve("data").toString();
  }

  private void run(String program, String... arguments) {
    List<String> command = new ArrayList<>(asPostgres);
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile())
          .redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(program + " did not finish in " + COMMAND_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue()
            + "): " + new String(output));
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run " + program, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The bin directory of the newest PostgreSQL installed, or null. */
  private static Path binaries() {
    if (!Files.isDirectory(BINARIES)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(BINARIES)) {
      return versions.map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("initdb"))
              && Files.isExecutable(bin.resolve("pg_ctl")))
          .max(Comparator.comparing(bin -> versionOf(bin.getParent())))
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static int versionOf(Path directory) {
    try {
      return Integer.parseInt(directory.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void unavailable(String why) {
    if (new PostgresServer(System.getenv()).required()) {
      throw new AssertionError("cannot make a PostgreSQL cluster (" + why
          + "), and PRECAST_REQUIRE_POSTGRES=true or CI=true requires it");
    }
    Assumptions.abort("cannot make a PostgreSQL cluster (" + why + ") - skipped; set"
        + " PRECAST_REQUIRE_POSTGRES=true to fail instead");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new AssertionError("no free port", e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      System.err.println("[precast-it] could not delete " + root + ": " + e);
    }
  }
}
