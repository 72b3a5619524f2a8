package dev.precast.it.archfixture;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Compiles to {@code invokedynamic} (lambdas, method references, string concatenation, a
 * record's {@code equals}/{@code hashCode}/{@code toString}), whose bootstrap methods take a
 * {@code MethodHandles.Lookup}, but makes no reflective call: {@link
 * dev.precast.it.NoReflectionTest}'s rules must not flag it.
 */
public final class Plain {
  private Plain() {}

  /** A record: its generated methods bootstrap through {@code ObjectMethods}. */
  public record Pair(String left, int right) {}

  /** A lambda, a method reference and string concatenation. */
  public static String describe(List<Pair> pairs, int extra) {
    Function<Pair, String> left = Pair::left;
    Supplier<String> suffix = () -> "+" + extra;
    StringBuilder text = new StringBuilder();
    for (Pair pair : pairs) {
      text.append(left.apply(pair) + pair.right() + suffix.get()).append(pair);
    }
    return text.toString();
  }
}
