package dev.precast.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The rules of generated validators that take more than one expression to state. */
public final class Checks {
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
   * {@code scale} digits after the point and {@code precision - scale} before it.
   */
  public static boolean fitsNumeric(BigDecimal value, int precision, int scale) {
    BigDecimal stripped = value.stripTrailingZeros();
    int fraction = Math.max(stripped.scale(), 0);
    int integer = stripped.precision() - stripped.scale();
    return fraction <= scale && integer <= precision - scale;
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
