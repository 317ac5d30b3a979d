package io.github.interviewbank.core;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a bank cannot be read, written or combined: malformed JSON, invalid content, an
 * id clash, an I/O failure. No partially loaded bank is ever returned.
 *
 * <p>The message is the first problem, rendered as {@code source:line:column: question 'id':
 * what (json path)}, followed by the number of further problems. {@link #problems()} lists the
 * first {@value #MAX_LISTED_PROBLEMS}; {@link #problemCount()} counts them all, so that a hostile
 * file with millions of faults costs neither memory nor screens of output.
 *
 * @since 1.0.0
 */
public final class QuestionBankException extends RuntimeException {
  /**
   * The most problems an exception lists: further problems are counted, not kept.
   *
   * @since 1.0.0
   */
  public static final int MAX_LISTED_PROBLEMS = 100;

  private static final long serialVersionUID = 1L;

  /** The first {@value #MAX_LISTED_PROBLEMS} problems, unmodifiable; never {@code null}. */
  @SuppressWarnings("serial") // an unmodifiable List.copyOf of a final class
  private final List<BankProblem> problems;

  /** How many problems were found, listed or not; at least the size of {@link #problems}. */
  private final int problemCount;

  private QuestionBankException(List<BankProblem> problems, int problemCount, Throwable cause) {
    super(render(problems, problemCount), cause);
    this.problems = problems;
    this.problemCount = problemCount;
  }

  private QuestionBankException(List<BankProblem> problems, int problemCount) {
    super(render(problems, problemCount));
    this.problems = problems;
    this.problemCount = problemCount;
  }

  /**
   * Creates an exception for the given problems. Beyond the first {@value #MAX_LISTED_PROBLEMS},
   * problems are counted but not listed.
   *
   * @param problems at least one problem; never {@code null}
   * @return the exception, never {@code null}
   * @throws IllegalArgumentException if {@code problems} is empty
   * @since 1.0.0
   */
  public static QuestionBankException of(List<BankProblem> problems) {
    return of(problems, problems.size());
  }

  /**
   * Creates an exception for a count of problems of which only the first are given, as a reader
   * that stops keeping problems after {@value #MAX_LISTED_PROBLEMS} does.
   *
   * @param first the first problems found, at least one; never {@code null}; beyond the first
   *     {@value #MAX_LISTED_PROBLEMS} they are not listed
   * @param count how many problems were found in all, at least {@code first.size()}
   * @return the exception, never {@code null}
   * @throws IllegalArgumentException if {@code first} is empty or {@code count} is smaller than
   *     its size
   * @since 1.0.0
   */
  public static QuestionBankException of(List<BankProblem> first, int count) {
    List<BankProblem> listed = checked(first);
    if (count < first.size()) {
      throw new IllegalArgumentException(
          "count " + count + " is smaller than the " + first.size() + " problems given");
    }
    return new QuestionBankException(listed, count);
  }

  /**
   * Creates an exception for one problem caused by another exception, such as an I/O failure.
   *
   * @param problem the problem; never {@code null}
   * @param cause the underlying exception; never {@code null}
   * @return the exception, never {@code null}
   * @since 1.0.0
   */
  public static QuestionBankException of(BankProblem problem, Throwable cause) {
    Objects.requireNonNull(cause, "cause");
    return new QuestionBankException(checked(List.of(problem)), 1, cause);
  }

  private static List<BankProblem> checked(List<BankProblem> problems) {
    List<BankProblem> copy =
        List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS)));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("at least one problem is needed");
    }
    return copy;
  }

  private static String render(List<BankProblem> problems, int count) {
    String first = problems.get(0).toString();
    int more = count - 1;
    if (more == 0) {
      return first;
    }
    return first + " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")";
  }

  /**
   * {@return the problems found, in the order found, at most {@value #MAX_LISTED_PROBLEMS}; never
   * {@code null} or empty, unmodifiable}
   *
   * @since 1.0.0
   */
  public List<BankProblem> problems() {
    return problems;
  }

  /**
   * {@return how many problems were found, listed or not: at least {@code problems().size()}}
   *
   * @since 1.0.0
   */
  public int problemCount() {
    return problemCount;
  }
}
