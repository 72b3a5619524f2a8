package com.example.shop;

import dev.precast.ValidationException;
import dev.precast.Violation;
import dev.precast.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link User} against its declared rules, before any SQL is sent.
 *
 * <pre>{@code
 * List<Violation> problems = new UserValidator().validate(user);
 * }</pre>
 */
@Generated("dev.precast.processor.PrecastProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class UserValidator {
  private static final Pattern COUNTRY_PATTERN = Pattern.compile("[A-Z]{2}");

  /**
   * A validator; it holds no state and may be shared.
   */
  public UserValidator() {
  }

  /**
   * Every rule {@code user} breaks, in field order; empty when it is valid.
   */
  public List<Violation> validate(User user) {
    List<Violation> violations = new ArrayList<>();
    String email = user.getEmail();
    if (email == null) {
      violations.add(new Violation("email", "must not be blank"));
    } else {
      if (Checks.isBlank(email)) {
        violations.add(new Violation("email", "must not be blank"));
      }
      if (!Checks.isEmail(email)) {
        violations.add(new Violation("email", "must be a well-formed email address"));
      }
      if (email.length() > 255) {
        violations.add(new Violation("email", "size must be at most 255"));
      }
      if (Checks.hasNul(email)) {
        violations.add(new Violation("email", "must not contain the NUL character (U+0000)"));
      }
      if (Checks.hasUnpairedSurrogate(email)) {
        violations.add(new Violation("email", "must not contain an unpaired UTF-16 surrogate"));
      }
    }
    String displayName = user.getDisplayName();
    if (displayName == null) {
      violations.add(new Violation("displayName", "must not be blank"));
    } else {
      if (Checks.isBlank(displayName)) {
        violations.add(new Violation("displayName", "must not be blank"));
      }
      if (displayName.length() < 2 || displayName.length() > 40) {
        violations.add(new Violation("displayName", "size must be between 2 and 40"));
      }
      if (displayName.length() > 40) {
        violations.add(new Violation("displayName", "size must be at most 40"));
      }
      if (Checks.hasNul(displayName)) {
        violations.add(new Violation("displayName", "must not contain the NUL character (U+0000)"));
      }
      if (Checks.hasUnpairedSurrogate(displayName)) {
        violations.add(new Violation("displayName", "must not contain an unpaired UTF-16 surrogate"));
      }
    }
    if (user.getAge() < 0L) {
      violations.add(new Violation("age", "must be greater than or equal to 0"));
    }
    if (user.getAge() > 150L) {
      violations.add(new Violation("age", "must be less than or equal to 150"));
    }
    BigDecimal balance = user.getBalance();
    if (balance != null) {
      if (balance.signum() < 0) {
        violations.add(new Violation("balance", "must be greater than or equal to 0"));
      }
      if (!Checks.fitsNumeric(balance, 12, 2)) {
        violations.add(new Violation("balance", "numeric value out of bounds (<10 digits>.<2 digits> expected)"));
      }
    }
    LocalDate birthDate = user.getBirthDate();
    if (birthDate != null) {
      if (!birthDate.isBefore(LocalDate.now())) {
        violations.add(new Violation("birthDate", "must be a past date"));
      }
      if (!Checks.isStorable(birthDate)) {
        violations.add(new Violation("birthDate", "must be between -4712-01-01 and +5874897-12-31"));
      }
    }
    User.Status status = user.getStatus();
    if (status == null) {
      violations.add(new Violation("status", "must not be null"));
    }
    String country = user.getCountry();
    if (country != null) {
      if (!COUNTRY_PATTERN.matcher(country).matches()) {
        violations.add(new Violation("country", "must match \"[A-Z]{2}\""));
      }
      if (country.length() > 2) {
        violations.add(new Violation("country", "size must be at most 2"));
      }
      if (Checks.hasNul(country)) {
        violations.add(new Violation("country", "must not contain the NUL character (U+0000)"));
      }
      if (Checks.hasUnpairedSurrogate(country)) {
        violations.add(new Violation("country", "must not contain an unpaired UTF-16 surrogate"));
      }
    }
    Instant createdAt = user.getCreatedAt();
    if (createdAt != null) {
      if (!Checks.isStorable(createdAt)) {
        violations.add(new Violation("createdAt", "must be between -4712-01-01T00:00:00Z and +294276-12-31T23:59:59.999999Z"));
      }
    }
    return violations;
  }

  /**
   * Throws when {@code user} breaks any rule.
   *
   * @throws ValidationException listing every rule it breaks
   */
  public void validateOrThrow(User user) {
    List<Violation> violations = validate(user);
    if (!violations.isEmpty()) {
      throw new ValidationException("User", violations);
    }
  }

  /**
   * Throws when {@code user}, at index {@code row} of a batch, breaks any rule.
   *
   * @throws ValidationException listing every rule it breaks, and the row
   */
  public void validateOrThrow(User user, int row) {
    List<Violation> violations = validate(user);
    if (!violations.isEmpty()) {
      throw new ValidationException("User", row, violations);
    }
  }
}
