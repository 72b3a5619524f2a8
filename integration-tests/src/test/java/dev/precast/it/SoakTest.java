package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.precast.Database;
import dev.precast.Dialect;
import dev.precast.PrecastException;
import dev.precast.TransactionOptions;
import dev.precast.UniqueViolationException;
import dev.precast.internal.Jdbc;
import dev.precast.internal.LostConnections;
import dev.precast.it.entities.Article;
import dev.precast.it.entities.ArticleRepository;
import dev.precast.it.entities.Author;
import dev.precast.it.entities.AuthorRepository;
import dev.precast.it.entities.Counter;
import dev.precast.it.entities.CounterRepository;
import dev.precast.it.entities.Note;
import dev.precast.it.entities.NoteRepository;
import dev.precast.it.entities.Note_;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.HandWrittenTables;
import dev.precast.it.support.JdbcSpy;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.Sessions;
import dev.precast.it.support.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 10,000 operations from four threads, about 40% of which fail in every way the runtime
 * names: unique, foreign-key, not-null and check violations, validation errors, optimistic
 * locks, doomed transactions, bodies that throw, statement timeouts, killed sessions and
 * commits whose answer is lost. Afterwards no connection, statement or result set is held
 * open, and every write is where its call said it would be.
 */
class SoakTest {
  private static final int THREADS = 4;
  private static final int OPERATIONS = 10_000;
  private static final TransactionOptions TIMES_OUT =
      TransactionOptions.defaults().statementTimeout(Duration.ofMillis(10));

  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Set<String> notStored = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final Set<Throwable> unexpected = ConcurrentHashMap.newKeySet();
  private final AtomicLong longestNanos = new AtomicLong();
  private final AtomicInteger rawIds = new AtomicInteger();

  @OnEveryDatabase
  void tenThousandOperationsWithFortyPercentFailuresLeakNothingAndLoseNothing(
      TestDatabase database) throws Exception {
    JdbcSpy spy = new JdbcSpy();
    HikariConfig config = new HikariConfig();
    config.setPoolName("soak-" + database);
    config.setDataSource(database.unpooled());
    config.setMaximumPoolSize(THREADS + 2);
    config.setConnectionTimeout(10_000);
    config.setExceptionOverride(new LostConnections());
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      Database db = Database.of(spy.wrap(pool));
      db.dropAll(PrecastSchema.INSTANCE);
      db.createAll(PrecastSchema.INSTANCE);
      HandWrittenTables.fresh(db);
      Fixture fixture = new Fixture(db, spy);
      long started = System.nanoTime();
      Future<?>[] running = new Future<?>[THREADS];
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        running[t] = threads.submit(() -> {
          Random random = new Random(42 + thread);
          for (int i = 0; i < OPERATIONS / THREADS; i++) {
            operation(db, fixture, "t" + thread + "-" + i, random.nextInt(100));
          }
        });
      }
      for (Future<?> thread : running) {
        thread.get(120, TimeUnit.SECONDS);
      }
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

      assertThat(unexpected).isEmpty();
      Set<String> stored = new HashSet<>();
      fixture.notes.findAll().forEach(note -> stored.add(note.body));
      assertThat(stored).as("every acknowledged write is there").containsAll(acknowledged);
      assertThat(stored).as("no write that failed is there").doesNotContainAnyElementsOf(notStored);
      int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
      assertThat(failed).as("failures injected").isBetween(OPERATIONS * 3 / 10, OPERATIONS / 2);
      assertThat(failures.keySet()).contains("UniqueViolationException",
          "ForeignKeyViolationException", "NotNullViolationException", "CheckViolationException",
          "ValidationException", "OptimisticLockException", "PrecastException",
          "QueryTimeoutException", "ConnectionLostException", "UnknownCommitOutcomeException",
          "IllegalStateException");
      assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("leaked connections")
          .isZero();
      assertThat(spy.openConnections()).as("connections not closed").isZero();
      assertThat(spy.openStatements()).as("statements not closed").isZero();
      assertThat(spy.openResultSets()).as("result sets not closed").isZero();
      long lost = acknowledged.stream().filter(body -> !stored.contains(body)).count();
      System.out.printf("soak %s: %d operations in %d ms, %d failed %s; connections leaked %d,"
              + " statements open %d, result sets open %d, rows lost %d; longest call %d ms%n",
          database, OPERATIONS, elapsedMillis, failed, new TreeMap<>(failures),
          pool.getHikariPoolMXBean().getActiveConnections(), spy.openStatements(),
          spy.openResultSets(), lost, TimeUnit.NANOSECONDS.toMillis(longestNanos.get()));
      db.dropAll(PrecastSchema.INSTANCE);
      db.dropAll(HandWrittenTables.SCHEMA);
    } finally {
      threads.shutdownNow();
    }
  }

  /** The rows every operation needs. */
  private static final class Fixture {
    final NoteRepository notes;
    final PersonRepository people;
    final ArticleRepository articles;
    final CounterRepository counters;
    final long authorId;
    final long counterId;
    final JdbcSpy spy;

    Fixture(Database db, JdbcSpy spy) {
      this.spy = spy;
      notes = new NoteRepository(db);
      people = new PersonRepository(db);
      articles = new ArticleRepository(db);
      counters = new CounterRepository(db);
      authorId = new AuthorRepository(db).insert(new Author("Ada")).id();
      people.insert(new Person("Taken", "taken@example.com"));
      counterId = counters.insert(new Counter()).getId();
    }
  }

  /** Runs operation {@code kind} (0 to 99) and records what its call said. */
  private void operation(Database db, Fixture f, String body, int kind) {
    long started = System.nanoTime();
    try {
      run(db, f, body, kind);
    } catch (PrecastException | IllegalStateException e) {
      failures.computeIfAbsent(e.getClass().getSimpleName(), n -> new AtomicInteger())
          .incrementAndGet();
    } catch (RuntimeException | Error e) {
      unexpected.add(e);
    } finally {
      longestNanos.accumulateAndGet(System.nanoTime() - started, Math::max);
    }
  }

  private void run(Database db, Fixture f, String body, int kind) {
    if (kind < 25) {
      f.notes.insert(new Note(body));
      acknowledged.add(body);
    } else if (kind < 35) {
      db.useTransaction(tx -> {
        f.notes.insert(new Note(body + "a"));
        f.notes.insert(new Note(body + "b"));
      });
      acknowledged.add(body + "a");
      acknowledged.add(body + "b");
    } else if (kind < 45) {
      f.notes.count();
      f.notes.query().where(Note_.BODY.eq(body)).list();
    } else if (kind < 55) {
      f.notes.findById((long) kind);
      f.people.findByEmail("taken@example.com").orElseThrow();
    } else if (kind < 60) {
      f.articles.insert(new Article(f.authorId, null, "fine", 1));
    } else if (kind < 65) {
      f.people.insert(new Person("Again", "taken@example.com"));
    } else if (kind < 69) {
      f.articles.insert(new Article(-1, null, "orphan", 1));
    } else if (kind < 73) {
      Jdbc.update(db, HandWrittenTables.POST, "INSERT INTO raw_post (id, author_id, title)"
          + " VALUES (?, NULL, 'x')", p -> p.setLong(1, rawIds.incrementAndGet()));
    } else if (kind < 77) {
      f.articles.insert(new Article(f.authorId, null, "negative", -1));
    } else if (kind < 81) {
      f.people.insert(new Person(" ", "blank@example.com"));
    } else if (kind < 85) {
      Counter first = f.counters.findById(f.counterId).orElseThrow();
      Counter stale = f.counters.findById(f.counterId).orElseThrow();
      f.counters.update(first);
      f.counters.update(stale);
    } else if (kind < 89) {
      notStored.add(body);
      db.useTransaction(tx -> {
        f.notes.insert(new Note(body));
        try {
          f.people.insert(new Person("Again", "taken@example.com"));
        } catch (UniqueViolationException swallowed) {
          // dooms the transaction all the same
        }
      });
    } else if (kind < 93 || kind == 95 || kind == 96) {
      notStored.add(body);
      db.useTransaction(tx -> {
        f.notes.insert(new Note(body));
        throw new IllegalStateException("the body gives up");
      });
    } else if (kind == 93) {
      notStored.add(body);
      db.useTransaction(TIMES_OUT, tx -> {
        f.notes.insert(new Note(body));
        slow(db);
      });
    } else if (kind == 94) {
      notStored.add(body);
      db.useTransaction(tx -> {
        f.notes.insert(new Note(body));
        Sessions.kill(db, Sessions.current(db));
        f.notes.insert(new Note(body + "x"));
      });
    } else {
      // The spy fails the next COMMIT of any thread after it committed: whichever it was may
      // or may not be stored, as its UnknownCommitOutcomeException says.
      f.spy.failAfterNext("commit", new SQLException("An I/O error occurred", "08006"));
      db.useTransaction(tx -> f.notes.insert(new Note(body)));
      acknowledged.add(body);
    }
  }

  /** A statement that runs for minutes unless cancelled. */
  private static void slow(Database db) {
    String sql = db.dialect() == Dialect.H2
        ? "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 1000000) A, SYSTEM_RANGE(1, 1000000) B"
            + " WHERE A.X + B.X = 3"
        : "SELECT pg_sleep(30)";
    db.withConnection(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery(sql)) {
        return row.next();
      }
    });
  }
}
