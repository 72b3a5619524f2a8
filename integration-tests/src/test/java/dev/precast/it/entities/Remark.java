package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.SoftDelete;
import dev.precast.annotations.Table;
import dev.precast.annotations.Version;
import java.time.Instant;

/** Soft-deleted by a timestamp, and versioned: delete sets {@code deletedAt} to now. */
@Table
public record Remark(
    @Id Long id, @Column(length = 40) String text, @SoftDelete Instant deletedAt,
    @Version long version) {}
