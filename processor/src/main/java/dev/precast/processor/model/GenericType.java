package dev.precast.processor.model;

import java.util.List;

/**
 * A declared Java type with its type arguments, e.g. {@code Map<String, List<LineItem>>}: what
 * generated code needs to name a generic field's type and to tell a JSON library what to read.
 *
 * @param raw the class or interface
 * @param arguments its type arguments, each a declared type itself; empty when it has none
 */
public record GenericType(TypeRef raw, List<GenericType> arguments) {
  /** Copies the arguments. */
  public GenericType {
    arguments = List.copyOf(arguments);
  }
}
