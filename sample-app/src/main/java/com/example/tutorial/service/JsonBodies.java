package com.example.tutorial.service;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads request bodies into records with Jackson, strictly: an unknown field, a value of the
 * wrong type (a number where a string belongs, {@code "1"} or {@code 1.5} where a whole number
 * does), a duplicate field or anything after the object is a 400 that names the field, in the
 * API's words rather than Jackson's (which would name Java classes).
 *
 * <pre>{@code
 * NewUser input = bodies.read(ctx, NewUser.class);
 * }</pre>
 */
final class JsonBodies {
  private final ObjectMapper mapper;

  JsonBodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The service's mapper: strict when reading, as described above. */
  static ObjectMapper strictMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    // Jackson turns 42 or true into "42" or "true" for a String unless told not to.
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  /**
   * The body as a {@code type}.
   *
   * @throws ApiException 415 when the body is not declared JSON, 400 when it is no JSON
   *     object of that shape
   * @throws io.javalin.http.HttpResponseException 413 when it is larger than the limit
   */
  <T> T read(Context ctx, Class<T> type) {
    String contentType = ctx.contentType();
    if (!isJson(contentType)) {
      throw ApiException.unsupportedMediaType("send the body as application/json"
          + (contentType == null ? "" : ", not " + contentType));
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ApiException.malformedBody("the body is empty; send a JSON object");
    }
    T value;
    try (JsonParser parser = mapper.createParser(body)) {
      value = mapper.readValue(parser, type);
      if (parser.nextToken() != null) {
        throw ApiException.malformedBody("the body must be one JSON value, with nothing after it");
      }
    } catch (UnrecognizedPropertyException e) {
      throw ApiException.malformedBody("unknown field \"" + e.getPropertyName()
          + "\"; the fields are " + e.getKnownPropertyIds().stream()
              .map(id -> "\"" + id + "\"").sorted().collect(Collectors.joining(", ")));
    } catch (MismatchedInputException e) {
      String field = path(e);
      throw ApiException.malformedBody(field.isEmpty()
          ? "the body must be a JSON object"
          : "field \"" + field + "\" must be " + describe(e.getTargetType()));
    } catch (StreamReadException e) {
      JsonLocation at = e.getLocation();
      throw ApiException.malformedBody("the body is not valid JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw ApiException.malformedBody("the body cannot be read as JSON");
    }
    if (value == null) {
      throw ApiException.malformedBody("the body must be a JSON object, not null");
    }
    return value;
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
      return "a whole number";
    }
    return "a " + type.getSimpleName();
  }
}
