package dev.precast.it.entities;

import dev.precast.annotations.AfterInsert;
import dev.precast.annotations.AfterLoad;
import dev.precast.annotations.Column;
import dev.precast.annotations.CreatedAt;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.UpdatedAt;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A record with the callbacks a record may have, and audit times the repository fills in. */
@Table
public record Memo(
    @Id Long id,
    @Column(length = 40) String text,
    @CreatedAt OffsetDateTime createdAt,
    @UpdatedAt OffsetDateTime updatedAt) {
  /** What the callbacks saw. */
  public static final List<String> EVENTS = new CopyOnWriteArrayList<>();

  @AfterInsert
  void inserted() {
    EVENTS.add("afterInsert:" + text + ":" + id);
  }

  @AfterLoad
  void loaded() {
    EVENTS.add("afterLoad:" + text);
  }
}
