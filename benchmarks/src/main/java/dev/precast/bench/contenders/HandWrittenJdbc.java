package dev.precast.bench.contenders;

import dev.precast.bench.Contender;
import dev.precast.bench.model.Post;
import dev.precast.bench.model.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The baseline: JDBC as an expert writes it by hand. Constant SQL, prepared statements,
 * columns by index, one JDBC batch (with its generated keys) in one transaction for many rows.
 */
public final class HandWrittenJdbc implements Contender {
  private static final String USER_COLUMNS = "SELECT id, name, email FROM users";
  private static final String BY_ID = USER_COLUMNS + " WHERE id = ?";
  private static final String BY_EMAIL = USER_COLUMNS + " WHERE email = ?";
  private static final String BY_NAME = USER_COLUMNS + " WHERE name = ?";
  private static final String POSTS = "SELECT id, author_id, title, body, version FROM post"
      + " WHERE author_id = ? ORDER BY id LIMIT ?";
  private static final String TEN_POSTS = "SELECT id, author_id, title, body, version FROM post"
      + " WHERE author_id = ? ORDER BY id LIMIT 10";
  private static final String POST_BY_ID =
      "SELECT id, author_id, title, body, version FROM post WHERE id = ?";
  private static final String INSERT = "INSERT INTO users (name, email) VALUES (?, ?)";
  private static final String[] ID = {"id"};
  private static final String UPDATE_POST = "UPDATE post SET author_id = ?, title = ?, body = ?,"
      + " version = ? WHERE id = ? AND version = ?";

  private final DataSource dataSource;
  private Post held;

  public HandWrittenJdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public User findById(long id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(BY_ID)) {
      statement.setLong(1, id);
      return oneUser(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public User findByEmail(String email) {
    return userBy(BY_EMAIL, email);
  }

  @Override
  public User findByName(String name) {
    return userBy(BY_NAME, name);
  }

  private User userBy(String sql, String value) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, value);
      return oneUser(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static User oneUser(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      return rows.next() ? new User(rows.getLong(1), rows.getString(2), rows.getString(3)) : null;
    }
  }

  @Override
  public List<Post> postsByAuthor(long authorId, int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(POSTS)) {
      statement.setLong(1, authorId);
      statement.setInt(2, limit);
      return posts(statement, limit);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<Post> tenPostsByAuthorQuery(long authorId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(TEN_POSTS)) {
      statement.setLong(1, authorId);
      return posts(statement, 10);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Post> posts(PreparedStatement statement, int expected) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      List<Post> posts = new ArrayList<>(expected);
      while (rows.next()) {
        posts.add(post(rows));
      }
      return posts;
    }
  }

  private static Post post(ResultSet rows) throws SQLException {
    return new Post(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
        rows.getLong(5));
  }

  @Override
  public long insert(NewUser user) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(INSERT, ID)) {
      statement.setString(1, user.name());
      statement.setString(2, user.email());
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<User> insertAll(List<NewUser> users) {
    List<User> stored = new ArrayList<>(users.size());
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement statement = connection.prepareStatement(INSERT, ID)) {
        for (NewUser user : users) {
          User row = new User(user.name(), user.email());
          statement.setString(1, row.getName());
          statement.setString(2, row.getEmail());
          statement.addBatch();
          stored.add(row);
        }
        statement.executeBatch();
        try (ResultSet keys = statement.getGeneratedKeys()) {
          for (User row : stored) {
            keys.next();
            row.setId(keys.getLong(1));
          }
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return stored;
  }

  @Override
  public String holdPost(long id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(POST_BY_ID)) {
      statement.setLong(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        held = post(rows);
        return held.getTitle();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void updateHeldPost(String title) {
    held.setTitle(title);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(UPDATE_POST)) {
      statement.setLong(1, held.getAuthorId());
      statement.setString(2, held.getTitle());
      statement.setString(3, held.getBody());
      statement.setLong(4, held.getVersion() + 1);
      statement.setLong(5, held.getId());
      statement.setLong(6, held.getVersion());
      if (statement.executeUpdate() != 1) {
        throw new IllegalStateException("post " + held.getId() + " was changed by someone else");
      }
      held.setVersion(held.getVersion() + 1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {}
}
