package dev.precast.processor.diag;

/** How much a diagnostic weighs: an error stops generation, a warning does not. */
public enum Severity {
  /** The model cannot be generated as written; the compilation fails. */
  ERROR,
  /**
   * The model can be generated but is slow, fragile or probably not what was meant; code is
   * generated, and {@code @SuppressWarnings("precast")} on the element or an enclosing one
   * silences it.
   */
  WARNING
}
