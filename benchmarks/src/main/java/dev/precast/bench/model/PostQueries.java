package dev.precast.bench.model;

import dev.precast.annotations.Query;
import dev.precast.annotations.Repository;
import java.util.List;

/** Precast's {@code @Query} method for the benchmark: the same query as the 10-row list. */
@Repository
public interface PostQueries {
  @Query("SELECT * FROM post WHERE author_id = :authorId ORDER BY id LIMIT 10")
  List<Post> firstTenByAuthor(long authorId);
}
