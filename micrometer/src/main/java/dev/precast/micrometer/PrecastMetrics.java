package dev.precast.micrometer;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.precast.ConnectionEvent;
import dev.precast.Database;
import dev.precast.DatabaseListener;
import dev.precast.PrecastException;
import dev.precast.StatementEvent;
import dev.precast.TransactionEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Micrometer meters for a {@link Database}: a {@link DatabaseListener} that times statements
 * per SQL text, transactions and connection acquisitions, and {@link #bindPool(Database)} for
 * HikariCP's own pool meters.
 *
 * <pre>{@code
 * PrecastMetrics metrics = new PrecastMetrics(registry);
 * Database db = Database.builder(url).listener(metrics).build();
 * metrics.bindPool(db);
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th></tr>
 *   <tr><td>{@value #STATEMENTS}</td><td>timer</td><td>{@code sql} (the statement's text, with
 *       {@code ?} for its values), {@code outcome} ({@code success}, {@code failure}), {@code
 *       exception} ({@code none}, or the failure's simple class name such as {@code
 *       UniqueViolationException})</td></tr>
 *   <tr><td>{@value #TRANSACTIONS}</td><td>timer: its count is the number of commits or
 *       rollbacks</td><td>{@code outcome} ({@code commit}, {@code rollback})</td></tr>
 *   <tr><td>{@value #CONNECTION_ACQUIRE}</td><td>timer: the wait for a connection</td><td>{@code
 *       outcome} ({@code success}, {@code failure})</td></tr>
 *   <tr><td>{@code hikaricp.connections}, {@code .active}, {@code .idle}, {@code .pending},
 *       {@code .acquire}, {@code .usage}, ...</td><td>HikariCP's, after {@link
 *       #bindPool}</td><td>{@code pool}</td></tr>
 * </table>
 *
 * <p>Every meter also has the tags given to {@link #PrecastMetrics(MeterRegistry, Iterable)},
 * e.g. to tell two databases apart. The generated repositories and the query DSL send one SQL
 * text per statement shape, so the {@code sql} tag has as many values as the application has
 * statements; to bound it anyway, add a {@code MeterFilter.maximumAllowableTags(
 * "precast.statements", "sql", n, MeterFilter.deny())} to the registry.
 */
public final class PrecastMetrics implements DatabaseListener {
  /** The statement timer's name. */
  public static final String STATEMENTS = "precast.statements";
  /** The transaction timer's name. */
  public static final String TRANSACTIONS = "precast.transactions";
  /** The connection acquisition timer's name. */
  public static final String CONNECTION_ACQUIRE = "precast.connections.acquire";

  private final MeterRegistry registry;
  private final Tags tags;
  /** The timers of statements that succeeded, by SQL text: the path every statement takes. */
  private final Map<String, Timer> succeeded = new ConcurrentHashMap<>();
  private final Timer commits;
  private final Timer rollbacks;
  private final Timer acquired;
  private final Timer notAcquired;

  /** Meters in {@code registry}. */
  public PrecastMetrics(MeterRegistry registry) {
    this(registry, Tags.empty());
  }

  /** Meters in {@code registry}, each also tagged with {@code tags}. */
  public PrecastMetrics(MeterRegistry registry, Iterable<Tag> tags) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.tags = Tags.of(Objects.requireNonNull(tags, "tags"));
    this.commits = timer(TRANSACTIONS, "executed transactions", "outcome", "commit");
    this.rollbacks = timer(TRANSACTIONS, "executed transactions", "outcome", "rollback");
    this.acquired = timer(CONNECTION_ACQUIRE, "waits for a connection", "outcome", "success");
    this.notAcquired = timer(CONNECTION_ACQUIRE, "waits for a connection", "outcome", "failure");
  }

  /**
   * Has the pool of {@code db} report HikariCP's own meters ({@code hikaricp.connections...},
   * tagged with the pool's name) to this registry, when it is the pool Precast made; a {@link
   * javax.sql.DataSource} given to {@link Database#of} is its owner's to instrument, and is
   * left alone.
   *
   * @return whether the pool's meters were bound
   * @throws PrecastException when the pool reports to a registry already
   */
  public boolean bindPool(Database db) {
    Objects.requireNonNull(db, "db");
    if (!db.ownsDataSource() || !(db.dataSource() instanceof HikariDataSource pool)) {
      return false;
    }
    try {
      pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    } catch (IllegalStateException e) {
      throw new PrecastException("the pool of " + db + " reports its metrics already: bind it"
          + " once", e);
    }
    return true;
  }

  @Override
  public void onStatement(StatementEvent event) {
    if (event.succeeded()) {
      succeeded.computeIfAbsent(event.sql(), sql -> Timer.builder(STATEMENTS)
              .description("statements run")
              .tags(tags).tag("sql", sql).tag("outcome", "success").tag("exception", "none")
              .register(registry))
          .record(event.nanos(), TimeUnit.NANOSECONDS);
    } else {
      Timer.builder(STATEMENTS)
          .description("statements run")
          .tags(tags).tag("sql", event.sql()).tag("outcome", "failure")
          .tag("exception", event.failure().getClass().getSimpleName())
          .register(registry)
          .record(event.nanos(), TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public void onCommit(TransactionEvent event) {
    commits.record(event.nanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void onRollback(TransactionEvent event) {
    rollbacks.record(event.nanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void onConnectionAcquired(ConnectionEvent event) {
    (event.succeeded() ? acquired : notAcquired).record(event.nanos(), TimeUnit.NANOSECONDS);
  }

  private Timer timer(String name, String description, String tag, String value) {
    return Timer.builder(name).description(description).tags(tags).tag(tag, value)
        .register(registry);
  }
}
