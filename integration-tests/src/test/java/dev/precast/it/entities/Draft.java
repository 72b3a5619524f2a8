package dev.precast.it.entities;

import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Version;

/** A versioned record: every update returns a new instance with the next version. */
@Table
public record Draft(@Id Long id, String text, @Version int version) {
  public Draft(String text) {
    this(null, text, 0);
  }

  public Draft withText(String newText) {
    return new Draft(id, newText, version);
  }
}
