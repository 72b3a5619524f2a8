package dev.precast.it.entities.money;

/** An amount in cents, stored as a BIGINT through {@link MoneyConverter}. */
public record Money(long cents) implements Comparable<Money> {
  /** {@code cents} cents. */
  public static Money cents(long cents) {
    return new Money(cents);
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }
}
