package dev.precast.processor;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;

/** A one-row {@link ResultSet} over fixed values, for running generated mappers. */
final class FakeRow {
  private FakeRow() {}

  /** A result set whose column {@code i} (from 1) holds {@code values[i - 1]}; null is SQL NULL. */
  static ResultSet of(Object... values) {
    Object[] last = new Object[1];
    return (ResultSet) Proxy.newProxyInstance(FakeRow.class.getClassLoader(),
        new Class<?>[] {ResultSet.class}, (proxy, method, arguments) -> {
          String name = method.getName();
          if (name.equals("wasNull")) {
            return last[0] == null;
          }
          if (!name.startsWith("get") || arguments == null
              || !(arguments[0] instanceof Integer index)) {
            throw new UnsupportedOperationException(name);
          }
          Object value = values[index - 1];
          last[0] = value;
          return switch (name) {
            case "getString", "getBytes", "getBigDecimal" -> value;
            case "getObject" -> ((Class<?>) arguments[1]).cast(value);
            case "getBoolean" -> value != null && (Boolean) value;
            case "getInt" -> value == null ? 0 : ((Number) value).intValue();
            case "getLong" -> value == null ? 0L : ((Number) value).longValue();
            case "getShort" -> value == null ? (short) 0 : ((Number) value).shortValue();
            case "getDouble" -> value == null ? 0.0 : ((Number) value).doubleValue();
            case "getFloat" -> value == null ? 0.0f : ((Number) value).floatValue();
            default -> throw new UnsupportedOperationException(name);
          };
        });
  }
}
