package io.github.interviewbank.cli;

/** The practice history cannot be opened, read or written; the message is one line for people. */
final class HistoryUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HistoryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  HistoryUnavailableException(String message) {
    super(message);
  }
}
