package com.example.tutorial.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.tutorial.UserRepository;
import com.example.tutorial.service.ServiceClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precast.Database;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, stopping and restarting the service on a file-based H2, as {@code serve} does. */
class ServiceLifecycleTest {
  @TempDir
  Path dir;

  @Test
  void aRestartedServiceFindsTheDataOfTheLastRun() {
    long userId;
    long postId;
    try (SampleService first = start()) {
      ServiceClient client = new ServiceClient(first.port());
      JsonNode user = client.post("/users",
          "{\"name\": \"Ada\", \"email\": \"ada@example.com\"}").json();
      userId = user.get("id").asLong();
      postId = client.post("/users/" + userId + "/posts",
          "{\"title\": \"Notes\", \"body\": \"On the engine\"}").json().get("id").asLong();
      assertThat(client.post("/posts/" + postId + "/like", "").status()).isEqualTo(200);
    }

    try (SampleService second = start()) {
      ServiceClient client = new ServiceClient(second.port());

      assertThat(client.get("/users/" + userId).json().get("email").asText())
          .isEqualTo("ada@example.com");
      assertThat(client.get("/posts/" + postId).json().get("likes").asInt()).isEqualTo(1);
      assertThat(client.post("/users", "{\"name\": \"Ada\", \"email\": \"ada@example.com\"}")
          .status()).isEqualTo(409);
    }
  }

  @Test
  void closingLetsTheRequestInFlightFinishRefusesNewConnectionsThenClosesThePool()
      throws Exception {
    SampleService service = start();
    ServiceClient client = new ServiceClient(service.port());
    CountDownLatch release = new CountDownLatch(1);
    byte[] body = "{\"name\": \"Slow Sender\", \"email\": \"slow@example.com\"}"
        .getBytes(StandardCharsets.UTF_8);
    CompletableFuture<HttpResponse<String>> inFlight = client.http().sendAsync(
        client.request("/users").header("Content-Type", "application/json")
            .POST(BodyPublishers.fromPublisher(new HeldBody(body, 10, release))).build(),
        BodyHandlers.ofString());
    await(() -> service.requestsInFlight() == 1, "the request to arrive");

    CompletableFuture<Void> closing = CompletableFuture.runAsync(service::close);

    HttpClient newcomer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    await(() -> refuses(newcomer, client), "new connections to be refused");
    assertThat(closing).isNotDone();
    assertThat(inFlight).isNotDone();

    release.countDown();

    assertThat(inFlight.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
    closing.get(10, TimeUnit.SECONDS);
    try (Database db = Database.connect(url())) {
      assertThat(new UserRepository(db).findByEmail("slow@example.com")).isPresent();
    }
  }

  @Test
  void aDatabaseThatFailsIs503OnHealthAnd500ElsewhereWithNothingInternalShown() {
    Database db = Database.connect(url());
    try (SampleService service = SampleService.start(db, "127.0.0.1", 0)) {
      ServiceClient client = new ServiceClient(service.port());
      db.close();

      Reply health = client.get("/health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().toString()).isEqualTo("{\"status\":\"down\"}");

      JsonNode problem = ServiceApiContract.assertProblem(client.get("/users/1"), 500,
          "about:blank");
      assertThat(problem.get("detail").asText())
          .isEqualTo("the service failed; the log has the details under request id "
              + problem.get("requestId").asText());
    }
  }

  @Test
  void aPortInUseStopsTheStartWithAMessage() {
    try (SampleService running = start();
        Database other = Database.connect("jdbc:h2:mem:port_in_use")) {
      assertThatThrownBy(() -> SampleService.start(other, "127.0.0.1", running.port()))
          .isInstanceOf(ServiceStartException.class)
          .hasMessageContaining("cannot listen on 127.0.0.1:" + running.port());
    }
  }

  private SampleService start() {
    return SampleService.start(Database.connect(url()), "127.0.0.1", 0);
  }

  private String url() {
    return "jdbc:h2:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /** Whether a new connection to the service is refused. */
  private static boolean refuses(HttpClient newcomer, ServiceClient client) {
    try {
      newcomer.send(client.request("/health").build(), BodyHandlers.discarding());
      return false;
    } catch (ConnectException e) {
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void await(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  /**
   * A body that sends its first {@code split} bytes at once, the rest once {@code release}
   * opens: the request is in flight, its handler waiting for the body, until then.
   */
  private record HeldBody(byte[] bytes, int split, CountDownLatch release)
      implements Flow.Publisher<ByteBuffer> {
    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
      Semaphore demand = new Semaphore(0);
      Thread sender = new Thread(() -> {
        try {
          demand.acquire();
          subscriber.onNext(ByteBuffer.wrap(bytes, 0, split));
          release.await();
          demand.acquire();
          subscriber.onNext(ByteBuffer.wrap(bytes, split, bytes.length - split));
          subscriber.onComplete();
        } catch (InterruptedException e) {
          subscriber.onError(e);
        }
      }, "held-body");
      subscriber.onSubscribe(new Flow.Subscription() {
        @Override
        public void request(long n) {
          demand.release((int) Math.min(n, 2));
        }

        @Override
        public void cancel() {
          sender.interrupt();
        }
      });
      sender.start();
    }
  }
}
