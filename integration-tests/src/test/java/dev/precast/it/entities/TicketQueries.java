package dev.precast.it.entities;

import dev.precast.CrudRepository;
import dev.precast.annotations.Repository;
import java.util.List;

/** Derived queries on a soft-delete entity: they skip deleted rows, and deleteBy marks them. */
@Repository
public interface TicketQueries extends CrudRepository<Ticket, Long> {
  List<Ticket> findBySubjectStartingWithOrderBySubjectAsc(String prefix);

  long countBySubjectStartingWith(String prefix);

  int deleteBySubject(String subject);
}
