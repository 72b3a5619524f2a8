package dev.precast.bench.contenders;

import dev.precast.bench.Contender;
import dev.precast.bench.model.Post;
import dev.precast.bench.model.User;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Jdbi 3's core API: positional binds, row mappers by column index (not reflective bean
 * mapping), a prepared batch with its generated keys in one transaction for many rows.
 */
public final class JdbiContender implements Contender {
  private static final String USER_COLUMNS = "SELECT id, name, email FROM users";
  private static final String POSTS = "SELECT id, author_id, title, body, version FROM post"
      + " WHERE author_id = ? ORDER BY id LIMIT ?";
  private static final String TEN_POSTS = "SELECT id, author_id, title, body, version FROM post"
      + " WHERE author_id = ? ORDER BY id LIMIT 10";
  private static final RowMapper<User> USER =
      (rs, ctx) -> new User(rs.getLong(1), rs.getString(2), rs.getString(3));
  private static final RowMapper<Post> POST = (rs, ctx) -> new Post(rs.getLong(1),
      rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5));

  private final Jdbi jdbi;
  private Post held;

  public JdbiContender(DataSource dataSource) {
    jdbi = Jdbi.create(dataSource);
  }

  @Override
  public User findById(long id) {
    return jdbi.withHandle(h -> h.createQuery(USER_COLUMNS + " WHERE id = ?").bind(0, id)
        .map(USER).findOne().orElse(null));
  }

  @Override
  public User findByEmail(String email) {
    return jdbi.withHandle(h -> h.createQuery(USER_COLUMNS + " WHERE email = ?").bind(0, email)
        .map(USER).findOne().orElse(null));
  }

  @Override
  public User findByName(String name) {
    return jdbi.withHandle(h -> h.createQuery(USER_COLUMNS + " WHERE name = ?").bind(0, name)
        .map(USER).findOne().orElse(null));
  }

  @Override
  public List<Post> postsByAuthor(long authorId, int limit) {
    return jdbi.withHandle(h -> h.createQuery(POSTS).bind(0, authorId).bind(1, limit)
        .map(POST).list());
  }

  @Override
  public List<Post> tenPostsByAuthorQuery(long authorId) {
    return jdbi.withHandle(h -> h.createQuery(TEN_POSTS).bind(0, authorId).map(POST).list());
  }

  @Override
  public long insert(NewUser user) {
    return jdbi.withHandle(h -> h.createUpdate("INSERT INTO users (name, email) VALUES (?, ?)")
        .bind(0, user.name()).bind(1, user.email())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
  }

  @Override
  public List<User> insertAll(List<NewUser> users) {
    List<User> rows = new ArrayList<>(users.size());
    return jdbi.inTransaction(h -> {
      PreparedBatch batch = h.prepareBatch("INSERT INTO users (name, email) VALUES (?, ?)");
      for (NewUser user : users) {
        User row = new User(user.name(), user.email());
        batch.bind(0, row.getName()).bind(1, row.getEmail()).add();
        rows.add(row);
      }
      List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
      for (int i = 0; i < rows.size(); i++) {
        rows.get(i).setId(ids.get(i));
      }
      return rows;
    });
  }

  @Override
  public String holdPost(long id) {
    held = jdbi.withHandle(h -> h.createQuery(
            "SELECT id, author_id, title, body, version FROM post WHERE id = ?")
        .bind(0, id).map(POST).one());
    return held.getTitle();
  }

  @Override
  public void updateHeldPost(String title) {
    held.setTitle(title);
    int updated = jdbi.withHandle(h -> h.createUpdate("UPDATE post SET author_id = ?,"
            + " title = ?, body = ?, version = ? WHERE id = ? AND version = ?")
        .bind(0, held.getAuthorId()).bind(1, held.getTitle()).bind(2, held.getBody())
        .bind(3, held.getVersion() + 1).bind(4, held.getId()).bind(5, held.getVersion())
        .execute());
    if (updated != 1) {
      throw new IllegalStateException("post " + held.getId() + " was changed by someone else");
    }
    held.setVersion(held.getVersion() + 1);
  }

  @Override
  public void close() {}
}
