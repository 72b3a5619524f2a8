package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precast.EntityTable;
import dev.precast.it.entities.PrecastSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build's {@code META-INF/precast/schema.json}, as a tool would find it on the class path:
 * it is there, and it describes the tables {@code PrecastSchema} creates, in the same order.
 */
class SchemaSnapshotTest {
  private static final String SNAPSHOT = "META-INF/precast/schema.json";

  @Test
  void theSnapshotIsOnTheClassPathWithEveryTableInCreationOrder() throws IOException {
    JsonNode snapshot = snapshot();

    assertThat(snapshot.get("formatVersion").asInt()).isEqualTo(1);
    List<String> names = new ArrayList<>();
    snapshot.get("tables").forEach(table -> names.add(table.get("name").asText()));
    assertThat(names).containsExactlyElementsOf(
        PrecastSchema.INSTANCE.tables().stream().map(EntityTable::name).toList());
  }

  @Test
  void theSnapshotDescribesTableOrderAndTheForeignKeysOfArticle() throws IOException {
    JsonNode snapshot = snapshot();

    JsonNode order = table(snapshot, "order");
    assertThat(order.get("sqlName").asText()).isEqualTo("\"order\"");
    assertThat(order.get("entity").asText()).isEqualTo("dev.precast.it.entities.Order");
    assertThat(order.get("columns").findValuesAsText("name"))
        .containsExactly("id", "select", "from", "user", "lineCount");

    JsonNode article = table(snapshot, "article");
    List<String> onDelete = new ArrayList<>();
    article.get("foreignKeys").forEach(fk -> onDelete.add(fk.get("referencedTable").asText()
        + " " + fk.get("onDelete").asText()));
    assertThat(onDelete).containsExactly("author CASCADE", "author SET_NULL");
    // Article's keys are its own, not its author's.
    assertThat(table(snapshot, "author").get("foreignKeys")).isEmpty();
  }

  private static JsonNode snapshot() throws IOException {
    try (InputStream in = SchemaSnapshotTest.class.getClassLoader()
        .getResourceAsStream(SNAPSHOT)) {
      assertThat(in).as("%s on the class path", SNAPSHOT).isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }

  private static JsonNode table(JsonNode snapshot, String name) {
    for (JsonNode table : snapshot.get("tables")) {
      if (table.get("name").asText().equals(name)) {
        return table;
      }
    }
    throw new AssertionError("no table " + name + " in " + SNAPSHOT);
  }
}
