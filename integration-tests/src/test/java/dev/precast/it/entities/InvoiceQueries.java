package dev.precast.it.entities;

import dev.precast.CrudRepository;
import dev.precast.annotations.Query;
import dev.precast.annotations.Repository;
import dev.precast.it.entities.money.Money;
import dev.precast.it.entities.money.Tags;
import java.util.List;
import java.util.Optional;

/** Queries on converted columns: parameters and results go through the converters. */
@Repository
public interface InvoiceQueries extends CrudRepository<Invoice, Long> {
  /** The number and total of an invoice. */
  record Summary(String number, Money total) {}

  List<Invoice> findByTotalGreaterThanOrderByTotalAsc(Money total);

  Optional<Invoice> findByTags(Tags tags);

  List<Invoice> findByTotalIn(List<Money> totals);

  List<Summary> findByNumberStartingWithOrderByNumberAsc(String prefix);

  @Query("SELECT * FROM invoice WHERE total >= :min ORDER BY number")
  List<Invoice> atLeast(Money min);

  @Query("SELECT total FROM invoice ORDER BY total")
  List<Money> totals();

  @Query("SELECT number, total FROM invoice WHERE tags = :tags")
  List<Summary> tagged(Tags tags);
}
