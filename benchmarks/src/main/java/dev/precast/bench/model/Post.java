package dev.precast.bench.model;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.References;
import dev.precast.annotations.Table;
import dev.precast.annotations.Version;
import jakarta.validation.constraints.NotBlank;

/** A post by a {@link User}, versioned so that updates check for concurrent changes. */
@Table(name = "post")
public class Post {
  @Id private Long id;
  @References(User.class) private long authorId;
  @NotBlank @Column(length = 200) private String title;
  @Column(length = 2000) private String body;
  @Version private long version;

  public Post() {}

  public Post(Long id, long authorId, String title, String body, long version) {
    this.id = id;
    this.authorId = authorId;
    this.title = title;
    this.body = body;
    this.version = version;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getAuthorId() {
    return authorId;
  }

  public void setAuthorId(long authorId) {
    this.authorId = authorId;
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

  public void setBody(String body) {
    this.body = body;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
