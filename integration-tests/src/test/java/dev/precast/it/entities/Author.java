package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Unique;

/** A row that others reference: articles are deleted with their author. */
@Table
public record Author(@Id Long id, @Unique @Column(length = 40, nullable = false) String name) {
  public Author(String name) {
    this(null, name);
  }
}
