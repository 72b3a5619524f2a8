package dev.precast.bench.contenders.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Hibernate's mapping of {@code post}, with its optimistic-lock version. */
@Entity
@Table(name = "post")
public class HPost {
  @Id private Long id;

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 2000)
  private String body;

  @Version private long version;

  protected HPost() {}

  public Long getId() {
    return id;
  }

  public long getAuthorId() {
    return authorId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public long getVersion() {
    return version;
  }
}
