package dev.precast.it.archfixture;

import java.lang.invoke.MethodHandles;
import java.util.ServiceLoader;

/**
 * Breaks every rule of {@link dev.precast.it.NoReflectionTest}, one method per rule, so that
 * test can prove its rules catch what they claim to.
 */
public final class Reflective {
  private Reflective() {}

  /** Loads a class by name. */
  public static Class<?> loadsAClassByName() throws ClassNotFoundException {
    return Class.forName("dev.precast.Database");
  }

  /** Reads a field reflectively. */
  public static Object readsAField(Object target) throws ReflectiveOperationException {
    return target.getClass().getDeclaredField("id").get(target);
  }

  /** Creates a method-handle lookup. */
  public static Object looksUpMethodHandles() {
    return MethodHandles.lookup();
  }

  /** Discovers services on the class path. */
  public static Object loadsServices() {
    return ServiceLoader.load(Runnable.class);
  }
}
