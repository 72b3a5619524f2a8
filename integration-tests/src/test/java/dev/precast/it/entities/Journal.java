package dev.precast.it.entities;

import dev.precast.annotations.AfterDelete;
import dev.precast.annotations.AfterInsert;
import dev.precast.annotations.AfterLoad;
import dev.precast.annotations.AfterUpdate;
import dev.precast.annotations.BeforeDelete;
import dev.precast.annotations.BeforeInsert;
import dev.precast.annotations.BeforeUpdate;
import dev.precast.annotations.Column;
import dev.precast.annotations.CreatedAt;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.UpdatedAt;
import dev.precast.annotations.Version;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every lifecycle callback and both audit timestamps on a class; the callbacks write what
 * they saw to {@link #EVENTS}, so tests can check each ran once per row, in order.
 */
@Table
public class Journal {
  /** What the callbacks saw, e.g. {@code beforeInsert:Title}. */
  public static final List<String> EVENTS = new CopyOnWriteArrayList<>();

  @Id Long id;
  @NotBlank @Column(length = 40) String title;
  @CreatedAt Instant createdAt;
  @UpdatedAt LocalDateTime updatedAt;
  @Version long version;

  public Journal() {}

  public Journal(String title) {
    this.title = title;
  }

  @BeforeInsert
  void trimTitle() {
    // Runs before validation, so "  x  " is stored as "x" and "   " still fails @NotBlank.
    title = title == null ? null : title.strip();
    EVENTS.add("beforeInsert:" + title);
  }

  @AfterInsert
  void inserted() {
    EVENTS.add("afterInsert:" + title + ":" + (id != null));
  }

  @BeforeUpdate
  void beforeUpdate() {
    EVENTS.add("beforeUpdate:" + title);
  }

  @AfterUpdate
  void afterUpdate() {
    EVENTS.add("afterUpdate:" + title + ":v" + version);
  }

  @BeforeDelete
  void beforeDelete() {
    EVENTS.add("beforeDelete:" + title);
  }

  @AfterDelete
  void afterDelete() {
    EVENTS.add("afterDelete:" + title);
  }

  @AfterLoad
  void loaded() {
    EVENTS.add("afterLoad:" + title);
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public void title(String title) {
    this.title = title;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
