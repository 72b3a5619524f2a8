package dev.precast.it.entities;

import dev.precast.Dialect;
import dev.precast.annotations.Column;
import dev.precast.annotations.ColumnType;
import dev.precast.annotations.Id;
import dev.precast.annotations.Json;
import dev.precast.annotations.Table;
import dev.precast.annotations.Unique;
import dev.precast.it.entities.json.Address;
import dev.precast.it.entities.json.Badge;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL-native types: declared SQL types ({@code motto} is TEXT on PostgreSQL and
 * VARCHAR(80) elsewhere, {@code karma} INT8 everywhere), JSON documents of a record, a generic
 * list, a map and raw JSON text, and arrays of strings and longs as lists and as Java arrays.
 */
@Table
public record Profile(
    @Id Long id,
    @Unique @Column(length = 40) String handle,
    @Column(type = "VARCHAR(80)") @ColumnType(dialect = Dialect.POSTGRESQL, value = "TEXT")
    String motto,
    @Column(type = "INT8") Long karma,
    @Json Address address,
    @Json List<Badge> badges,
    @Json Map<String, Object> settings,
    @Json String raw,
    @Unique List<String> path,
    List<Long> scores,
    String[] aliases,
    long[] counters) {}
