package dev.precast.bench;

import dev.precast.bench.contenders.HandWrittenJdbc;
import dev.precast.bench.contenders.JdbiContender;
import dev.precast.bench.contenders.JooqContender;
import dev.precast.bench.contenders.PrecastContender;
import dev.precast.bench.contenders.hibernate.HibernateContender;
import javax.sql.DataSource;

/** Makes a contender by its name in the results: jdbc, precast, hibernate, jooq, jdbi. */
final class Contenders {
  private Contenders() {}

  static Contender create(String name, DataSource dataSource, String database) {
    return switch (name) {
      case "jdbc" -> new HandWrittenJdbc(dataSource);
      case "precast" -> new PrecastContender(dataSource);
      case "hibernate" -> new HibernateContender(dataSource);
      case "jooq" -> new JooqContender(dataSource, database);
      case "jdbi" -> new JdbiContender(dataSource);
      default -> throw new IllegalArgumentException("unknown contender " + name);
    };
  }
}
