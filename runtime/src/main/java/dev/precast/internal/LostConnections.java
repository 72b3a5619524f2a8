package dev.precast.internal;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells HikariCP to discard a connection on every failure that {@link Errors} reads as a lost
 * connection. HikariCP knows SQLState class 08 and PostgreSQL's 57P0x by itself, but not H2's
 * codes for a session that is gone, and would hand such a connection out again.
 */
public final class LostConnections implements SQLExceptionOverride {
  // No @Override: inside this interface that name is HikariCP's verdict enum.
  public SQLExceptionOverride.Override adjudicate(SQLException failure) {
    return Errors.isConnectionLost(failure)
        ? SQLExceptionOverride.Override.MUST_EVICT
        : SQLExceptionOverride.Override.CONTINUE_EVICT;
  }
}
