package dev.precast.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.precast.bench.Contender.NewUser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Every operation of {@link Contender}, for every contender on every database, in one JMH run.
 * Each trial (a fork) has a fresh schema with the same rows; reads walk the ids, e-mails and
 * names in turn, so no contender reads one cached row; the users that inserts add are deleted
 * after each iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OrmBenchmark {
  static final int BATCH = 1000;

  @Param({"jdbc", "precast", "hibernate", "jooq", "jdbi"})
  public String contender;

  @Param({"h2", "postgresql"})
  public String database;

  private HikariDataSource pool;
  private Contender subject;
  private int next;
  private long inserted;
  private long updates;

  @Setup(Level.Trial)
  public void setUp() {
    pool = BenchDatabase.pool(BenchDatabase.url(database));
    BenchDatabase.prepare(pool);
    subject = Contenders.create(contender, pool, database);
    Sanity.check(subject);
    subject.holdPost(1);
  }

  @TearDown(Level.Iteration)
  public void deleteInserted() {
    BenchDatabase.deleteInserted(pool);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    subject.close();
    pool.close();
  }

  private int nextUser() {
    next = next == BenchDatabase.USERS ? 1 : next + 1;
    return next;
  }

  @Benchmark
  public Object findById() {
    return subject.findById(nextUser());
  }

  @Benchmark
  public Object findByEmail() {
    return subject.findByEmail(BenchDatabase.email(nextUser()));
  }

  @Benchmark
  public Object findByNameDerived() {
    return subject.findByName(BenchDatabase.name(nextUser()));
  }

  @Benchmark
  public Object list10() {
    return subject.postsByAuthor(1, 10);
  }

  @Benchmark
  public Object list100() {
    return subject.postsByAuthor(1, 100);
  }

  @Benchmark
  public Object list10Query() {
    return subject.tenPostsByAuthorQuery(1);
  }

  @Benchmark
  public long insertOne() {
    long n = ++inserted;
    return subject.insert(new NewUser("new user " + n, "new" + n + "@example.com"));
  }

  @Benchmark
  public Object insertBatch1000() {
    List<NewUser> users = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      long n = ++inserted;
      users.add(new NewUser("new user " + n, "new" + n + "@example.com"));
    }
    return subject.insertAll(users);
  }

  @Benchmark
  public void updateVersioned() {
    subject.updateHeldPost((++updates & 1) == 0 ? "Post 1" : "Post 1, edited");
  }
}
