package io.github.interviewbank.cli;

/** Output that could not be written (an {@code --out} file): exit code 4, with this message. */
final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
