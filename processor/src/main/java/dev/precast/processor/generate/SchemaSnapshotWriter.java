package dev.precast.processor.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.precast.Dialect;
import dev.precast.TableConstraint;
import dev.precast.TableConstraint.Kind;
import dev.precast.internal.ColumnDefinition;
import dev.precast.internal.ColumnType;
import dev.precast.internal.IndexDefinition;
import dev.precast.internal.TableDefinition;
import dev.precast.processor.dialect.SqlDialect;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.SchemaModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes {@code META-INF/precast/schema.json}: a snapshot of every table of a compilation, for
 * code review (it changes exactly where the model does) and for tools outside Java. It
 * serializes what {@link TableDefinitions#of} says each table is — the description the DDL,
 * the metamodel and the schema check read — and computes no type or name of its own.
 *
 * <pre>{@code
 * String json = new SchemaSnapshotWriter(schema).json();
 * }</pre>
 *
 * <p>The format, version 1. Every key is always present and always in this order; tables are
 * in creation order (each after the tables it references, as in the DDL scripts), columns,
 * constraints and indexes in declaration order. Pretty-printed with a two-space indent, UTF-8,
 * ending in a newline.
 *
 * <pre>
 * {
 *   "formatVersion": 1,                the version of this format; grows on incompatible change
 *   "dialects": ["H2", "POSTGRESQL"],  the dev.precast.Dialect constants, the keys of "types"
 *   "tables": [
 *     {
 *       "name": "order",               the table name as declared
 *       "sqlName": "\"order\"",         as written in SQL, quoted where needed
 *       "entity": "com.example.Order", the entity's qualified class name
 *       "columns": [
 *         {
 *           "name": "id", "sqlName": "id", "property": "id" (the Java field),
 *           "nullable": false,
 *           "types": {
 *             "H2": {
 *               "ddl": "BIGINT",          the type as the DDL writes it
 *               "catalogType": "bigint",  information_schema.columns.data_type once created
 *               "length": 0,              its character_maximum_length; 0 for none
 *               "precision": 0,           numeric_precision of a decimal column; else 0
 *               "scale": 0,               numeric_scale of a decimal column; else 0
 *               "identity": true          whether the database generates the values
 *             },
 *             "POSTGRESQL": { ... }
 *           }
 *         }
 *       ],
 *       "primaryKey": {"name", "columns", "sql"},
 *       "uniques": [{"name", "columns", "sql"}],
 *       "foreignKeys": [{"name", "columns", "referencedTable", "onDelete", "sql"}],
 *       "checks": [{"name", "columns", "sql"}],
 *       "indexes": [{"name", "columns"}]
 *     }
 *   ]
 * }
 * </pre>
 *
 * <p>{@code columns} of a constraint or index are SQL column names as declared, in key order
 * (empty for a check on the whole table); {@code sql} is what follows {@code CONSTRAINT
 * <name>} in the DDL, e.g. {@code UNIQUE (email)} or {@code CHECK (likes >= 0)}. A foreign
 * key's {@code referencedTable} is the referenced table's declared name and {@code onDelete}
 * a {@code ReferentialAction} constant ({@code NO_ACTION}, {@code CASCADE}, {@code SET_NULL},
 * {@code RESTRICT}). A table lists only the foreign keys it holds, not those of the tables
 * that reference it. {@code indexes} are the non-unique indexes the DDL creates on at least
 * one dialect: those declared with {@code @Index}, and one on each foreign key column that no
 * key or index leads with, which only dialects that do not index foreign keys themselves
 * create (PostgreSQL).
 */
public final class SchemaSnapshotWriter {
  /** The file name, under {@link SchemaWriter#SCRIPT_DIRECTORY}. */
  public static final String FILE_NAME = "schema.json";
  /** The version of the format, written as {@code formatVersion}. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final SchemaModel schema;

  /** The writer of the snapshot of {@code schema}'s tables. */
  public SchemaSnapshotWriter(SchemaModel schema) {
    this.schema = schema;
  }

  /** The snapshot as JSON text, ending in a newline. */
  public String json() {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.setPrettyPrinter(prettyPrinter());
      json.writeStartObject();
      json.writeNumberField("formatVersion", FORMAT_VERSION);
      json.writeArrayFieldStart("dialects");
      for (Dialect dialect : dialects()) {
        json.writeString(dialect.name());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("tables");
      for (EntityModel entity : schema.creationOrder()) {
        writeTable(json, TableDefinitions.of(entity, schema));
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      // A StringWriter does not fail.
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  private static void writeTable(JsonGenerator json, TableDefinition table) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", table.name());
    json.writeStringField("sqlName", table.sqlName());
    json.writeStringField("entity", table.entity());
    json.writeArrayFieldStart("columns");
    for (ColumnDefinition column : table.columns()) {
      writeColumn(json, column);
    }
    json.writeEndArray();

    // The table's own constraints: the foreign keys of tables that reference it are theirs.
    List<TableConstraint> own = table.constraints().stream()
        .filter(c -> c.table().equals(table.name()))
        .toList();
    json.writeFieldName("primaryKey");
    TableConstraint primaryKey = own.stream()
        .filter(c -> c.kind() == Kind.PRIMARY_KEY)
        .findFirst()
        .orElse(null);
    if (primaryKey == null) {
      json.writeNull();
    } else {
      writeConstraint(json, primaryKey);
    }
    writeConstraints(json, "uniques", own, Kind.UNIQUE);
    writeConstraints(json, "foreignKeys", own, Kind.FOREIGN_KEY);
    writeConstraints(json, "checks", own, Kind.CHECK);

    json.writeArrayFieldStart("indexes");
    for (IndexDefinition index : table.indexes()) {
      json.writeStartObject();
      json.writeStringField("name", index.name());
      writeStrings(json, "columns", index.columns());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeColumn(JsonGenerator json, ColumnDefinition column)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", column.name());
    json.writeStringField("sqlName", column.sqlName());
    json.writeStringField("property", column.property());
    json.writeBooleanField("nullable", column.nullable());
    json.writeObjectFieldStart("types");
    for (Dialect dialect : dialects()) {
      ColumnType type = column.types().get(dialect);
      json.writeObjectFieldStart(dialect.name());
      json.writeStringField("ddl", type.ddl());
      json.writeStringField("catalogType", type.catalogType());
      json.writeNumberField("length", type.length());
      json.writeNumberField("precision", type.precision());
      json.writeNumberField("scale", type.scale());
      json.writeBooleanField("identity", type.isIdentity());
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeConstraints(JsonGenerator json, String field,
      List<TableConstraint> constraints, Kind kind) throws IOException {
    json.writeArrayFieldStart(field);
    for (TableConstraint constraint : constraints) {
      if (constraint.kind() == kind) {
        writeConstraint(json, constraint);
      }
    }
    json.writeEndArray();
  }

  private static void writeConstraint(JsonGenerator json, TableConstraint constraint)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", constraint.name());
    writeStrings(json, "columns", constraint.columns());
    if (constraint.kind() == Kind.FOREIGN_KEY) {
      json.writeStringField("referencedTable", constraint.referencedTable());
      json.writeStringField("onDelete", constraint.onDelete().name());
    }
    json.writeStringField("sql", constraint.definition());
    json.writeEndObject();
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** The dialects in a fixed order: the processor's, whose every table has a type for each. */
  private static List<Dialect> dialects() {
    return List.of(SqlDialect.values()).stream().map(TableDefinitions::runtimeDialect).toList();
  }

  /**
   * Two-space indent, one value a line, {@code "key": value}, {@code []} and {@code {}} when
   * empty, and {@code \n} whatever the platform's line separator, so the bytes are the same on
   * every machine.
   */
  private static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
