package dev.precast.bench;

import java.util.List;

/**
 * The operations every contender implements the way its documentation advises, on the shared
 * schema ({@code users}, {@code post}). Each returns what a caller would use (entities with
 * their ids), so that no contender can skip work; JMH consumes it.
 */
public interface Contender extends AutoCloseable {
  /** A new user to insert. */
  record NewUser(String name, String email) {}

  /** The user with this id. */
  Object findById(long id);

  /** The user with this (unique) e-mail. */
  Object findByEmail(String email);

  /** The user with this (unique) name; Precast: a derived finder of a {@code @Repository}. */
  Object findByName(String name);

  /** The first {@code limit} posts of an author, by id; Precast: the query DSL. */
  List<?> postsByAuthor(long authorId, int limit);

  /** The first 10 posts of an author, by id; Precast: a {@code @Query} method. */
  List<?> tenPostsByAuthorQuery(long authorId);

  /** Inserts one user; returns the id the database generated. */
  long insert(NewUser user);

  /** Inserts every user atomically, as one batch; returns them with their generated ids. */
  List<?> insertAll(List<NewUser> users);

  /**
   * Loads post {@code id} once, to be changed by {@link #updateHeldPost}; returns its title.
   */
  String holdPost(long id);

  /**
   * Sets the held post's title and writes it, with a version check where the contender has
   * one (every contender here does); the held copy then has the new version.
   */
  void updateHeldPost(String title);

  @Override
  void close();
}
