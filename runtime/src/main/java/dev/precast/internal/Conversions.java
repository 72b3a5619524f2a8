package dev.precast.internal;

import dev.precast.TypeConverter;

/** Runs converters for generated code: NULL stays null both ways, so converters never see it. */
public final class Conversions {
  private Conversions() {}

  /** The column value of {@code value}, or null. */
  public static <J, D> D toDatabase(TypeConverter<J, D> converter, J value) {
    return value == null ? null : converter.toDatabase(value);
  }

  /** The field value of the column value {@code value}, or null. */
  public static <J, D> J fromDatabase(TypeConverter<J, D> converter, D value) {
    return value == null ? null : converter.fromDatabase(value);
  }
}
