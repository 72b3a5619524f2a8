package dev.precast.bench.model;

import dev.precast.annotations.Repository;
import java.util.Optional;

/** Precast's derived finder for the benchmark. */
@Repository
public interface UserQueries {
  Optional<User> findByName(String name);
}
