package dev.precast.processor.model;

/**
 * How generated code reads or writes one property of an entity.
 *
 * @param kind the mechanism
 * @param name the method or field name
 */
public record Access(Kind kind, String name) {
  /** The mechanisms. */
  public enum Kind {
    /** A no-argument method: a JavaBeans getter or a record accessor. */
    METHOD,
    /** A JavaBeans setter. */
    SETTER,
    /** Direct access to a non-private field. */
    FIELD,
    /** A parameter of a record's canonical constructor. */
    CONSTRUCTOR
  }
}
