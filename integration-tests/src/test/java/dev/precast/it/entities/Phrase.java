package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Unique;

/**
 * Text of any kind: a unique bounded one, found by {@code findByText}, and an unbounded one
 * ({@code TEXT} on PostgreSQL). 600 UTF-16 units take at most 1800 bytes of UTF-8, within
 * PostgreSQL's limit for a B-tree index entry (2704 bytes).
 */
@Table
public class Phrase {
  @Id public Long id;
  @Unique @Column(length = 600) public String text;
  public String body;

  public Phrase() {}

  public Phrase(String text, String body) {
    this.text = text;
    this.body = body;
  }
}
