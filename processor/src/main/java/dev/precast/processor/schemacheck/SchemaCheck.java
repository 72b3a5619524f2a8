package dev.precast.processor.schemacheck;

import dev.precast.internal.TableDefinition;
import dev.precast.processor.diag.Diagnostic;
import dev.precast.processor.generate.TableDefinitions;
import dev.precast.processor.jdbc.Drivers;
import dev.precast.processor.model.EntityModel;
import dev.precast.processor.model.SchemaModel;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * The build-time schema check: once every entity of the compilation is known, compares their
 * tables with Flyway migrations ({@code -Aprecast.migrations=<dir>}) and with a live database
 * ({@code -Aprecast.schemaCheck.url=<jdbc url>}), reporting each difference as a diagnostic on
 * the entity or field concerned. It is a check stage, not a generator: it writes nothing, and
 * code is generated whatever it finds (the differences are the database's, not the Java's; not
 * generating would add a "cannot find symbol" for every use of a repository to the real
 * error). It never throws.
 *
 * <pre>{@code
 * new SchemaCheck(messager, elements, processingEnv.getOptions()).run(entities, schema);
 * }</pre>
 */
public final class SchemaCheck {
  private final Messager messager;
  private final Elements elements;
  private final SchemaCheckOptions options;

  /** A check configured by javac's {@code -A} options, reporting on this round's elements. */
  public SchemaCheck(Messager messager, Elements elements, Map<String, String> options) {
    this.messager = messager;
    this.elements = elements;
    this.options = SchemaCheckOptions.read(options);
  }

  /** Runs the checks the options ask for; nothing when they ask for none. */
  public void run(List<EntityModel> entities, SchemaModel schema) {
    if (options.invalidRequired() != null) {
      messager.printMessage(Kind.ERROR, Diagnostic.INVALID_OPTION.format(
          SchemaCheckOptions.REQUIRED, options.invalidRequired(), "expected true or false"));
    }
    if (!options.any()) {
      return;
    }
    Reporter reporter = new Reporter(messager, elements, entities);
    try {
      List<TableDefinition> tables = entities.stream()
          .map(entity -> TableDefinitions.of(entity, schema))
          .toList();
      Drivers.run(() -> {
        if (options.migrations() != null) {
          MigrationsCheck.run(options.migrations(), tables, reporter);
        }
        if (options.url() != null) {
          DatabaseCheck.run(options.url(), options.required(), tables, reporter);
        }
      });
    } catch (RuntimeException | LinkageError e) {
      // LinkageError: H2 or pgjdbc missing from, or clashing on, the processor path.
      messager.printMessage(Kind.ERROR, Diagnostic.INTERNAL_ERROR.format("the schema check", e));
    }
  }
}
