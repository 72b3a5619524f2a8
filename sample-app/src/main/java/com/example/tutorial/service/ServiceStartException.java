package com.example.tutorial.service;

/** The HTTP server could not start, e.g. because its port is in use; the message says why. */
public final class ServiceStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ServiceStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
