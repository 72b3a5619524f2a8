package dev.precast.bench.contenders;

import dev.precast.Database;
import dev.precast.bench.Contender;
import dev.precast.bench.model.Post;
import dev.precast.bench.model.PostQueriesImpl;
import dev.precast.bench.model.PostRepository;
import dev.precast.bench.model.Post_;
import dev.precast.bench.model.User;
import dev.precast.bench.model.UserQueriesImpl;
import dev.precast.bench.model.UserRepository;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Precast: the generated repositories, the query DSL, a derived finder and a {@code @Query}. */
public final class PrecastContender implements Contender {
  private final UserRepository users;
  private final PostRepository posts;
  private final UserQueriesImpl userQueries;
  private final PostQueriesImpl postQueries;
  private Post held;

  public PrecastContender(DataSource dataSource) {
    Database db = Database.of(dataSource);
    users = new UserRepository(db);
    posts = new PostRepository(db);
    userQueries = new UserQueriesImpl(db);
    postQueries = new PostQueriesImpl(db);
  }

  @Override
  public User findById(long id) {
    return users.findById(id).orElse(null);
  }

  @Override
  public User findByEmail(String email) {
    return users.findByEmail(email).orElse(null);
  }

  @Override
  public User findByName(String name) {
    return userQueries.findByName(name).orElse(null);
  }

  @Override
  public List<Post> postsByAuthor(long authorId, int limit) {
    return posts.query().where(Post_.AUTHOR_ID.eq(authorId)).orderBy(Post_.ID.asc())
        .limit(limit).list();
  }

  @Override
  public List<Post> tenPostsByAuthorQuery(long authorId) {
    return postQueries.firstTenByAuthor(authorId);
  }

  @Override
  public long insert(NewUser user) {
    return users.insert(new User(user.name(), user.email())).getId();
  }

  @Override
  public List<User> insertAll(List<NewUser> newUsers) {
    List<User> rows = new ArrayList<>(newUsers.size());
    for (NewUser user : newUsers) {
      rows.add(new User(user.name(), user.email()));
    }
    return users.insertAll(rows);
  }

  @Override
  public String holdPost(long id) {
    held = posts.findById(id).orElseThrow();
    return held.getTitle();
  }

  @Override
  public void updateHeldPost(String title) {
    held.setTitle(title);
    held = posts.update(held);
  }

  @Override
  public void close() {}
}
