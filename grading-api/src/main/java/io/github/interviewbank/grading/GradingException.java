package io.github.interviewbank.grading;

/**
 * Thrown when a grader cannot produce a grade: a remote model timed out, every grader of a
 * fallback chain failed. Not thrown for bad arguments, which are {@link NullPointerException} or
 * {@link IllegalArgumentException}.
 *
 * @since 1.0.0
 */
public class GradingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong; never {@code null}
   * @since 1.0.0
   */
  public GradingException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what went wrong; never {@code null}
   * @param cause the underlying failure; never {@code null}
   * @since 1.0.0
   */
  public GradingException(String message, Throwable cause) {
    super(message, cause);
  }
}
