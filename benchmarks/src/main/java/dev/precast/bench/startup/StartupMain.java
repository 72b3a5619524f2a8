package dev.precast.bench.startup;

import com.zaxxer.hikari.HikariDataSource;
import dev.precast.Database;
import dev.precast.bench.BenchDatabase;
import dev.precast.bench.contenders.hibernate.HUser;
import dev.precast.bench.contenders.hibernate.HibernateContender;
import dev.precast.bench.model.User;
import dev.precast.bench.model.UserRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.SessionFactory;

/**
 * One cold start: from the first line of {@code main} to the first row read, the way an
 * application of each kind starts (a HikariCP pool in each; Precast's own
 * {@code Database.connect}; Hibernate's session factory over a pool). Prints
 * {@code FIRST_ROW_NANOS <n>}.
 *
 * <pre>java -cp ... dev.precast.bench.startup.StartupMain jdbc|precast|hibernate jdbc:h2:file:...</pre>
 */
public final class StartupMain {
  private StartupMain() {}

  public static void main(String[] args) throws SQLException {
    long start = System.nanoTime();
    String contender = args[0];
    String url = args[1];
    String name;
    switch (contender) {
      case "jdbc" -> {
        try (HikariDataSource pool = BenchDatabase.pool(url);
            Connection connection = pool.getConnection();
            PreparedStatement statement =
                connection.prepareStatement("SELECT id, name, email FROM users WHERE id = ?")) {
          statement.setLong(1, 1);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            name = new User(rows.getLong(1), rows.getString(2), rows.getString(3)).getName();
          }
          report(start, name);
        }
      }
      case "precast" -> {
        try (Database db = Database.connect(url)) {
          name = new UserRepository(db).findById(1L).orElseThrow().getName();
          report(start, name);
        }
      }
      case "hibernate" -> {
        try (HikariDataSource pool = BenchDatabase.pool(url);
            SessionFactory sessions = HibernateContender.sessionFactory(pool)) {
          name = sessions.fromSession(s -> s.find(HUser.class, 1L)).getName();
          report(start, name);
        }
      }
      default -> throw new IllegalArgumentException("unknown contender " + contender);
    }
  }

  private static void report(long start, String name) {
    long nanos = System.nanoTime() - start;
    if (!name.equals(BenchDatabase.name(1))) {
      throw new IllegalStateException("read the wrong row: " + name);
    }
    System.out.println("FIRST_ROW_NANOS " + nanos);
  }
}
