package dev.precast.processor.model;

/** How an entity's primary key gets its value on insert. */
public enum IdStrategy {
  /** A database identity column, used when the id is null (or 0 for a primitive). */
  IDENTITY,
  /** A random UUID, made by the generated repository when the id is null. */
  RANDOM_UUID,
  /** Set by the application. */
  ASSIGNED
}
