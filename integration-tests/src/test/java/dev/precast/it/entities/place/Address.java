package dev.precast.it.entities.place;

import dev.precast.annotations.Column;
import jakarta.validation.constraints.NotBlank;

/**
 * A postal address, embedded in entities of another package: its components are columns
 * {@code <prefix>street}, {@code <prefix>city} and {@code <prefix>postcode}.
 */
public record Address(
    @NotBlank @Column(length = 100) String street,
    @Column(length = 60) String city,
    @Column(name = "postcode", length = 10) String zip) {}
