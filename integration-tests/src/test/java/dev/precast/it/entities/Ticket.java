package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.SoftDelete;
import dev.precast.annotations.Table;

/** Soft-deleted by a boolean: delete sets {@code deleted}, and queries skip such rows. */
@Table
public class Ticket {
  @Id Long id;
  @Column(length = 40) String subject;
  @SoftDelete boolean deleted;

  public Ticket() {}

  public Ticket(String subject) {
    this.subject = subject;
  }

  public Long id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public void subject(String subject) {
    this.subject = subject;
  }

  public boolean deleted() {
    return deleted;
  }
}
