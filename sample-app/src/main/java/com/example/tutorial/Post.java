package com.example.tutorial;

import dev.precast.annotations.Check;
import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.References;
import dev.precast.annotations.ReferentialAction;
import dev.precast.annotations.Table;
import dev.precast.annotations.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A user's post: it belongs to its author (deleting the user deletes the posts, in the
 * database), counts its likes (never below zero, in the database too) and carries a version
 * for optimistic locking.
 */
@Table(name = "posts")
public class Post {
  @Id
  private Long id;

  @References(value = User.class, onDelete = ReferentialAction.CASCADE)
  private long authorId;

  @NotBlank
  @Column(length = 200)
  private String title;

  @NotNull
  @Column(length = 10_000)
  private String body;

  @Check("likes >= 0")
  private int likes;

  @Version
  private long version;

  /** For the generated mapper. */
  public Post() {}

  /** A new post by the user with id {@code authorId}, not stored yet. */
  public Post(long authorId, String title, String body) {
    this.authorId = authorId;
    this.title = title;
    this.body = body;
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

  public int getLikes() {
    return likes;
  }

  public void setLikes(int likes) {
    this.likes = likes;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  @Override
  public String toString() {
    return "Post " + id + " by user " + authorId + ": " + title;
  }
}
