package com.example.shop;

import dev.precast.EntityTable;
import dev.precast.Schema;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Every table of this compilation, each after the tables it references.
 *
 * <pre>{@code
 * db.createAll(PrecastSchema.INSTANCE);
 * }</pre>
 */
@Generated("dev.precast.processor.PrecastProcessor")
public final class PrecastSchema implements Schema {
  /**
   * The schema.
   */
  public static final PrecastSchema INSTANCE = new PrecastSchema();

  private static final List<EntityTable<?>> TABLES = List.of(
      User_.TABLE);

  private PrecastSchema() {
  }

  @Override
  public List<EntityTable<?>> tables() {
    return TABLES;
  }
}
