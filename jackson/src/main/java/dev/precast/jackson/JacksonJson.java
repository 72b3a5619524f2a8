package dev.precast.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.precast.PrecastException;
import dev.precast.TypeConverter;

/**
 * Writes a {@link dev.precast.annotations.Json @Json} field as JSON text and reads it back,
 * with Jackson. The processor creates one for every {@code @Json} field that is no {@code
 * String} and names no converter, with the field's full type, generic arguments included:
 *
 * <pre>{@code
 * @Json List<LineItem> items;   // Order_.ITEMS_JSON = JacksonJson.of(JacksonJson.type(List.class, ...))
 * }</pre>
 *
 * <p>That one uses a plain {@link JsonMapper}: records, beans, collections, maps and the JSON
 * types themselves; no module is registered. For your own mapper (Java time, naming strategy,
 * unknown properties), subclass this with a public no-argument constructor and name it:
 *
 * <pre>{@code
 * public final class AuditJson extends JacksonJson<Audit> {
 *   public AuditJson() { super(Mappers.AUDIT, Audit.class); }
 * }
 * @Json @Convert(AuditJson.class) Audit audit;
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads, as Jackson's readers and
 * writers are. Precast's own code here makes no reflective call; Jackson, which reads and
 * writes the objects, does.
 *
 * @param <T> the field's type
 */
public class JacksonJson<T> implements TypeConverter<T, String> {
  private static final ObjectMapper DEFAULT_MAPPER = JsonMapper.builder().build();

  private final JavaType type;
  private final ObjectReader reader;
  private final ObjectWriter writer;

  /** Converts values of {@code type}, described with {@link #type}, through {@code mapper}. */
  public JacksonJson(ObjectMapper mapper, JavaType type) {
    this.type = type;
    this.reader = mapper.readerFor(type);
    this.writer = mapper.writerFor(type);
  }

  /** Converts values of the non-generic {@code type} through {@code mapper}. */
  public JacksonJson(ObjectMapper mapper, Class<T> type) {
    this(mapper, mapper.getTypeFactory().constructParametricType(type, new JavaType[0]));
  }

  /** A converter of the non-generic {@code type} with the default mapper. */
  public static <T> JacksonJson<T> of(Class<T> type) {
    return new JacksonJson<>(DEFAULT_MAPPER, type);
  }

  /**
   * A converter of {@code type} with the default mapper; {@code T} must be the type {@code
   * type} describes.
   */
  public static <T> JacksonJson<T> of(JavaType type) {
    return new JacksonJson<>(DEFAULT_MAPPER, type);
  }

  /** The type {@code raw<arguments...>}, e.g. {@code type(Map.class, type(String.class), ...)}. */
  public static JavaType type(Class<?> raw, JavaType... arguments) {
    return TypeFactory.defaultInstance().constructParametricType(raw, arguments);
  }

  @Override
  public String toDatabase(T value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new PrecastException("cannot write " + type.toCanonical() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  @Override
  public T fromDatabase(String json) {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new PrecastException("cannot read the JSON column as " + type.toCanonical() + ": "
          + e.getOriginalMessage(), e);
    }
  }
}
