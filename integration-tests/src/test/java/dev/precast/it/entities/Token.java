package dev.precast.it.entities;

import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import java.util.UUID;

/** A record with a {@code UUID} id, generated on insert when null. */
@Table
public record Token(@Id UUID id, String label) {}
