package dev.precast;

/**
 * Converts a field's Java type {@code J} to a column type {@code D} and back, for {@link
 * dev.precast.annotations.Convert @Convert}. {@code D} is one of the types Precast maps to a
 * column: {@code String}, {@code Long}, {@code Integer}, {@code Short}, {@code Double},
 * {@code Float}, {@code Boolean}, {@code BigDecimal}, {@code byte[]}, {@code UUID} or a
 * {@code java.time} type; the column is declared as {@code D}'s.
 *
 * <p>Generated code calls the converter directly, through one instance per field held in a
 * constant of the metamodel: it must have a public no-argument constructor and be safe to use
 * from several threads (keep it stateless). Precast never passes {@code null}: a null field is
 * a NULL column and back.
 *
 * <pre>{@code
 * public final class MoneyConverter implements TypeConverter<Money, Long> {
 *   public Long toDatabase(Money money) { return money.cents(); }
 *   public Money fromDatabase(Long cents) { return new Money(cents); }
 * }
 * }</pre>
 *
 * @param <J> the field's type
 * @param <D> the column's Java type
 */
public interface TypeConverter<J, D> {
  /** The column value of {@code value}, which is not null. */
  D toDatabase(J value);

  /** The field value of the column value {@code value}, which is not null. */
  J fromDatabase(D value);
}
