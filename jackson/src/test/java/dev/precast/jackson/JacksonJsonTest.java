package dev.precast.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.PrecastException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JacksonJsonTest {
  record Point(int x, int y) {}

  @Test
  void aRecordRoundTrips() {
    JacksonJson<Point> json = JacksonJson.of(Point.class);

    assertThat(json.toDatabase(new Point(1, 2))).isEqualTo("{\"x\":1,\"y\":2}");
    assertThat(json.fromDatabase("{\"y\": 2, \"x\": 1}")).isEqualTo(new Point(1, 2));
  }

  @Test
  void genericTypesReadTheirElementsAsDescribed() {
    JacksonJson<Map<String, List<Point>>> json = JacksonJson.of(JacksonJson.type(Map.class,
        JacksonJson.type(String.class), JacksonJson.type(List.class, JacksonJson.type(Point.class))));

    Map<String, List<Point>> value = json.fromDatabase("{\"a\": [{\"x\": 1, \"y\": 2}]}");

    assertThat(value.get("a")).containsExactly(new Point(1, 2));
    assertThat(json.toDatabase(value)).isEqualTo("{\"a\":[{\"x\":1,\"y\":2}]}");
  }

  @Test
  void unicodeAndQuotesAreEscapedAndRead() {
    JacksonJson<Map<String, Object>> json =
        JacksonJson.of(JacksonJson.type(Map.class, JacksonJson.type(String.class),
            JacksonJson.type(Object.class)));
    String text = json.toDatabase(Map.of("k", "it's \"quoted\" – ü 🎉 \\ /"));

    assertThat(json.fromDatabase(text)).containsEntry("k", "it's \"quoted\" – ü 🎉 \\ /");
  }

  @Test
  void unreadableJsonIsAPrecastExceptionNamingTheType() {
    assertThatThrownBy(() -> JacksonJson.of(Point.class).fromDatabase("{\"x\": \"no\"}"))
        .isInstanceOf(PrecastException.class)
        .hasMessageContaining("cannot read the JSON column as dev.precast.jackson.JacksonJsonTest$Point");
  }
}
