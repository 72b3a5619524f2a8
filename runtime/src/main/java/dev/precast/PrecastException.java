package dev.precast;

/**
 * The root of every exception Precast throws. All are unchecked; where a JDBC call failed,
 * its {@link java.sql.SQLException} is the cause.
 */
public class PrecastException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message that says what was being done and why it failed. */
  public PrecastException(String message) {
    super(message);
  }

  /** An exception with a message and the failure that caused it. */
  public PrecastException(String message, Throwable cause) {
    super(message, cause);
  }
}
