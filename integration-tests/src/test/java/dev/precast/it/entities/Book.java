package dev.precast.it.entities;

import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/** A record with a generated {@code Long} id: insert returns a new record. */
@Table
public record Book(@Id Long id, @NotBlank String title, int pages, LocalDate published) {
  /** A book not stored yet. */
  public Book(String title, int pages, LocalDate published) {
    this(null, title, pages, published);
  }
}
