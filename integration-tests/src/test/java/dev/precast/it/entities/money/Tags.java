package dev.precast.it.entities.money;

import java.util.List;

/** A few labels, stored as one comma-separated column by {@link TagsConverter}. */
public record Tags(List<String> values) {
  /** The labels given. */
  public static Tags of(String... values) {
    return new Tags(List.of(values));
  }
}
