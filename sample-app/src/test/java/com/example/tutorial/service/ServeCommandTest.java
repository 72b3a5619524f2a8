package com.example.tutorial.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.tutorial.TutorialApp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java ... TutorialApp serve} as an operator runs it: configured by the environment,
 * logging each request and, with {@code PRECAST_SQL_LOG=debug}, each statement, and stopping
 * gracefully on SIGTERM.
 */
class ServeCommandTest {
  private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

  @TempDir
  Path dir;

  @Test
  void serveRunsTheServiceFromTheEnvironmentAndStopsOnSigterm() throws Exception {
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        // The test class path's logging configuration is quiet; the jar's logs the service.
        "-Dorg.slf4j.simpleLogger.log.com.example.tutorial.service=info",
        TutorialApp.class.getName(), "serve", "--port", "0");
    builder.environment().put("DATABASE_URL",
        "jdbc:h2:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
    builder.environment().put("DATABASE_POOL_SIZE", "2");
    builder.environment().put("PRECAST_SQL_LOG", "debug");
    builder.environment().put("HOST", "127.0.0.1");
    builder.environment().remove("PORT");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader output = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        output.lines().forEach(lines::add);
      } catch (java.io.IOException e) {
        lines.add("(output unreadable: " + e + ")");
      }
    }, "serve-output");
    reader.start();
    try {
      int port = awaitPort(process, lines);
      ServiceClient client = new ServiceClient(port);

      assertThat(client.post("/users", "{\"name\": \"Op\", \"email\": \"op@example.com\"}")
          .status()).isEqualTo(201);

      // SIGTERM (Process.destroy() would also close the output, and lose its last lines).
      assertThat(process.toHandle().destroy()).isTrue();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(String.join("\n", lines)).isTrue();
      reader.join(5_000);
      assertThat(lines).anyMatch(line -> line.contains("schema at version 2"))
          .anyMatch(line -> line.matches(".*\\[[0-9a-f]+\\] POST /users 201 [0-9.]+ ms"))
          .anyMatch(line -> line.contains("dev.precast.sql") && line.contains("INSERT INTO users"))
          .anyMatch(line -> line.contains("shutting down"))
          .anyMatch(line -> line.endsWith("stopped"));
      assertThat(process.exitValue()).isEqualTo(143);   // 128 + SIGTERM, after the hooks ran
    } finally {
      process.destroyForcibly();
    }
  }

  private static int awaitPort(Process process, List<String> lines) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && process.isAlive()) {
      for (String line : lines) {
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          return Integer.parseInt(matcher.group(1));
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the service did not start:\n" + String.join("\n", lines));
  }
}
