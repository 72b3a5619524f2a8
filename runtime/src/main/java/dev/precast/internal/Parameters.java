package dev.precast.internal;

import dev.precast.Dialect;
import dev.precast.PrecastException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The parameters of one prepared statement, with one setter per supported Java type. Null is
 * bound with the column's SQL type, time values without any time-zone conversion, so they
 * round-trip whatever the JVM's default zone. When the {@code dev.precast.sql} logger is at
 * TRACE, the bound values are recorded for the log.
 */
public final class Parameters {
  private final PreparedStatement statement;
  private final StringBuilder trace;
  /** The statement's database, asked the first time a value is bound its own way (JSON). */
  private Dialect dialect;
  /** Added to every index: where the current row starts in a multi-row statement. */
  private int base;

  Parameters(PreparedStatement statement, boolean traced) {
    this.statement = statement;
    this.trace = traced ? new StringBuilder() : null;
  }

  /** The bound values, {@code [1=..., 2=...]}, or an empty string when not traced. */
  String traced() {
    return trace == null ? "" : "[" + trace + "]";
  }

  /**
   * Binds the next row's values {@code base} places further on, so that a row binder, which
   * counts from 1, fills row {@code n} of a multi-row {@code INSERT ... VALUES (...), (...)}
   * when given {@code n * columns}.
   */
  void startRowAt(int base) {
    this.base = base;
  }

  /** Starts the values of the next row of a batch in the trace. */
  void nextRow() {
    if (trace != null) {
      trace.append(" | ");
    }
  }

  private void record(int index, Object value) {
    if (trace != null) {
      if (trace.length() > 0 && trace.charAt(trace.length() - 1) != ' ') {
        trace.append(", ");
      }
      trace.append(index).append('=');
      if (value instanceof String || value instanceof Enum<?>) {
        trace.append('\'').append(value).append('\'');
      } else if (value instanceof byte[] bytes) {
        trace.append("<").append(bytes.length).append(" bytes>");
      } else if (value instanceof Object[] array) {
        trace.append(Arrays.toString(array));
      } else if (value instanceof long[] array) {
        trace.append(Arrays.toString(array));
      } else {
        trace.append(value);
      }
    }
  }

  /**
   * Binds a string, or SQL NULL.
   *
   * @throws PrecastException for a string with a NUL character or an unpaired surrogate:
   *     PostgreSQL refuses the first, and pgjdbc sends the second as {@code ?}, so a finder or
   *     query condition would match other rows. Entities never get here with one: their
   *     validator rejects both.
   */
  public void setString(int index, String value) throws SQLException {
    checkText(index, value, "the string");
    record(base + index, value);
    statement.setString(base + index, value);
  }

  private void checkText(int index, String value, String what) {
    if (value != null && Checks.hasNul(value)) {
      throw new PrecastException(what + " bound to parameter " + (base + index)
          + " contains the NUL character (U+0000), which PostgreSQL cannot store or compare");
    }
    if (value != null && Checks.hasUnpairedSurrogate(value)) {
      throw new PrecastException(what + " bound to parameter " + (base + index)
          + " contains an unpaired UTF-16 surrogate, which the driver would send as '?'");
    }
  }

  /**
   * Binds JSON text to a JSON column, or SQL NULL: on PostgreSQL as an untyped value the
   * server reads as the column's {@code jsonb} (a {@code VARCHAR} parameter would be refused),
   * on H2 as UTF-8 bytes, which H2 parses as JSON (a string would be stored as one JSON string
   * holding the text).
   *
   * @throws PrecastException for text with a NUL character or an unpaired surrogate, as {@link
   *     #setString}
   */
  public void setJson(int index, String json) throws SQLException {
    checkText(index, json, "the JSON text");
    record(base + index, json);
    if (json == null) {
      statement.setNull(base + index, Types.OTHER);
    } else if (dialect() == Dialect.H2) {
      statement.setBytes(base + index, json.getBytes(StandardCharsets.UTF_8));
    } else {
      statement.setObject(base + index, json, Types.OTHER);
    }
  }

  /**
   * Binds a list of strings as a {@code text[]} (H2: {@code CHARACTER VARYING ARRAY}), or SQL
   * NULL; elements may be null.
   */
  public void setStringList(int index, List<String> values) throws SQLException {
    setStringArray(index, values == null ? null : values.toArray(new String[0]));
  }

  /** Binds strings as a {@code text[]} (H2: {@code CHARACTER VARYING ARRAY}), or SQL NULL. */
  public void setStringArray(int index, String[] values) throws SQLException {
    if (values != null) {
      for (String value : values) {
        checkText(index, value, "a string of the array");
      }
    }
    setArray(index, "text", values);
  }

  /** Binds a list of longs as a {@code bigint[]}, or SQL NULL; elements may be null. */
  public void setLongList(int index, List<Long> values) throws SQLException {
    setArray(index, "bigint", values == null ? null : values.toArray(new Long[0]));
  }

  /** Binds longs as a {@code bigint[]}, or SQL NULL. */
  public void setLongArray(int index, long[] values) throws SQLException {
    Long[] boxed = null;
    if (values != null) {
      boxed = new Long[values.length];
      for (int i = 0; i < values.length; i++) {
        boxed[i] = values[i];
      }
    }
    setArray(index, "bigint", boxed);
  }

  private void setArray(int index, String elementType, Object[] elements) throws SQLException {
    if (elements == null) {
      setNull(index, Types.ARRAY);
      return;
    }
    record(base + index, elements);
    statement.setArray(base + index,
        statement.getConnection().createArrayOf(elementType, elements));
  }

  private Dialect dialect() throws SQLException {
    if (dialect == null) {
      dialect = Dialect.of(statement.getConnection().getMetaData());
    }
    return dialect;
  }

  /** Binds a boolean. */
  public void setBoolean(int index, boolean value) throws SQLException {
    record(base + index, value);
    statement.setBoolean(base + index, value);
  }

  /** Binds a Boolean, or SQL NULL. */
  public void setBooleanOrNull(int index, Boolean value) throws SQLException {
    if (value == null) {
      setNull(index, Types.BOOLEAN);
    } else {
      setBoolean(index, value);
    }
  }

  /** Binds an int. */
  public void setInt(int index, int value) throws SQLException {
    record(base + index, value);
    statement.setInt(base + index, value);
  }

  /** Binds an Integer, or SQL NULL. */
  public void setIntOrNull(int index, Integer value) throws SQLException {
    if (value == null) {
      setNull(index, Types.INTEGER);
    } else {
      setInt(index, value);
    }
  }

  /** Binds a long. */
  public void setLong(int index, long value) throws SQLException {
    record(base + index, value);
    statement.setLong(base + index, value);
  }

  /** Binds a Long, or SQL NULL. */
  public void setLongOrNull(int index, Long value) throws SQLException {
    if (value == null) {
      setNull(index, Types.BIGINT);
    } else {
      setLong(index, value);
    }
  }

  /** Binds a short. */
  public void setShort(int index, short value) throws SQLException {
    record(base + index, value);
    statement.setShort(base + index, value);
  }

  /** Binds a Short, or SQL NULL. */
  public void setShortOrNull(int index, Short value) throws SQLException {
    if (value == null) {
      setNull(index, Types.SMALLINT);
    } else {
      setShort(index, value);
    }
  }

  /** Binds a double. */
  public void setDouble(int index, double value) throws SQLException {
    record(base + index, value);
    statement.setDouble(base + index, value);
  }

  /** Binds a Double, or SQL NULL. */
  public void setDoubleOrNull(int index, Double value) throws SQLException {
    if (value == null) {
      setNull(index, Types.DOUBLE);
    } else {
      setDouble(index, value);
    }
  }

  /** Binds a float. */
  public void setFloat(int index, float value) throws SQLException {
    record(base + index, value);
    statement.setFloat(base + index, value);
  }

  /** Binds a Float, or SQL NULL. */
  public void setFloatOrNull(int index, Float value) throws SQLException {
    if (value == null) {
      setNull(index, Types.REAL);
    } else {
      setFloat(index, value);
    }
  }

  /** Binds a BigDecimal, or SQL NULL. */
  public void setBigDecimal(int index, BigDecimal value) throws SQLException {
    record(base + index, value);
    statement.setBigDecimal(base + index, value);
  }

  /** Binds bytes, or SQL NULL. */
  public void setBytes(int index, byte[] value) throws SQLException {
    record(base + index, value);
    statement.setBytes(base + index, value);
  }

  /** Binds a UUID, or SQL NULL. */
  public void setUuid(int index, UUID value) throws SQLException {
    setObject(index, value, Types.OTHER);
  }

  /** Binds a date, or SQL NULL. */
  public void setLocalDate(int index, LocalDate value) throws SQLException {
    setObject(index, value, Types.DATE);
  }

  /** Binds a time of day, or SQL NULL. */
  public void setLocalTime(int index, LocalTime value) throws SQLException {
    setObject(index, value, Types.TIME);
  }

  /** Binds a date and time without zone, or SQL NULL. */
  public void setLocalDateTime(int index, LocalDateTime value) throws SQLException {
    setObject(index, value, Types.TIMESTAMP);
  }

  /** Binds an instant as a timestamp with time zone (at UTC), or SQL NULL. */
  public void setInstant(int index, Instant value) throws SQLException {
    setOffsetDateTime(index, value == null ? null : value.atOffset(ZoneOffset.UTC));
  }

  /** Binds a timestamp with time zone, or SQL NULL. */
  public void setOffsetDateTime(int index, OffsetDateTime value) throws SQLException {
    setObject(index, value, Types.TIMESTAMP_WITH_TIMEZONE);
  }

  /** Binds an enum constant by its name, or SQL NULL. */
  public void setEnum(int index, Enum<?> value) throws SQLException {
    record(base + index, value);
    statement.setString(base + index, value == null ? null : value.name());
  }

  private void setObject(int index, Object value, int sqlTypeOfNull) throws SQLException {
    if (value == null) {
      setNull(index, sqlTypeOfNull);
    } else {
      record(base + index, value);
      statement.setObject(base + index, value);
    }
  }

  private void setNull(int index, int sqlType) throws SQLException {
    record(base + index, null);
    statement.setNull(base + index, sqlType);
  }
}
