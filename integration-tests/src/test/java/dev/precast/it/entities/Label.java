package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Unique;
import java.util.UUID;

/** A UUID key and a unique name: an upsert on the name must keep the stored key. */
@Table
public record Label(@Id UUID id, @Unique @Column(length = 20) String name, int uses) {}
