package dev.precast.internal;

import dev.precast.PrecastException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads column values whose JDBC getter needs help: nullable primitives, java.time values
 * (read without time-zone conversion), enums, JSON and arrays. Generated row mappers call these
 * by index.
 */
public final class Rows {
  private Rows() {}

  /** An Integer, or null for SQL NULL. */
  public static Integer getIntOrNull(ResultSet row, int index) throws SQLException {
    int value = row.getInt(index);
    return row.wasNull() ? null : value;
  }

  /** A Long, or null for SQL NULL. */
  public static Long getLongOrNull(ResultSet row, int index) throws SQLException {
    long value = row.getLong(index);
    return row.wasNull() ? null : value;
  }

  /** A Short, or null for SQL NULL. */
  public static Short getShortOrNull(ResultSet row, int index) throws SQLException {
    short value = row.getShort(index);
    return row.wasNull() ? null : value;
  }

  /** A Double, or null for SQL NULL. */
  public static Double getDoubleOrNull(ResultSet row, int index) throws SQLException {
    double value = row.getDouble(index);
    return row.wasNull() ? null : value;
  }

  /** A Float, or null for SQL NULL. */
  public static Float getFloatOrNull(ResultSet row, int index) throws SQLException {
    float value = row.getFloat(index);
    return row.wasNull() ? null : value;
  }

  /** A Boolean, or null for SQL NULL. */
  public static Boolean getBooleanOrNull(ResultSet row, int index) throws SQLException {
    boolean value = row.getBoolean(index);
    return row.wasNull() ? null : value;
  }

  /** A UUID, or null. */
  public static UUID getUuid(ResultSet row, int index) throws SQLException {
    return row.getObject(index, UUID.class);
  }

  /** A date, or null. */
  public static LocalDate getLocalDate(ResultSet row, int index) throws SQLException {
    return row.getObject(index, LocalDate.class);
  }

  /** A time of day, or null. */
  public static LocalTime getLocalTime(ResultSet row, int index) throws SQLException {
    return row.getObject(index, LocalTime.class);
  }

  /** A date and time without zone, or null. */
  public static LocalDateTime getLocalDateTime(ResultSet row, int index) throws SQLException {
    return row.getObject(index, LocalDateTime.class);
  }

  /** The instant of a timestamp with time zone, or null. */
  public static Instant getInstant(ResultSet row, int index) throws SQLException {
    OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /**
   * A timestamp with time zone at UTC, or null. PostgreSQL keeps the instant but not the
   * offset, so Precast returns every dialect's value at UTC: the same instant, the same
   * {@code equals} on every database.
   */
  public static OffsetDateTime getOffsetDateTime(ResultSet row, int index) throws SQLException {
    OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
    return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The enum constant named by the column, or null. */
  public static <E extends Enum<E>> E getEnum(
      ResultSet row, int index, Function<String, E> valueOf, String enumName)
      throws SQLException {
    String name = row.getString(index);
    if (name == null) {
      return null;
    }
    try {
      return valueOf.apply(name);
    } catch (IllegalArgumentException e) {
      throw new PrecastException("column " + row.getMetaData().getColumnName(index)
          + " holds \"" + name + "\", which is no constant of " + enumName, e);
    }
  }

  /** The JSON text of a JSON column, or null. */
  public static String getJson(ResultSet row, int index) throws SQLException {
    return row.getString(index);
  }

  /** The strings of a {@code text[]} column as an unmodifiable list (null elements kept), or null. */
  public static List<String> getStringList(ResultSet row, int index) throws SQLException {
    String[] values = getStringArray(row, index);
    return values == null ? null : Collections.unmodifiableList(Arrays.asList(values));
  }

  /** The strings of a {@code text[]} column, or null. */
  public static String[] getStringArray(ResultSet row, int index) throws SQLException {
    Object[] elements = elements(row, index);
    if (elements == null) {
      return null;
    }
    String[] values = new String[elements.length];
    for (int i = 0; i < elements.length; i++) {
      values[i] = elements[i] == null ? null : elements[i].toString();
    }
    return values;
  }

  /** The numbers of a {@code bigint[]} column as an unmodifiable list (nulls kept), or null. */
  public static List<Long> getLongList(ResultSet row, int index) throws SQLException {
    Object[] elements = elements(row, index);
    if (elements == null) {
      return null;
    }
    Long[] values = new Long[elements.length];
    for (int i = 0; i < elements.length; i++) {
      values[i] = elements[i] == null ? null : ((Number) elements[i]).longValue();
    }
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  /**
   * The numbers of a {@code bigint[]} column, or null.
   *
   * @throws PrecastException when an element is NULL, which a {@code long[]} cannot hold
   */
  public static long[] getLongArray(ResultSet row, int index) throws SQLException {
    Object[] elements = elements(row, index);
    if (elements == null) {
      return null;
    }
    long[] values = new long[elements.length];
    for (int i = 0; i < elements.length; i++) {
      if (elements[i] == null) {
        throw new PrecastException("column " + row.getMetaData().getColumnName(index)
            + " holds an array with a NULL at position " + (i + 1) + ", which a long[] cannot"
            + " hold; map it to a List<Long>");
      }
      values[i] = ((Number) elements[i]).longValue();
    }
    return values;
  }

  private static Object[] elements(ResultSet row, int index) throws SQLException {
    Array array = row.getArray(index);
    if (array == null) {
      return null;
    }
    try {
      return (Object[]) array.getArray();
    } finally {
      array.free();
    }
  }
}
