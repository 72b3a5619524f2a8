package dev.precast.it.entities.money;

import dev.precast.TypeConverter;

/** {@link Money} as its cents. */
public final class MoneyConverter implements TypeConverter<Money, Long> {
  @Override
  public Long toDatabase(Money value) {
    return value.cents();
  }

  @Override
  public Money fromDatabase(Long value) {
    return new Money(value);
  }
}
