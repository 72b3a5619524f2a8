package dev.precast.processor.model;

import java.util.List;

/**
 * A declared Java type by name, so generators can refer to it without the compiler's model.
 *
 * @param packageName the package, empty for the default package
 * @param simpleNames the simple names from the outermost class in, e.g. {@code [User, Status]}
 */
public record TypeRef(String packageName, List<String> simpleNames) {
  /** Copies {@code simpleNames}. */
  public TypeRef {
    simpleNames = List.copyOf(simpleNames);
  }

  /** The innermost simple name. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** The canonical name, e.g. {@code com.example.User.Status}. */
  public String canonicalName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }
}
