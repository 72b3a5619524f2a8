package com.example.tutorial.service;

import com.example.tutorial.User;
import com.example.tutorial.UserRepository;
import com.example.tutorial.UserValidator;
import com.example.tutorial.User_;
import dev.precast.Database;
import dev.precast.ValidationException;
import dev.precast.Violation;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code /users}: create, read, list, update (with the version the client read) and delete.
 * Input is checked by the generated {@link UserValidator} before any SQL; what only the
 * database can check (a taken e-mail, a version someone else moved on) comes back as a typed
 * exception that {@link ErrorHandling} turns into a 409.
 */
final class UserResource {
  private final Database db;
  private final UserRepository users;
  private final UserValidator validator = new UserValidator();
  private final JsonBodies bodies;

  UserResource(Database db, JsonBodies bodies) {
    this.db = db;
    this.users = new UserRepository(db);
    this.bodies = bodies;
  }

  /** The body of {@code POST /users}. */
  public record NewUser(String name, String email) {}

  /** The body of {@code PUT /users/{id}}: the whole user, and the version it was read at. */
  public record UserUpdate(String name, String email, Long version) {}

  /** A user as the API shows it. */
  public record UserJson(long id, String name, String email, long version) {
    static UserJson of(User user) {
      return new UserJson(user.getId(), user.getName(), user.getEmail(), user.getVersion());
    }
  }

  /** {@code POST /users} → 201 with the user and its {@code Location}. */
  void create(Context ctx) {
    NewUser input = bodies.read(ctx, NewUser.class);
    // insert validates first: a ValidationException with every violation, before any SQL.
    User user = users.insert(new User(input.name(), input.email()));
    ctx.status(201).header("Location", "/users/" + user.getId()).json(UserJson.of(user));
  }

  /** {@code GET /users/{id}} → 200, or 404. */
  void get(Context ctx) {
    long id = Requests.pathId(ctx, "id");
    ctx.json(UserJson.of(users.findById(id).orElseThrow(() -> noUser(id))));
  }

  /** {@code GET /users?name=&limit=&offset=} → a page of users in id order. */
  void list(Context ctx) {
    Paging paging = Paging.of(ctx, Set.of("name"));
    String name = ctx.queryParam("name");
    Page<UserJson> page = db.inTransaction(Page.READ_ONLY, tx -> Page.read(
        () -> name == null ? users.query() : users.query().where(User_.NAME.eq(name)),
        User_.ID.asc(), paging, UserJson::of));
    ctx.json(page);
  }

  /**
   * {@code PUT /users/{id}} → 200 with the new version; 404 when there is no such user, 409
   * when {@code version} is not the stored one (someone changed the user since).
   */
  void update(Context ctx) {
    long id = Requests.pathId(ctx, "id");
    UserUpdate input = bodies.read(ctx, UserUpdate.class);
    // Checked before the transaction reads anything: every violation, the version's too.
    User changed = new User(input.name(), input.email());
    List<Violation> violations = new ArrayList<>(validator.validate(changed));
    if (input.version() == null) {
      violations.add(new Violation("version", "must not be null"));
    }
    if (!violations.isEmpty()) {
      throw new ValidationException("User", violations);
    }
    User updated = db.inTransaction(tx -> {
      User user = users.findById(id).orElseThrow(() -> noUser(id));
      user.setName(changed.getName());
      user.setEmail(changed.getEmail());
      user.setVersion(input.version());
      // UPDATE ... WHERE id = ? AND version = ?: OptimisticLockException when it was stale.
      return users.update(user);
    });
    ctx.json(UserJson.of(updated));
  }

  /** {@code DELETE /users/{id}} → 204 (the user's posts go too), or 404. */
  void delete(Context ctx) {
    long id = Requests.pathId(ctx, "id");
    if (!users.deleteById(id)) {
      throw noUser(id);
    }
    ctx.status(204);
  }

  static ApiException noUser(long id) {
    return ApiException.notFound("no user with id " + id);
  }
}
