package dev.precast.it.entities;

import dev.precast.annotations.Embedded;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.it.entities.place.Address;
import jakarta.validation.constraints.NotBlank;

/**
 * A record entity with embedded values: a record of another package, twice (the second
 * with its own prefix), and a JavaBean.
 */
@Table
public record Customer(
    @Id Long id,
    @NotBlank String name,
    @Embedded Address address,
    @Embedded(prefix = "billing_") Address billing,
    @Embedded Contact contact) {}
