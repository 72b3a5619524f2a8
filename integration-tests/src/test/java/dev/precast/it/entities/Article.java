package dev.precast.it.entities;

import dev.precast.annotations.Check;
import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Index;
import dev.precast.annotations.ReferentialAction;
import dev.precast.annotations.References;
import dev.precast.annotations.Table;

/** References an author (deleted with it) and, optionally, an editor (set to null). */
@Table
@Index(columns = {"author_id", "title"})
@Check("likes <= 1000000")
public record Article(
    @Id Long id,
    @References(value = Author.class, onDelete = ReferentialAction.CASCADE) long authorId,
    @References(value = Author.class, onDelete = ReferentialAction.SET_NULL) Long editorId,
    @Index @Column(length = 80, nullable = false) String title,
    @Check("likes >= 0") int likes) {

  public Article(long authorId, Long editorId, String title, int likes) {
    this(null, authorId, editorId, title, likes);
  }
}
