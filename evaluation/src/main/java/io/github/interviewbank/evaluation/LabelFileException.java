package io.github.interviewbank.evaluation;

import java.util.List;

/**
 * Thrown when a labels file cannot be used: a line that is not a JSON object, a missing or
 * wrongly typed field, a score outside [0, 1], or a question id the bank does not have. The
 * message names the file and line of the first problem; {@link #problems()} lists all of them.
 *
 * @since 0.1.0
 */
public final class LabelFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an unmodifiable List.copyOf of strings
  private final List<String> problems;

  /**
   * Creates an exception.
   *
   * @param problems one message per problem, each starting with {@code file:line:}; never {@code
   *     null} or empty
   * @since 0.1.0
   */
  public LabelFileException(List<String> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  private static String render(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("at least one problem is needed");
    }
    int more = problems.size() - 1;
    return problems.get(0)
        + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? ")" : "s)"));
  }

  /**
   * {@return every problem, in file order; never {@code null} or empty}
   *
   * @since 0.1.0
   */
  public List<String> problems() {
    return problems;
  }
}
