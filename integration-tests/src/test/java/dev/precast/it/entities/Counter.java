package dev.precast.it.entities;

import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Version;

/** A counter guarded by an optimistic lock. */
@Table
public class Counter {
  @Id private Long id;
  private long hits;
  @Version private long version;

  public Counter() {}

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getHits() {
    return hits;
  }

  public void setHits(long hits) {
    this.hits = hits;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
