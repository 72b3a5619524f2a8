package dev.precast.processor.model;

import java.math.BigDecimal;
import javax.lang.model.element.AnnotationMirror;

/**
 * A validation rule of one property, read from a Jakarta Validation annotation or from
 * {@code @Column}.
 *
 * @param kind which rule
 * @param annotation where it was declared, for diagnostics; null for rules implied by {@code @Column}
 * @param annotationName the simple name of the annotation, e.g. {@code Size}
 * @param min the lower bound, for SIZE and MIN
 * @param max the upper bound, for SIZE and MAX
 * @param regexp the pattern, for PATTERN
 * @param flags the {@link java.util.regex.Pattern} flags, for PATTERN
 * @param message the annotation's own message, or null to use Precast's
 * @param value the bound as written, e.g. {@code "0.01"}, for DECIMAL_MIN and DECIMAL_MAX
 * @param inclusive whether the bound itself passes, for DECIMAL_MIN and DECIMAL_MAX
 * @param integer the most digits before the point, for DIGITS
 * @param fraction the most digits after the point, for DIGITS
 */
public record Rule(
    Kind kind,
    AnnotationMirror annotation,
    String annotationName,
    long min,
    long max,
    String regexp,
    int flags,
    String message,
    String value,
    boolean inclusive,
    int integer,
    int fraction) {

  /** The rules Precast can check. */
  public enum Kind {
    NOT_NULL,
    NOT_BLANK,
    NOT_EMPTY,
    SIZE,
    MIN,
    MAX,
    EMAIL,
    PATTERN,
    DECIMAL_MIN,
    DECIMAL_MAX,
    POSITIVE,
    POSITIVE_OR_ZERO,
    NEGATIVE,
    NEGATIVE_OR_ZERO,
    DIGITS,
    PAST,
    PAST_OR_PRESENT,
    FUTURE,
    FUTURE_OR_PRESENT,
    ASSERT_TRUE,
    ASSERT_FALSE,
    /** A Jakarta constraint Precast does not implement: a compile error, never ignored. */
    UNSUPPORTED
  }

  /**
   * A lower or upper bound on a number: what {@code @Min}, {@code @Max}, {@code @DecimalMin},
   * {@code @DecimalMax}, {@code @Positive} and the like each state.
   *
   * @param lower whether values must be above it (else below)
   * @param value the bound
   * @param inclusive whether the bound itself passes
   */
  public record Bound(boolean lower, BigDecimal value, boolean inclusive) {}

  /** A rule without the attributes of {@code @DecimalMin}, {@code @DecimalMax}, {@code @Digits}. */
  public Rule(Kind kind, AnnotationMirror annotation, String annotationName, long min, long max,
      String regexp, int flags, String message) {
    this(kind, annotation, annotationName, min, max, regexp, flags, message, null, true, 0, 0);
  }

  /** Whether this rule rejects null. */
  public boolean rejectsNull() {
    return kind == Kind.NOT_NULL || kind == Kind.NOT_BLANK || kind == Kind.NOT_EMPTY;
  }

  /**
   * The numeric bound this rule states; null for rules that are no bound, and for a
   * {@code @DecimalMin}/{@code @DecimalMax} whose value is not a number (a compile error).
   */
  public Bound bound() {
    return switch (kind) {
      case MIN -> new Bound(true, BigDecimal.valueOf(min), true);
      case MAX -> new Bound(false, BigDecimal.valueOf(max), true);
      case POSITIVE -> new Bound(true, BigDecimal.ZERO, false);
      case POSITIVE_OR_ZERO -> new Bound(true, BigDecimal.ZERO, true);
      case NEGATIVE -> new Bound(false, BigDecimal.ZERO, false);
      case NEGATIVE_OR_ZERO -> new Bound(false, BigDecimal.ZERO, true);
      case DECIMAL_MIN, DECIMAL_MAX -> {
        BigDecimal decimal = decimalValue();
        yield decimal == null ? null : new Bound(kind == Kind.DECIMAL_MIN, decimal, inclusive);
      }
      default -> null;
    };
  }

  /** {@link #value()} as a number, as {@code BigDecimal} reads it; null when it is none. */
  public BigDecimal decimalValue() {
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
