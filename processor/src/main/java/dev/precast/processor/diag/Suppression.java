package dev.precast.processor.diag;

import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Whether the user silenced Precast's warnings on an element. javac applies
 * {@code @SuppressWarnings} only to its own lint warnings, never to a processor's, so the
 * processor reads the annotation itself: on the element and every element enclosing it, as
 * javac does for lint.
 */
public final class Suppression {
  /**
   * The names that silence Precast: its own, and {@code "all"}, which by javac's convention
   * (and IDEs') suppresses every warning.
   */
  public static final List<String> NAMES = List.of("precast", "all");

  private Suppression() {}

  /** Whether {@code @SuppressWarnings("precast")} (or {@code "all"}) covers {@code element}. */
  public static boolean isSuppressed(Element element) {
    for (Element current = element; current != null; current = current.getEnclosingElement()) {
      SuppressWarnings suppress = current.getAnnotation(SuppressWarnings.class);
      if (suppress != null && Arrays.stream(suppress.value()).anyMatch(NAMES::contains)) {
        return true;
      }
    }
    return false;
  }
}
