package dev.precast.it.entities;

import dev.precast.annotations.Embedded;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.it.entities.place.Address;
import jakarta.validation.constraints.NotNull;

/**
 * A JavaBean entity with embedded values: a required record (its columns that reject null
 * are NOT NULL) and an optional JavaBean with a prefix of its own.
 */
@Table
public class Warehouse {
  @Id private Long id;
  private String name;
  @NotNull @Embedded private Address address;
  @Embedded(prefix = "manager_") private Contact manager;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Address getAddress() {
    return address;
  }

  public void setAddress(Address address) {
    this.address = address;
  }

  public Contact getManager() {
    return manager;
  }

  public void setManager(Contact manager) {
    this.manager = manager;
  }
}
