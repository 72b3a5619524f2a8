package com.example.tutorial;

import dev.precast.annotations.Query;
import dev.precast.annotations.Repository;

/**
 * Changes a post's like count in one statement, so that concurrent requests never lose an
 * increment (a read, then an update of the whole row, would). Each also moves the version on,
 * as {@code update} does: an edit made from an earlier read then fails with an
 * {@link dev.precast.OptimisticLockException} instead of writing back an old count.
 *
 * <pre>{@code
 * PostCounters counters = new PostCountersImpl(db);
 * if (counters.like(postId) == 0) { ... no such post ... }
 * }</pre>
 */
@Repository(Post.class)
public interface PostCounters {
  /** Adds one like; returns the number of rows changed, 0 when there is no such post. */
  @Query("UPDATE posts SET likes = likes + 1, version = version + 1 WHERE id = :id")
  int like(long id);

  /**
   * Takes one like back; returns the rows changed. At zero likes the database's check
   * {@code ck_posts_likes} refuses it with a {@link dev.precast.CheckViolationException}.
   */
  @Query("UPDATE posts SET likes = likes - 1, version = version + 1 WHERE id = :id")
  int unlike(long id);
}
