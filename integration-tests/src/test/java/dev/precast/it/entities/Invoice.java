package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Convert;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Unique;
import dev.precast.it.entities.money.Money;
import dev.precast.it.entities.money.MoneyConverter;
import dev.precast.it.entities.money.Tags;
import jakarta.validation.constraints.NotNull;

/**
 * Converted columns: {@code total} through {@code @Convert} on the field, {@code tags} through
 * the converter {@code package-info.java} registers for {@link Tags}.
 */
@Table
public record Invoice(
    @Id Long id,
    @Unique @Column(length = 20) String number,
    @NotNull @Convert(MoneyConverter.class) Money total,
    @Column(length = 30) Tags tags) {}
