package dev.precast.it.entities;

import dev.precast.CrudRepository;
import dev.precast.annotations.Query;
import dev.precast.annotations.Repository;
import java.util.List;
import java.util.Optional;

/** Queries by the components of embedded values. */
@Repository
public interface CustomerQueries extends CrudRepository<Customer, Long> {
  List<Customer> findByAddressCityOrderByNameAsc(String city);

  Optional<Customer> findByContactEmail(String email);

  long countByBillingCityIsNull();

  @Query("SELECT * FROM customer WHERE billing_postcode = :zip ORDER BY name")
  List<Customer> billedTo(String zip);
}
