package io.github.interviewbank.evaluation;

import java.util.List;

/**
 * Thrown when a labels file cannot be used: a line that is not a JSON object, a missing or
 * wrongly typed field, a score outside [0, 1], a question id the bank does not have, or an answer
 * longer than {@link io.github.interviewbank.grading.GradingRequest#MAX_ANSWER_LENGTH}
 * characters. The message names the file and line of the first problem; {@link #problems()}
 * lists all of them.
 *
 * @since 1.0.0
 */
public final class LabelFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The first {@value #MAX_LISTED_PROBLEMS} problems, unmodifiable; never {@code null}. */
  @SuppressWarnings("serial") // an unmodifiable List.copyOf of strings
  private final List<String> problems;

  /**
   * The most problems an exception lists: further problems are counted, not kept.
   *
   * @since 1.0.0
   */
  public static final int MAX_LISTED_PROBLEMS = 100;

  /** How many problems were found, listed or not; at least the size of {@link #problems}. */
  private final int problemCount;

  /**
   * Creates an exception. Beyond the first {@value #MAX_LISTED_PROBLEMS}, problems are counted but
   * not listed.
   *
   * @param problems one message per problem, each starting with {@code file:line:}; never {@code
   *     null} or empty
   * @since 1.0.0
   */
  public LabelFileException(List<String> problems) {
    this(problems, problems.size());
  }

  /**
   * Creates an exception for a count of problems of which only the first are given.
   *
   * @param first the first problems, each starting with {@code file:line:}; never {@code null} or
   *     empty; beyond the first {@value #MAX_LISTED_PROBLEMS} they are not listed
   * @param count how many problems were found in all, at least {@code first.size()}
   * @throws IllegalArgumentException if {@code first} is empty or {@code count} is smaller than
   *     its size
   * @since 1.0.0
   */
  public LabelFileException(List<String> first, int count) {
    super(render(first, count));
    this.problems = List.copyOf(first.subList(0, Math.min(first.size(), MAX_LISTED_PROBLEMS)));
    this.problemCount = count;
  }

  private static String render(List<String> problems, int count) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("at least one problem is needed");
    }
    if (count < problems.size()) {
      throw new IllegalArgumentException(
          "count " + count + " is smaller than the " + problems.size() + " problems given");
    }
    int more = count - 1;
    return problems.get(0)
        + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? ")" : "s)"));
  }

  /**
   * {@return how many problems were found, listed or not: at least {@code problems().size()}}
   *
   * @since 1.0.0
   */
  public int problemCount() {
    return problemCount;
  }

  /**
   * {@return the problems, in file order, at most {@value #MAX_LISTED_PROBLEMS}; never {@code
   * null} or empty}
   *
   * @since 1.0.0
   */
  public List<String> problems() {
    return problems;
  }
}
