package io.github.interviewbank.grading;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link FollowUpProposer} is given: the question asked, the candidate's answer and its
 * grade, and optional context.
 *
 * <p>A request object, so that later versions can add inputs (earlier follow-ups of the session,
 * say) without breaking implementations. Immutable and thread-safe.
 *
 * @since 1.0.0
 */
public final class FollowUpRequest {
  private final Question question;
  private final String answer;
  private final Grade grade;
  private final @Nullable QuestionBank bank;

  private FollowUpRequest(Builder b) {
    this.question = b.question;
    this.answer = b.answer;
    this.grade = b.grade;
    this.bank = b.bank;
  }

  /**
   * Creates a request without context.
   *
   * @param question the question asked; never {@code null}
   * @param answer the candidate's answer, possibly blank; never {@code null}
   * @param grade the answer's grade; never {@code null}
   * @return the request, never {@code null}
   * @throws IllegalArgumentException if the grade is for another question
   * @since 1.0.0
   */
  public static FollowUpRequest of(Question question, String answer, Grade grade) {
    return builder(question, answer, grade).build();
  }

  /**
   * Starts a request.
   *
   * @param question the question asked; never {@code null}
   * @param answer the candidate's answer, possibly blank; never {@code null}
   * @param grade the answer's grade; never {@code null}
   * @return a builder, never {@code null}
   * @since 1.0.0
   */
  public static Builder builder(Question question, String answer, Grade grade) {
    return new Builder(Objects.requireNonNull(question, "question"),
        Objects.requireNonNull(answer, "answer"), Objects.requireNonNull(grade, "grade"));
  }

  /**
   * {@return the question asked, never {@code null}}
   *
   * @since 1.0.0
   */
  public Question question() {
    return question;
  }

  /**
   * {@return the candidate's answer as given, possibly blank; never {@code null}}
   *
   * @since 1.0.0
   */
  public String answer() {
    return answer;
  }

  /**
   * {@return the answer's grade, never {@code null}; its question id is the question's}
   *
   * @since 1.0.0
   */
  public Grade grade() {
    return grade;
  }

  /**
   * {@return the bank the question comes from, if given}
   *
   * @since 1.0.0
   */
  public Optional<QuestionBank> bank() {
    return Optional.ofNullable(bank);
  }

  @Override
  public String toString() {
    return "FollowUpRequest[" + question.id() + ", " + answer.length() + " chars, score "
        + grade.score() + "]";
  }

  /**
   * Builds a {@link FollowUpRequest}. Not thread-safe.
   *
   * @since 1.0.0
   */
  public static final class Builder {
    private final Question question;
    private final String answer;
    private final Grade grade;
    private @Nullable QuestionBank bank;

    private Builder(Question question, String answer, Grade grade) {
      this.question = question;
      this.answer = answer;
      this.grade = grade;
    }

    /**
     * Sets the bank the question comes from.
     *
     * @param source the bank; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder bank(QuestionBank source) {
      this.bank = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * {@return the request, never {@code null}}
     *
     * @throws IllegalArgumentException if the grade is for another question
     * @since 1.0.0
     */
    public FollowUpRequest build() {
      if (!grade.questionId().equals(question.id())) {
        throw new IllegalArgumentException("the grade is for question '" + grade.questionId()
            + "', not '" + question.id() + "'");
      }
      return new FollowUpRequest(this);
    }
  }
}
