package dev.precast.it.entities;

import dev.precast.annotations.Id;
import dev.precast.annotations.Table;

/** Free text with no rules, for values that look like SQL. */
@Table
public class Note {
  @Id public Long id;
  public String body;

  public Note() {}

  public Note(String body) {
    this.body = body;
  }
}
