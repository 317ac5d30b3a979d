package io.github.interviewbank.core;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a bank cannot be read, written or combined: malformed JSON, invalid content, an
 * id clash, an I/O failure. No partially loaded bank is ever returned.
 *
 * <p>The message is the first problem, rendered as {@code source:line:column: question 'id':
 * what (json path)}, followed by the number of further problems; {@link #problems()} lists all.
 *
 * @since 0.1.0
 */
public final class QuestionBankException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an unmodifiable List.copyOf of a final class
  private final List<BankProblem> problems;

  private QuestionBankException(List<BankProblem> problems, Throwable cause) {
    super(render(problems), cause);
    this.problems = problems;
  }

  private QuestionBankException(List<BankProblem> problems) {
    super(render(problems));
    this.problems = problems;
  }

  /**
   * Creates an exception listing the given problems.
   *
   * @param problems at least one problem; never {@code null}
   * @return the exception, never {@code null}
   * @throws IllegalArgumentException if {@code problems} is empty
   * @since 0.1.0
   */
  public static QuestionBankException of(List<BankProblem> problems) {
    return new QuestionBankException(checked(problems));
  }

  /**
   * Creates an exception for one problem caused by another exception, such as an I/O failure.
   *
   * @param problem the problem; never {@code null}
   * @param cause the underlying exception; never {@code null}
   * @return the exception, never {@code null}
   * @since 0.1.0
   */
  public static QuestionBankException of(BankProblem problem, Throwable cause) {
    Objects.requireNonNull(cause, "cause");
    return new QuestionBankException(checked(List.of(problem)), cause);
  }

  private static List<BankProblem> checked(List<BankProblem> problems) {
    List<BankProblem> copy = List.copyOf(problems);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("at least one problem is needed");
    }
    return copy;
  }

  private static String render(List<BankProblem> problems) {
    String first = problems.get(0).toString();
    int more = problems.size() - 1;
    if (more == 0) {
      return first;
    }
    return first + " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")";
  }

  /**
   * {@return every problem found, in document order; never {@code null} or empty, unmodifiable}
   *
   * @since 0.1.0
   */
  public List<BankProblem> problems() {
    return problems;
  }
}
