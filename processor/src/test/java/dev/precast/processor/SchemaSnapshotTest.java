package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code META-INF/precast/schema.json}, read back as JSON: what it says of a quoted table, a
 * composite unique constraint, a cascading foreign key, an index, checks and types that
 * differ by dialect, and that it is the same bytes every time.
 */
class SchemaSnapshotTest {
  private static final String SNAPSHOT = "META-INF/precast/schema.json";

  private static final JavaFileObject ORDER = source("com.example.shop.Order", """
      package com.example.shop;

      import dev.precast.annotations.*;

      @Table(name = "order")
      public class Order {
        @Id public Long id;
        public String note;
        @Column(length = 40) public String customer;
      }
      """);

  private static final JavaFileObject ORDER_LINE = source("com.example.shop.OrderLine", """
      package com.example.shop;

      import dev.precast.annotations.*;

      @Table
      @Unique(columns = {"order_id", "sku"})
      @Check("quantity <= 1000")
      public class OrderLine {
        @Id public Long id;
        @References(value = Order.class, onDelete = ReferentialAction.CASCADE) public Long orderId;
        @Index @Column(length = 20, nullable = false) public String sku;
        @Check("quantity > 0") public int quantity;
      }
      """);

  @Test
  void tablesAreInCreationOrderAfterTheFormatVersionAndDialects() throws IOException {
    JsonNode snapshot = snapshot(ORDER_LINE, ORDER);

    assertThat(fieldNames(snapshot)).containsExactly("formatVersion", "dialects", "tables");
    assertThat(snapshot.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(texts(snapshot.get("dialects"))).containsExactly("H2", "POSTGRESQL");
    // The referenced table first, whatever the order of the sources or the names.
    assertThat(snapshot.get("tables").findValuesAsText("entity"))
        .containsExactly("com.example.shop.Order", "com.example.shop.OrderLine");
  }

  @Test
  void aReservedWordTableKeepsItsNameAndIsQuotedInSql() throws IOException {
    JsonNode order = table(snapshot(ORDER, ORDER_LINE), "order");

    assertThat(fieldNames(order)).containsExactly("name", "sqlName", "entity", "columns",
        "primaryKey", "uniques", "foreignKeys", "checks", "indexes");
    assertThat(order.get("sqlName").asText()).isEqualTo("\"order\"");
    assertThat(order.get("primaryKey").get("name").asText()).isEqualTo("pk_order");
    assertThat(texts(order.get("primaryKey").get("columns"))).containsExactly("id");
    JsonNode id = order.get("columns").get(0);
    assertThat(id.get("nullable").asBoolean()).isFalse();
    assertThat(id.get("types").get("H2").get("identity").asBoolean()).isTrue();
    assertThat(id.get("types").get("POSTGRESQL").get("identity").asBoolean()).isTrue();
    // The foreign key of order_line that references it belongs to order_line alone.
    assertThat(order.get("foreignKeys")).isEmpty();
  }

  @Test
  void columnsListTheirTypeForEachDialectInDeclarationOrder() throws IOException {
    JsonNode order = table(snapshot(ORDER, ORDER_LINE), "order");

    assertThat(order.get("columns").findValuesAsText("name"))
        .containsExactly("id", "note", "customer");
    JsonNode note = column(order, "note");
    assertThat(note.get("nullable").asBoolean()).isTrue();
    assertThat(fieldNames(note.get("types"))).containsExactly("H2", "POSTGRESQL");
    assertThat(note.get("types").get("H2").get("ddl").asText()).isEqualTo("VARCHAR");
    assertThat(note.get("types").get("POSTGRESQL").get("ddl").asText()).isEqualTo("TEXT");
    assertThat(note.get("types").get("POSTGRESQL").get("catalogType").asText())
        .isEqualTo("text");
    JsonNode customer = column(order, "customer").get("types").get("POSTGRESQL");
    assertThat(fieldNames(customer)).containsExactly(
        "ddl", "catalogType", "length", "precision", "scale", "identity");
    assertThat(customer.get("ddl").asText()).isEqualTo("VARCHAR(40)");
    assertThat(customer.get("length").asInt()).isEqualTo(40);
    assertThat(customer.get("identity").asBoolean()).isFalse();
  }

  @Test
  void constraintsAndIndexesCarryTheirNamesColumnsAndSql() throws IOException {
    JsonNode line = table(snapshot(ORDER, ORDER_LINE), "order_line");

    assertThat(column(line, "sku").get("nullable").asBoolean()).isFalse();
    JsonNode unique = line.get("uniques").get(0);
    assertThat(line.get("uniques")).hasSize(1);
    assertThat(unique.get("name").asText()).isEqualTo("uq_order_line_order_id_sku");
    assertThat(texts(unique.get("columns"))).containsExactly("order_id", "sku");
    assertThat(unique.get("sql").asText()).isEqualTo("UNIQUE (order_id, sku)");

    assertThat(line.get("foreignKeys")).hasSize(1);
    JsonNode foreignKey = line.get("foreignKeys").get(0);
    assertThat(fieldNames(foreignKey))
        .containsExactly("name", "columns", "referencedTable", "onDelete", "sql");
    assertThat(foreignKey.get("name").asText()).isEqualTo("fk_order_line_order_id");
    assertThat(texts(foreignKey.get("columns"))).containsExactly("order_id");
    assertThat(foreignKey.get("referencedTable").asText()).isEqualTo("order");
    assertThat(foreignKey.get("onDelete").asText()).isEqualTo("CASCADE");
    assertThat(foreignKey.get("sql").asText())
        .isEqualTo("FOREIGN KEY (order_id) REFERENCES \"order\" (id) ON DELETE CASCADE");

    assertThat(line.get("checks").findValuesAsText("name"))
        .containsExactly("ck_order_line_quantity", "ck_order_line_1");
    JsonNode tableCheck = line.get("checks").get(1);
    assertThat(tableCheck.get("columns")).isEmpty();
    assertThat(tableCheck.get("sql").asText()).isEqualTo("CHECK (quantity <= 1000)");
    // A field's @Check is parenthesized, as it may be joined to the rules' checks with AND.
    assertThat(line.get("checks").get(0).get("sql").asText())
        .isEqualTo("CHECK ((quantity > 0))");

    // The declared index, then none for order_id: the composite unique leads with it.
    assertThat(line.get("indexes")).hasSize(1);
    assertThat(line.get("indexes").get(0).get("name").asText()).isEqualTo("ix_order_line_sku");
    assertThat(texts(line.get("indexes").get(0).get("columns"))).containsExactly("sku");
  }

  @Test
  void twoCompilationsWriteTheSameBytesEndingInANewline() throws IOException {
    byte[] first = snapshotBytes(compile(ORDER, ORDER_LINE));
    byte[] second = snapshotBytes(compile(ORDER, ORDER_LINE));
    byte[] reversed = snapshotBytes(compile(ORDER_LINE, ORDER));

    assertThat(second).isEqualTo(first);
    assertThat(reversed).isEqualTo(first);
    assertThat(new String(first, StandardCharsets.UTF_8))
        .startsWith("{\n  \"formatVersion\": 1,\n")
        .endsWith("\n}\n")
        .doesNotContain("\r");
  }

  private static JsonNode snapshot(JavaFileObject... sources) throws IOException {
    return new ObjectMapper().readTree(snapshotBytes(compile(sources)));
  }

  private static byte[] snapshotBytes(Compilation compilation) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SNAPSHOT)
        .orElseThrow(() -> new AssertionError(SNAPSHOT + " was not generated"));
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    }
  }

  private static JsonNode table(JsonNode snapshot, String name) {
    for (JsonNode table : snapshot.get("tables")) {
      if (table.get("name").asText().equals(name)) {
        return table;
      }
    }
    throw new AssertionError("no table " + name + " in " + snapshot);
  }

  private static JsonNode column(JsonNode table, String name) {
    for (JsonNode column : table.get("columns")) {
      if (column.get("name").asText().equals(name)) {
        return column;
      }
    }
    throw new AssertionError("no column " + name + " in " + table);
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
