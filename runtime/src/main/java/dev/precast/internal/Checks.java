package dev.precast.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The rules of generated validators that take more than one expression to state, and the
 * limits of what every supported database stores as written.
 *
 * <p>The limits are the intersection of H2's and PostgreSQL's (with pgjdbc), so that a value
 * the validator accepts is stored, and read back, unchanged on both; generated validators
 * check every property of the affected types, whatever its rules:
 *
 * <ul>
 *   <li>Text must hold no NUL character (PostgreSQL's text cannot; H2 would store it) and no
 *       unpaired UTF-16 surrogate (pgjdbc sends each as {@code ?} without a word; H2 would
 *       store it).
 *   <li>An unbounded {@code BigDecimal} (PostgreSQL's {@code NUMERIC}, H2's {@code DECFLOAT})
 *       has at most {@value #NUMERIC_INTEGER_DIGITS} digits before the point and
 *       {@value #NUMERIC_FRACTION_DIGITS} after it, as written. PostgreSQL refuses more than
 *       16383 after the point (counting trailing zeros) and pgjdbc stores a number of more
 *       than 131072 digits before it as 0; H2's DECFLOAT holds 100000 digits in all.
 *   <li>Dates from {@link #DATE_MIN} (4713-01-01 BC) to {@link #DATE_MAX}, timestamps from
 *       {@link #TIMESTAMP_MIN} to {@link #TIMESTAMP_MAX} (at UTC for instants): PostgreSQL's
 *       range, except that pgjdbc writes anything before 4713-01-01 BC as {@code -infinity}.
 *       H2 holds every Java date.
 *   <li>An {@code OffsetDateTime}'s offset within ±{@value #MAX_OFFSET_SECONDS} seconds
 *       (15:59:59): PostgreSQL refuses a larger one.
 * </ul>
 *
 * <p>{@code double} and {@code float} need no limit: both databases store and find NaN and
 * the infinities.
 */
public final class Checks {
  /** The most digits an unbounded decimal may have before the point. */
  public static final int NUMERIC_INTEGER_DIGITS = 83_617;

  /**
   * The most digits a decimal may have after the point, as written (trailing zeros count):
   * PostgreSQL's limit.
   */
  public static final int NUMERIC_FRACTION_DIGITS = 16_383;

  /** The earliest date stored as written: 4713-01-01 BC, year -4712 in ISO. */
  public static final LocalDate DATE_MIN = LocalDate.of(-4712, 1, 1);

  /** The latest date PostgreSQL stores. */
  public static final LocalDate DATE_MAX = LocalDate.of(5_874_897, 12, 31);

  /** The earliest timestamp stored as written. */
  public static final LocalDateTime TIMESTAMP_MIN = DATE_MIN.atStartOfDay();

  /** The latest timestamp PostgreSQL stores, to the microsecond. */
  public static final LocalDateTime TIMESTAMP_MAX =
      LocalDateTime.of(294_276, 12, 31, 23, 59, 59, 999_999_000);

  /** {@link #TIMESTAMP_MIN} at UTC. */
  public static final Instant INSTANT_MIN = TIMESTAMP_MIN.toInstant(ZoneOffset.UTC);

  /** {@link #TIMESTAMP_MAX} at UTC. */
  public static final Instant INSTANT_MAX = TIMESTAMP_MAX.toInstant(ZoneOffset.UTC);

  /** The largest offset from UTC, either way, that PostgreSQL accepts: 15:59:59. */
  public static final int MAX_OFFSET_SECONDS = 16 * 3600 - 1;

  private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
  private static final Pattern EMAIL = Pattern.compile(
      ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")*");
  private static final int MAX_LOCAL_PART = 64;
  private static final int MAX_DOMAIN = 255;

  private Checks() {}

  /** Whether {@code value} has no character other than white space (Jakarta's NotBlank). */
  public static boolean isBlank(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isWhitespace(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code value} is a well-formed e-mail address ({@code local@domain}, dot-separated
   * atoms and host labels). As in Jakarta Validation, the empty string passes: use
   * {@code @NotBlank} to reject it.
   */
  public static boolean isEmail(CharSequence value) {
    if (value.length() == 0) {
      return true;
    }
    String text = value.toString();
    int at = text.lastIndexOf('@');
    if (at < 1 || at > MAX_LOCAL_PART || text.length() - at - 1 > MAX_DOMAIN) {
      return false;
    }
    return EMAIL.matcher(text).matches();
  }

  /**
   * Whether {@code value} fits {@code NUMERIC(precision, scale)} without rounding: at most
   * {@code scale} digits after the point and {@code precision - scale} before it, trailing
   * zeros aside, and no more than {@value #NUMERIC_FRACTION_DIGITS} after it as written
   * (PostgreSQL refuses {@code 1.000...} with more, even in a column that would round them
   * away).
   */
  public static boolean fitsNumeric(BigDecimal value, int precision, int scale) {
    BigDecimal stripped = value.stripTrailingZeros();
    int fraction = Math.max(stripped.scale(), 0);
    long integer = (long) stripped.precision() - stripped.scale();
    return fraction <= scale && integer <= precision - scale
        && value.scale() <= NUMERIC_FRACTION_DIGITS;
  }

  /**
   * Whether {@code value} fits an unbounded decimal column on every database: at most
   * {@value #NUMERIC_INTEGER_DIGITS} digits before the point and
   * {@value #NUMERIC_FRACTION_DIGITS} after it, as written.
   */
  public static boolean fitsNumeric(BigDecimal value) {
    if (value.scale() > NUMERIC_FRACTION_DIGITS) {
      return false;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    long integer = stripped.signum() == 0 ? 0 : (long) stripped.precision() - stripped.scale();
    return integer <= NUMERIC_INTEGER_DIGITS;
  }

  /** Whether {@code value} holds the NUL character, U+0000, which PostgreSQL text cannot. */
  public static boolean hasNul(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '\0') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code value} holds a UTF-16 surrogate that is not half of a pair: no UTF-8 can
   * encode it, and pgjdbc would send {@code ?} in its place.
   */
  public static boolean hasUnpairedSurrogate(CharSequence value) {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code value} is from {@link #DATE_MIN} to {@link #DATE_MAX}. */
  public static boolean isStorable(LocalDate value) {
    return !value.isBefore(DATE_MIN) && !value.isAfter(DATE_MAX);
  }

  /** Whether {@code value} is from {@link #TIMESTAMP_MIN} to {@link #TIMESTAMP_MAX}. */
  public static boolean isStorable(LocalDateTime value) {
    return !value.isBefore(TIMESTAMP_MIN) && !value.isAfter(TIMESTAMP_MAX);
  }

  /** Whether {@code value} is from {@link #INSTANT_MIN} to {@link #INSTANT_MAX}. */
  public static boolean isStorable(Instant value) {
    return !value.isBefore(INSTANT_MIN) && !value.isAfter(INSTANT_MAX);
  }

  /** Whether {@code value}'s instant is from {@link #INSTANT_MIN} to {@link #INSTANT_MAX}. */
  public static boolean isStorable(OffsetDateTime value) {
    return isStorable(value.toInstant());
  }

  /** Whether {@code value}'s offset is within ±{@value #MAX_OFFSET_SECONDS} seconds of UTC. */
  public static boolean hasStorableOffset(OffsetDateTime value) {
    return Math.abs(value.getOffset().getTotalSeconds()) <= MAX_OFFSET_SECONDS;
  }

  /**
   * Whether {@code value} has at most {@code integer} digits before the point and
   * {@code fraction} after it (Jakarta's Digits). As in Hibernate Validator, a BigDecimal's
   * digits are counted as it is written: {@code 1.50} has two after the point.
   */
  public static boolean fitsDigits(BigDecimal value, int integer, int fraction) {
    long integerDigits = (long) value.precision() - value.scale();
    int fractionDigits = Math.max(value.scale(), 0);
    return integerDigits <= integer && fractionDigits <= fraction;
  }

  /** {@link #fitsDigits(BigDecimal, int, int)} for an integer. */
  public static boolean fitsDigits(long value, int integer, int fraction) {
    return fitsDigits(BigDecimal.valueOf(value), integer, fraction);
  }

  /**
   * {@link #fitsDigits(BigDecimal, int, int)} for the digits {@link Double#toString} writes,
   * trailing zeros dropped; NaN and the infinities have no digits and never fit.
   */
  public static boolean fitsDigits(double value, int integer, int fraction) {
    return Double.isFinite(value) && fitsDigits(
        new BigDecimal(Double.toString(value)).stripTrailingZeros(), integer, fraction);
  }

  /**
   * {@link #fitsDigits(BigDecimal, int, int)} for the digits {@link Float#toString} writes,
   * trailing zeros dropped; NaN and the infinities have no digits and never fit.
   */
  public static boolean fitsDigits(float value, int integer, int fraction) {
    return Float.isFinite(value) && fitsDigits(
        new BigDecimal(Float.toString(value)).stripTrailingZeros(), integer, fraction);
  }

  /**
   * {@link #fitsDigits(BigDecimal, int, int)} for text: it must be a number as
   * {@code new BigDecimal(text)} reads it (no spaces, no grouping), else it does not fit.
   */
  public static boolean fitsDigits(CharSequence value, int integer, int fraction) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      return false;
    }
    return fitsDigits(number, integer, fraction);
  }
}
