package com.example.tutorial.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.tutorial.service.ServiceClient.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precast.Database;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.opentest4j.TestAbortedException;

/**
 * Every endpoint and every error of the service, over real HTTP against the started service on
 * a free port, once per database: {@link ServiceApiOnH2Test}, {@link ServiceApiOnPostgresqlTest}.
 * The tests of a class share one service and database, each with users of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ServiceApiContract {
  private static final AtomicInteger USERS = new AtomicInteger();

  private SampleService service;
  /** Why there is no service, when the database is not there: each test is then skipped. */
  private String unavailable;
  ServiceClient client;

  /** A database with an empty schema, for the service to own. */
  abstract Database emptyDatabase() throws Exception;

  /** Cleans up after the service closed the database. */
  void afterService() throws Exception {}

  @BeforeAll
  void startService() throws Exception {
    Database db;
    try {
      db = emptyDatabase();
    } catch (TestAbortedException e) {
      unavailable = e.getMessage();
      return;
    }
    service = SampleService.start(db, "127.0.0.1", 0);
    client = new ServiceClient(service.port());
  }

  @BeforeEach
  void requireTheService() {
    Assumptions.assumeTrue(unavailable == null, unavailable);
  }

  @AfterAll
  void stopService() throws Exception {
    if (service != null) {
      service.close();
      afterService();
    }
  }

  /** The tutorial's integration test, first: it is the request the README shows. */
  @Test
  @Order(1)
  void postingTheTutorialsUserCreatesItWithAnId() {
    Reply reply = client.post("/users", "{\"name\": \"John Doe\", \"email\": \"johndoe@example.com\"}");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.contentType()).startsWith("application/json");
    JsonNode user = reply.json();
    assertThat(user.get("id").asLong()).isPositive();
    assertThat(reply.location()).isEqualTo("/users/" + user.get("id").asLong());
    assertThat(user.get("name").asText()).isEqualTo("John Doe");
    assertThat(user.get("email").asText()).isEqualTo("johndoe@example.com");
    assertThat(user.get("version").asLong()).isZero();
  }

  @Test
  void aCreatedUserCanBeReadAtItsLocation() {
    JsonNode created = createUser();

    Reply reply = client.get("/users/" + created.get("id").asLong());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(created);
  }

  @Test
  void aMissingUserIs404() {
    assertProblem(client.get("/users/999999999"), 404, "about:blank");
  }

  @Test
  void anIdThatIsNoPositiveNumberIs400() {
    JsonNode problem = assertProblem(client.get("/users/abc"), 400, "invalid-input");
    assertThat(errors(problem)).containsExactly("id: must be a positive whole number");
    assertProblem(client.get("/users/0"), 400, "invalid-input");
    assertProblem(client.get("/users/99999999999999999999"), 400, "invalid-input");
  }

  @Test
  void theListFiltersByName() {
    JsonNode user = createUser();
    createUser();

    JsonNode page = ok(client.get("/users?name=" + user.get("name").asText().replace(" ", "%20")));

    assertThat(page.get("items")).containsExactly(user);
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("limit").asInt()).isEqualTo(20);
    assertThat(page.get("offset").asLong()).isZero();
  }

  @Test
  void theListIsPagedInIdOrder() {
    for (int i = 0; i < 3; i++) {
      createUser();
    }
    JsonNode all = ok(client.get("/users?limit=100"));
    List<Long> ids = ids(all.get("items"));
    assertThat(ids).isSorted().hasSize((int) all.get("total").asLong());

    JsonNode page = ok(client.get("/users?limit=2&offset=1"));

    assertThat(ids(page.get("items"))).containsExactlyElementsOf(ids.subList(1, 3));
    assertThat(page.get("limit").asInt()).isEqualTo(2);
    assertThat(page.get("offset").asLong()).isEqualTo(1);
    assertThat(page.get("total")).isEqualTo(all.get("total"));
  }

  @Test
  void pagingOutOfRangeIs400ListingEveryParameter() {
    JsonNode problem = assertProblem(
        client.get("/users?limit=0&offset=-1&nmae=x"), 400, "invalid-input");
    assertThat(errors(problem)).containsExactlyInAnyOrder(
        "limit: must be a whole number from 1 to 100",
        "offset: must be a whole number from 0 to 1000000",
        "nmae: is not a parameter of this list");

    assertProblem(client.get("/users?limit=101"), 400, "invalid-input");
    assertProblem(client.get("/users?limit=ten"), 400, "invalid-input");
    assertProblem(client.get("/users?offset=1000001"), 400, "invalid-input");
    assertProblem(client.get("/users?limit=1&limit=2"), 400, "invalid-input");
  }

  @Test
  void anUpdateWithTheVersionReadSucceedsAndAStaleOneIs409() {
    JsonNode user = createUser();
    String path = "/users/" + user.get("id").asLong();

    JsonNode updated = ok(client.put(path, json("Renamed " + user.get("id"),
        user.get("email").asText(), 0)));
    assertThat(updated.get("version").asLong()).isEqualTo(1);
    assertThat(updated.get("name").asText()).startsWith("Renamed");

    JsonNode problem = assertProblem(client.put(path, json("Lost update",
        user.get("email").asText(), 0)), 409, "stale-version");
    assertThat(errors(problem)).containsExactly("version: is not the current version");
    assertThat(ok(client.get(path))).isEqualTo(updated);
  }

  @Test
  void anUpdateOfAMissingUserIs404() {
    assertProblem(client.put("/users/999999999", json("Nobody", "nobody@example.com", 0)),
        404, "about:blank");
  }

  @Test
  void anInvalidUpdateIs400WithEveryViolationAndChangesNothing() {
    JsonNode user = createUser();
    String path = "/users/" + user.get("id").asLong();

    JsonNode problem = assertProblem(
        client.put(path, "{\"name\": \"\", \"email\": \"not-an-email\"}"), 400, "invalid-input");

    assertThat(errors(problem)).containsExactly(
        "name: must not be blank",
        "email: must be a well-formed email address",
        "version: must not be null");
    assertThat(ok(client.get(path))).isEqualTo(user);
  }

  @Test
  void anUpdateToATakenEmailIs409AndChangesNothing() {
    JsonNode first = createUser();
    JsonNode second = createUser();
    String path = "/users/" + second.get("id").asLong();

    JsonNode problem = assertProblem(client.put(path,
        json(second.get("name").asText(), first.get("email").asText(), 0)), 409, "duplicate");

    assertThat(errors(problem)).containsExactly("email: is already taken");
    assertThat(ok(client.get(path))).isEqualTo(second);
  }

  @Test
  void deletingIs204ThenTheUserAndItsPostsAre404() {
    JsonNode user = createUser();
    String path = "/users/" + user.get("id").asLong();
    JsonNode post = createPost(user);

    Reply reply = client.delete(path);

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertProblem(client.get(path), 404, "about:blank");
    assertProblem(client.get("/posts/" + post.get("id").asLong()), 404, "about:blank");
    assertProblem(client.delete(path), 404, "about:blank");
  }

  @Test
  void invalidInputIs400WithEveryViolationAndStoresNothing() {
    long before = ok(client.get("/users?limit=1")).get("total").asLong();

    JsonNode problem = assertProblem(
        client.post("/users", "{\"name\": \"  \", \"email\": \"not-an-email\"}"),
        400, "invalid-input");

    assertThat(errors(problem)).containsExactly(
        "name: must not be blank", "email: must be a well-formed email address");
    assertThat(ok(client.get("/users?limit=1")).get("total").asLong()).isEqualTo(before);
  }

  @Test
  void missingAndOverlongFieldsAre400() {
    assertThat(errors(assertProblem(client.post("/users", "{}"), 400, "invalid-input")))
        .containsExactly("name: must not be blank", "email: must not be blank");
    String longName = "x".repeat(256);
    assertThat(errors(assertProblem(client.post("/users",
        "{\"name\": \"" + longName + "\", \"email\": \"long@example.com\"}"), 400,
        "invalid-input")))
        .containsExactly("name: size must be at most 255");
  }

  @Test
  void malformedJsonWrongTypesAndUnknownFieldsAre400() {
    assertThat(assertProblem(client.post("/users", "{\"name\": \"a\","), 400, "malformed-body")
        .get("detail").asText()).startsWith("the body is not valid JSON");
    assertThat(detail(client.post("/users", "{\"name\": 42, \"email\": \"a@example.com\"}")))
        .isEqualTo("field \"name\" must be a string");
    assertThat(detail(client.post("/users", "{\"name\": \"a\", \"email\": \"a@example.com\","
        + " \"admin\": true}")))
        .isEqualTo("unknown field \"admin\"; the fields are \"email\", \"name\"");
    assertThat(detail(client.put("/users/1", "{\"name\": \"a\", \"email\": \"a@example.com\","
        + " \"version\": \"1\"}")))
        .isEqualTo("field \"version\" must be a whole number");
    assertThat(detail(client.post("/users", "[1, 2]"))).isEqualTo("the body must be a JSON object");
    assertThat(detail(client.post("/users", "null")))
        .isEqualTo("the body must be a JSON object, not null");
    assertThat(detail(client.post("/users", ""))).isEqualTo("the body is empty; send a JSON object");
    assertThat(detail(client.post("/users", "{\"name\": \"a\", \"name\": \"b\"}")))
        .startsWith("the body is not valid JSON: Duplicate field 'name'");
    assertThat(detail(client.post("/users", "{\"name\": \"a\", \"email\": \"a@example.com\"} {}")))
        .isEqualTo("the body must be one JSON value, with nothing after it");
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    assertProblem(client.send("POST", "/users", "text/plain",
        BodyPublishers.ofString("name=John")), 415, "about:blank");
    assertProblem(client.send("POST", "/users", null,
        BodyPublishers.ofString("{}")), 415, "about:blank");
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String big = "{\"name\": \"" + "x".repeat(SampleService.MAX_BODY_BYTES) + "\"}";
    assertProblem(client.post("/users", big), 413, "about:blank");
    // Without Content-Length (chunked), the limit holds as the body is read.
    assertProblem(client.send("POST", "/users", "application/json",
        BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes()))),
        413, "about:blank");
  }

  @Test
  void aDuplicateEmailOrNameIs409NamingTheField() {
    JsonNode user = createUser();

    JsonNode email = assertProblem(client.post("/users",
        json("Someone else", user.get("email").asText(), null)), 409, "duplicate");
    JsonNode name = assertProblem(client.post("/users",
        json(user.get("name").asText(), "someone.else@example.com", null)), 409, "duplicate");

    assertThat(errors(email)).containsExactly("email: is already taken");
    assertThat(email.get("detail").asText()).isEqualTo("another user has this email");
    assertThat(errors(name)).containsExactly("name: is already taken");
  }

  @Test
  void unknownRoutesAre404AndUnknownMethods405AsProblems() {
    assertThat(assertProblem(client.get("/nothing/here"), 404, "about:blank").get("detail")
        .asText()).isEqualTo("nothing is at /nothing/here");

    Reply reply = client.send("PATCH", "/users/1", "application/json",
        BodyPublishers.ofString("{}"));

    assertProblem(reply, 405, "about:blank");
    assertThat(reply.json().get("detail").asText())
        .startsWith("PATCH is not allowed on /users/1; allowed: ")
        .contains("GET", "PUT", "DELETE");
  }

  @Test
  void postsAreCreatedListedAndRead() {
    JsonNode user = createUser();
    long userId = user.get("id").asLong();

    Reply created = client.post("/users/" + userId + "/posts",
        "{\"title\": \"Hello\", \"body\": \"First post\"}");

    assertThat(created.status()).isEqualTo(201);
    JsonNode post = created.json();
    assertThat(created.location()).isEqualTo("/posts/" + post.get("id").asLong());
    assertThat(post.get("authorId").asLong()).isEqualTo(userId);
    assertThat(post.get("title").asText()).isEqualTo("Hello");
    assertThat(post.get("body").asText()).isEqualTo("First post");
    assertThat(post.get("likes").asInt()).isZero();
    assertThat(post.get("version").asLong()).isZero();
    JsonNode second = createPost(user);

    JsonNode page = ok(client.get("/users/" + userId + "/posts"));

    assertThat(page.get("items")).containsExactly(post, second);
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(ok(client.get("/users/" + userId + "/posts?limit=1&offset=1")).get("items"))
        .containsExactly(second);
    assertThat(ok(client.get(created.location()))).isEqualTo(post);
  }

  @Test
  void aPostForAMissingUserIs404AndStoresNothing() {
    JsonNode problem = assertProblem(client.post("/users/999999999/posts",
        "{\"title\": \"Orphan\", \"body\": \"No author\"}"), 404, "about:blank");

    assertThat(problem.get("detail").asText()).isEqualTo("no user with id 999999999");
    assertProblem(client.get("/users/999999999/posts"), 404, "about:blank");
  }

  @Test
  void anInvalidPostIs400WithEveryViolation() {
    JsonNode user = createUser();

    JsonNode problem = assertProblem(client.post("/users/" + user.get("id").asLong() + "/posts",
        "{\"title\": \" \"}"), 400, "invalid-input");

    assertThat(errors(problem)).containsExactly(
        "title: must not be blank", "body: must not be null");
    assertThat(ok(client.get("/users/" + user.get("id").asLong() + "/posts")).get("total")
        .asLong()).isZero();
  }

  @Test
  void likesCountAndCannotGoBelowZero() {
    JsonNode post = createPost(createUser());
    String like = "/posts/" + post.get("id").asLong() + "/like";

    JsonNode liked = ok(client.post(like, ""));
    assertThat(liked.get("likes").asInt()).isEqualTo(1);
    assertThat(liked.get("version").asLong()).isEqualTo(1);
    assertThat(ok(client.delete(like)).get("likes").asInt()).isZero();

    JsonNode problem = assertProblem(client.delete(like), 409, "no-likes");

    assertThat(errors(problem)).containsExactly("likes: must not be below 0");
    assertThat(ok(client.get("/posts/" + post.get("id").asLong())).get("likes").asInt()).isZero();
    assertProblem(client.post("/posts/999999999/like", ""), 404, "about:blank");
    assertProblem(client.delete("/posts/999999999/like"), 404, "about:blank");
  }

  @Test
  void concurrentLikesAllCount() throws Exception {
    JsonNode post = createPost(createUser());
    String like = "/posts/" + post.get("id").asLong() + "/like";
    int likes = 200;
    int threads = 16;

    long started = System.nanoTime();
    List<Integer> statuses = inParallel(threads, likes, () -> client.post(like, "").status());
    long millis = (System.nanoTime() - started) / 1_000_000;

    System.out.printf("[%s] %d concurrent likes from %d client threads: %d ms%n",
        getClass().getSimpleName(), likes, threads, millis);
    assertThat(statuses).hasSize(likes).containsOnly(200);
    assertThat(ok(client.get("/posts/" + post.get("id").asLong())).get("likes").asInt())
        .isEqualTo(likes);
  }

  @Test
  void concurrentSignUpsWithOneEmailStoreOneUser() throws Exception {
    String email = "race." + USERS.incrementAndGet() + "@example.com";
    AtomicInteger names = new AtomicInteger();

    List<Integer> statuses = inParallel(16, 16, () -> client.post("/users",
        json("Racer " + email + " " + names.incrementAndGet(), email, null)).status());

    assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
  }

  @Test
  void healthChecksTheDatabase() {
    Reply reply = client.get("/health");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().toString()).isEqualTo("{\"status\":\"up\"}");
  }

  // --- helpers

  /** A new user with a name and an e-mail of its own. */
  JsonNode createUser() {
    int n = USERS.incrementAndGet();
    Reply reply = client.post("/users", json("User " + n, "user" + n + "@example.com", null));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  JsonNode createPost(JsonNode user) {
    Reply reply = client.post("/users/" + user.get("id").asLong() + "/posts",
        "{\"title\": \"A post\", \"body\": \"Its body\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  static String json(String name, String email, Integer version) {
    return "{\"name\": \"" + name + "\", \"email\": \"" + email + "\""
        + (version == null ? "" : ", \"version\": " + version) + "}";
  }

  static JsonNode ok(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    return reply.json();
  }

  /**
   * Checks that {@code reply} is an RFC 9457 problem of that status and type (a suffix of the
   * service's problem types, or {@code about:blank}) that gives nothing away.
   */
  static JsonNode assertProblem(Reply reply, int status, String type) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.get("type").asText()).isEqualTo(
        type.equals("about:blank") ? type : "https://precast.dev/problems/" + type);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(problem.get("instance").asText()).startsWith("/");
    assertThat(problem.get("requestId").asText()).isNotBlank();
    assertThat(reply.body()).doesNotContainIgnoringCase("exception")
        .doesNotContainIgnoringCase("select ").doesNotContainIgnoringCase("insert ")
        .doesNotContain("\tat ", "uq_", "fk_", "ck_", "pk_", "jdbc", "java.", "com.example");
    return problem;
  }

  static String detail(Reply reply) {
    return assertProblem(reply, 400, "malformed-body").get("detail").asText();
  }

  static List<String> errors(JsonNode problem) {
    return StreamSupport.stream(problem.get("errors").spliterator(), false)
        .map(error -> error.get("property").asText() + ": " + error.get("message").asText())
        .toList();
  }

  static List<Long> ids(JsonNode items) {
    return StreamSupport.stream(items.spliterator(), false)
        .map(item -> item.get("id").asLong()).toList();
  }

  /** Runs {@code task} {@code times} times on {@code threads} threads; its results, in order. */
  static <T> List<T> inParallel(int threads, int times, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
