package dev.precast.bench.contenders.hibernate;

import dev.precast.bench.Contender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Hibernate ORM, tuned as its documentation advises: JDBC batches of {@value #BATCH_SIZE} with
 * ordered inserts, pooled sequence ids, no second-level or query cache, no statistics;
 * read-only sessions for reads (no dirty-checking snapshots); a stateless session for the
 * versioned update of a detached entity (one UPDATE, no SELECT first).
 */
public final class HibernateContender implements Contender {
  static final int BATCH_SIZE = 1000;
  private static final String BY_EMAIL = "from HUser u where u.email = :v";
  private static final String BY_NAME = "from HUser u where u.name = :v";
  private static final String POSTS =
      "from HPost p where p.authorId = :author order by p.id";

  private final SessionFactory sessions;
  private HPost held;

  public HibernateContender(DataSource dataSource) {
    sessions = sessionFactory(dataSource);
  }

  /** The session factory the benchmark and the startup measurement use. */
  public static SessionFactory sessionFactory(DataSource dataSource) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySettings(Map.of(
            AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource,
            AvailableSettings.STATEMENT_BATCH_SIZE, String.valueOf(BATCH_SIZE),
            AvailableSettings.ORDER_INSERTS, "true",
            AvailableSettings.ORDER_UPDATES, "true",
            AvailableSettings.USE_SECOND_LEVEL_CACHE, "false",
            AvailableSettings.USE_QUERY_CACHE, "false",
            AvailableSettings.GENERATE_STATISTICS, "false",
            AvailableSettings.HBM2DDL_AUTO, "none",
            AvailableSettings.SHOW_SQL, "false"))
        .build();
    return new MetadataSources(registry)
        .addAnnotatedClass(HUser.class)
        .addAnnotatedClass(HPost.class)
        .buildMetadata()
        .buildSessionFactory();
  }

  @Override
  public HUser findById(long id) {
    return sessions.fromSession(session -> {
      session.setDefaultReadOnly(true);
      return session.find(HUser.class, id);
    });
  }

  @Override
  public HUser findByEmail(String email) {
    return userBy(BY_EMAIL, email);
  }

  @Override
  public HUser findByName(String name) {
    return userBy(BY_NAME, name);
  }

  private HUser userBy(String hql, String value) {
    return sessions.fromSession(session -> {
      session.setDefaultReadOnly(true);
      return session.createSelectionQuery(hql, HUser.class).setParameter("v", value).getSingleResultOrNull();
    });
  }

  @Override
  public List<HPost> postsByAuthor(long authorId, int limit) {
    return sessions.fromSession(session -> {
      session.setDefaultReadOnly(true);
      return session.createSelectionQuery(POSTS, HPost.class).setParameter("author", authorId)
          .setMaxResults(limit).getResultList();
    });
  }

  @Override
  public List<HPost> tenPostsByAuthorQuery(long authorId) {
    return postsByAuthor(authorId, 10);
  }

  @Override
  public long insert(NewUser user) {
    HUser row = new HUser(user.name(), user.email());
    sessions.inTransaction(session -> session.persist(row));
    return row.getId();
  }

  @Override
  public List<HUser> insertAll(List<NewUser> users) {
    List<HUser> rows = new ArrayList<>(users.size());
    sessions.inTransaction(session -> {
      for (NewUser user : users) {
        HUser row = new HUser(user.name(), user.email());
        session.persist(row);
        rows.add(row);
      }
    });
    return rows;
  }

  @Override
  public String holdPost(long id) {
    held = sessions.fromSession(session -> session.find(HPost.class, id));
    return held.getTitle();
  }

  @Override
  public void updateHeldPost(String title) {
    held.setTitle(title);
    sessions.inStatelessTransaction(session -> session.update(held));
  }

  @Override
  public void close() {
    sessions.close();
  }
}
