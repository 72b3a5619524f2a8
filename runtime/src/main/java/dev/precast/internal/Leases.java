package dev.precast.internal;

import dev.precast.Database;
import java.util.function.Function;

/**
 * Lets the runtime's internal helpers take a {@link ConnectionLease} from a {@link Database}
 * without {@code Database} offering it publicly. {@code Database} installs the opener once, as
 * its class is initialized, which happens before any instance can reach a helper.
 */
public final class Leases {
  private static volatile Function<Database, ConnectionLease> opener;

  private Leases() {}

  /**
   * Called by {@code Database}'s static initializer only.
   *
   * @throws IllegalStateException when an opener is installed already
   */
  public static synchronized void install(Function<Database, ConnectionLease> databaseOpener) {
    if (opener != null) {
      throw new IllegalStateException("the connection lease opener is installed already");
    }
    opener = databaseOpener;
  }

  /** A lease on {@code db}'s current transaction connection, or on a pooled one. */
  static ConnectionLease open(Database db) {
    return opener.apply(db);
  }
}
