package io.github.interviewbank.cli;

/** A user's input cannot be used (unknown question id, unreadable file): exit code 1. */
final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidInputException(String message) {
    super(message);
  }
}
