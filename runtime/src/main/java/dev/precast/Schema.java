package dev.precast;

import java.util.List;

/**
 * The tables of one compilation, generated as {@code PrecastSchema.INSTANCE}.
 *
 * <pre>{@code
 * db.createAll(PrecastSchema.INSTANCE);
 * }</pre>
 */
public interface Schema {
  /** Every table, in the order they can be created. */
  List<EntityTable<?>> tables();
}
