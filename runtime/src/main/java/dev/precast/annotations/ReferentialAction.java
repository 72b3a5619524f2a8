package dev.precast.annotations;

/** What the database does to referencing rows when the referenced row is deleted. */
public enum ReferentialAction {
  /** The delete fails while rows still reference it (checked at the end of the statement). */
  NO_ACTION,
  /** Referencing rows are deleted too. */
  CASCADE,
  /** Referencing rows get NULL in the reference; the field must be nullable. */
  SET_NULL,
  /** The delete fails while rows still reference it (checked at once). */
  RESTRICT
}
