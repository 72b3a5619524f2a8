package dev.precast.it.entities.money;

import dev.precast.TypeConverter;
import java.util.Arrays;

/** {@link Tags} as {@code a,b,c}; registered for every {@code Tags} field in package-info. */
public final class TagsConverter implements TypeConverter<Tags, String> {
  @Override
  public String toDatabase(Tags value) {
    return String.join(",", value.values());
  }

  @Override
  public Tags fromDatabase(String value) {
    return new Tags(value.isEmpty() ? java.util.List.of() : Arrays.asList(value.split(",")));
  }
}
