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
 * for optimistic locking. A record: {@code insert} returns a new one, with the id.
 *
 * <pre>{@code
 * Post post = posts.insert(Post.draft(john.getId(), "Hello", "My first post"));
 * }</pre>
 *
 * @param id the id the database generates; null until stored
 * @param authorId the id of the {@link User} who wrote it
 * @param title a short title
 * @param body the text
 * @param likes how many likes it has; {@link PostCounters} changes it
 * @param version the optimistic-lock counter
 */
@Table(name = "posts")
public record Post(
    @Id Long id,
    @References(value = User.class, onDelete = ReferentialAction.CASCADE) long authorId,
    @NotBlank @Column(length = 200) String title,
    @NotNull @Column(length = 10_000) String body,
    @Check("likes >= 0") int likes,
    @Version long version) {
  /** A new post by the user with id {@code authorId}, not stored yet. */
  public static Post draft(long authorId, String title, String body) {
    return new Post(null, authorId, title, body, 0, 0);
  }
}
