package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import jakarta.validation.constraints.NotBlank;

/**
 * A {@code String} id the application assigns. Package-private fields, which generated code
 * (in this package) reads and writes directly; {@code code()} and {@code name()} are for users.
 */
@Table
public class Country {
  @Id
  @Column(length = 2)
  String code;

  @NotBlank String name;

  Country() {}

  public Country(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }
}
