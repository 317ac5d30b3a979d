package io.github.interviewbank.grading;

/**
 * Thrown when a grader cannot be created as asked: no provider has the name, an option is
 * unknown, or an option's value is invalid. The message names the grader, the option and the
 * value, and lists what would have been accepted.
 *
 * @since 1.0.0
 */
public class GraderConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong, naming the grader and option; never {@code null}
   * @since 1.0.0
   */
  public GraderConfigurationException(String message) {
    super(message);
  }
}
