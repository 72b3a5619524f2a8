package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Unique;

/** Table {@code user} as a record, with a unique column named {@code group}. */
@Table(name = "user")
public record User(@Id Long id, @Unique @Column(length = 40) String group, int order) {}
