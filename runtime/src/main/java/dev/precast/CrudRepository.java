package dev.precast;

import java.util.List;
import java.util.Optional;

/**
 * The create, read, update and delete operations every generated repository has. A {@link
 * dev.precast.annotations.Repository @Repository} interface that extends it gets them in its
 * generated implementation, beside its own queries.
 *
 * @param <T> the entity
 * @param <ID> the type of its {@code @Id}
 */
public interface CrudRepository<T, ID> {
  /**
   * Validates and inserts {@code entity}; returns it with its generated id (for a record, a
   * new instance).
   *
   * @throws ValidationException when the entity breaks its declared constraints: nothing was
   *     written
   */
  T insert(T entity);

  /** Validates and inserts every row in one batch, atomically: a bad row stores nothing. */
  List<T> insertAll(Iterable<T> entities);

  /**
   * Validates and updates the row of {@code entity}'s id; returns the entity as stored (with
   * its new version, for a versioned entity).
   *
   * @throws OptimisticLockException when a versioned row was changed or deleted meanwhile
   */
  T update(T entity);

  /** Deletes the row of {@code entity}'s id; whether there was one. */
  boolean delete(T entity);

  /** Deletes the row with this id; whether there was one. */
  boolean deleteById(ID id);

  /** The row with this id. */
  Optional<T> findById(ID id);

  /** Every row, ordered by id. */
  List<T> findAll();

  /** The number of rows. */
  long count();

  /** Whether a row has this id. */
  boolean existsById(ID id);

  /** A type-safe query on the table. */
  Query<T> query();
}
