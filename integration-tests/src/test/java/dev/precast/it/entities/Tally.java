package dev.precast.it.entities;

import dev.precast.annotations.Id;
import dev.precast.annotations.Table;

/** A counter without a version: safe only under a pessimistic lock. */
@Table
public class Tally {
  @Id public Long id;
  public long hits;
}
