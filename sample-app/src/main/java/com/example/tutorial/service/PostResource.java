package com.example.tutorial.service;

import com.example.tutorial.Post;
import com.example.tutorial.PostCounters;
import com.example.tutorial.PostCountersImpl;
import com.example.tutorial.PostRepository;
import com.example.tutorial.Post_;
import com.example.tutorial.UserRepository;
import dev.precast.CheckViolationException;
import dev.precast.Database;
import dev.precast.ForeignKeyViolationException;
import dev.precast.Violation;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.function.LongToIntFunction;

/**
 * A user's posts and their likes. A like is one {@code UPDATE ... SET likes = likes + 1}
 * ({@link PostCounters}), so concurrent likes all count; taking back a like that is not there
 * is refused by the database's check {@code likes >= 0}, and a post for a user who does not
 * exist by its foreign key, which also deletes the posts with their user.
 */
final class PostResource {
  private final Database db;
  private final UserRepository users;
  private final PostRepository posts;
  private final PostCounters counters;
  private final JsonBodies bodies;

  PostResource(Database db, JsonBodies bodies) {
    this.db = db;
    this.users = new UserRepository(db);
    this.posts = new PostRepository(db);
    this.counters = new PostCountersImpl(db);
    this.bodies = bodies;
  }

  /** The body of {@code POST /users/{id}/posts}. */
  public record NewPost(String title, String body) {}

  /** A post as the API shows it. */
  public record PostJson(long id, long authorId, String title, String body, int likes,
      long version) {
    static PostJson of(Post post) {
      return new PostJson(post.id(), post.authorId(), post.title(), post.body(), post.likes(),
          post.version());
    }
  }

  /** {@code POST /users/{id}/posts} → 201 with the post; 404 when there is no such user. */
  void create(Context ctx) {
    long authorId = Requests.pathId(ctx, "id");
    NewPost input = bodies.read(ctx, NewPost.class);
    Post post;
    try {
      // Validated before any SQL; the foreign key refuses an author who does not exist, in
      // the same statement, so a user deleted meanwhile cannot get a post either.
      post = posts.insert(Post.draft(authorId, input.title(), input.body()));
    } catch (ForeignKeyViolationException e) {
      throw UserResource.noUser(authorId);
    }
    ctx.status(201).header("Location", "/posts/" + post.id()).json(PostJson.of(post));
  }

  /** {@code GET /users/{id}/posts?limit=&offset=} → a page of the user's posts, or 404. */
  void listByAuthor(Context ctx) {
    long authorId = Requests.pathId(ctx, "id");
    Paging paging = Paging.of(ctx, Set.of());
    Page<PostJson> page = db.inTransaction(Page.READ_ONLY, tx -> {
      if (!users.existsById(authorId)) {
        throw UserResource.noUser(authorId);
      }
      return Page.read(() -> posts.query().where(Post_.AUTHOR_ID.eq(authorId)),
          Post_.ID.asc(), paging, PostJson::of);
    });
    ctx.json(page);
  }

  /** {@code GET /posts/{id}} → 200, or 404. */
  void get(Context ctx) {
    long id = Requests.pathId(ctx, "id");
    ctx.json(PostJson.of(posts.findById(id).orElseThrow(() -> noPost(id))));
  }

  /** {@code POST /posts/{id}/like} → 200 with the post and its likes, or 404. */
  void like(Context ctx) {
    changeLikes(ctx, counters::like);
  }

  /**
   * {@code DELETE /posts/{id}/like} → 200 with the post; 404 when there is no such post, 409
   * when it has no like to take back.
   */
  void unlike(Context ctx) {
    long id = Requests.pathId(ctx, "id");
    try {
      changeLikes(ctx, counters::unlike);
    } catch (CheckViolationException e) {
      throw ApiException.conflict("no-likes", "Nothing to take back",
          "post " + id + " has no likes", List.of(new Violation("likes", "must not be below 0")));
    }
  }

  /** Runs {@code change} on the post, then reads it, in one transaction. */
  private void changeLikes(Context ctx, LongToIntFunction change) {
    long id = Requests.pathId(ctx, "id");
    Post post = db.inTransaction(tx -> {
      if (change.applyAsInt(id) == 0) {
        throw noPost(id);
      }
      return posts.findById(id).orElseThrow();
    });
    ctx.json(PostJson.of(post));
  }

  private static ApiException noPost(long id) {
    return ApiException.notFound("no post with id " + id);
  }
}
