package dev.precast.processor.model;

/** How an entity is built. */
public enum Style {
  /** A record: values go through the canonical constructor. */
  RECORD,
  /** A class with a no-argument constructor: values go through setters or fields. */
  CLASS
}
