package dev.precast.it.entities;

import dev.precast.CrudRepository;
import dev.precast.Limit;
import dev.precast.Page;
import dev.precast.PageRequest;
import dev.precast.annotations.Query;
import dev.precast.annotations.Repository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Derived queries and {@code @Query} methods on {@link Person}, implemented by the processor. */
@Repository
public interface PersonQueries extends CrudRepository<Person, Long> {
  /** The name and age of a person. */
  record NameAndAge(String name, Integer age) {}

  /** Just the e-mail. */
  record Contact(String email) {}

  Optional<Person> findByEmail(String email);

  Person findByName(String name);

  List<Person> findByNameOrderByIdAsc(String name);

  List<Person> findByNameNotOrderByNameAsc(String name);

  List<Person> findByAgeLessThanOrderByNameAsc(Integer age);

  List<Person> findByAgeLessThanEqualOrderByNameAsc(int age);

  List<Person> findByAgeGreaterThanOrderByNameAsc(int age);

  List<Person> findByAgeGreaterThanEqualOrderByNameAsc(Integer age);

  List<Person> findByAgeBetweenOrderByNameAsc(int low, int high);

  List<Person> findByAgeBeforeOrderByNameAsc(int age);

  List<Person> findByAgeAfterOrderByNameAsc(int age);

  List<Person> findByNameInOrderByNameAsc(Collection<String> names);

  List<Person> findByNameNotInOrderByNameAsc(Set<String> names);

  List<Person> findByNameLikeOrderByNameAsc(String pattern);

  List<Person> findByNameNotLikeOrderByNameAsc(String pattern);

  List<Person> findByNameStartingWithOrderByNameAsc(String prefix);

  List<Person> findByNameEndingWithOrderByNameAsc(String suffix);

  List<Person> findByNameContainingOrderByNameAsc(String infix);

  List<Person> findByNameIgnoreCaseOrderByNameAsc(String name);

  List<Person> findByNameContainingIgnoreCaseOrderByNameAsc(String infix);

  List<Person> findByAgeIsNullOrderByNameAsc();

  List<Person> findByAgeIsNotNullOrderByNameAsc();

  List<Person> findByActiveTrueOrderByNameAsc();

  List<Person> findByActiveFalseOrderByNameAsc();

  List<Person> findByActiveTrueAndAgeGreaterThanOrAgeIsNullOrderByNameAsc(int age);

  List<Person> findByActiveOrderByAgeDescNameAsc(boolean active);

  Optional<Person> findFirstByActiveTrueOrderByNameDesc();

  List<Person> findTop2ByOrderByNameAsc();

  List<Person> findByActiveTrueOrderByNameAsc(Limit limit);

  Page<Person> findByAgeIsNotNullOrderByNameAsc(PageRequest page);

  Stream<Person> streamByOrderByNameAsc();

  long countByActiveTrue();

  int countByAgeGreaterThan(int age);

  boolean existsByEmail(String email);

  long deleteByActiveFalse();

  List<NameAndAge> findByActiveTrueOrderByAgeAsc();

  Optional<Contact> findFirstByNameOrderByIdAsc(String name);

  @Query("SELECT * FROM person WHERE email = :email")
  Optional<Person> withEmail(String email);

  @Query("SELECT * FROM person WHERE age >= :min AND name <> :name ORDER BY name")
  List<Person> olderThanExcept(int min, String name);

  @Query("SELECT * FROM person WHERE id IN (:ids) ORDER BY name")
  List<Person> withIds(List<Long> ids);

  @Query("SELECT name FROM person WHERE active = :active ORDER BY name")
  List<String> namesWhereActive(boolean active);

  @Query("SELECT count(*) FROM person WHERE name LIKE :pattern")
  long countNamesLike(String pattern);

  @Query("SELECT max(age) FROM person")
  Optional<Integer> highestAge();

  @Query("SELECT name, age FROM person WHERE age IS NOT NULL ORDER BY age DESC, name")
  List<NameAndAge> ages();

  @Query("SELECT * FROM person ORDER BY name")
  Stream<Person> everyoneByName();

  @Query("UPDATE person SET active = :active WHERE name IN (:names)")
  int setActive(boolean active, Collection<String> names);

  @Query("DELETE FROM person WHERE age IS NULL")
  void deleteAgeless();

  /** Only for the test of a table whose columns a migration reordered. */
  @Query("SELECT * FROM person WHERE name = :name")
  List<Person> everyoneNamed(String name);

  @Query("UPDATE person SET email = :email WHERE name = :name")
  long changeEmail(String name, String email);
}
