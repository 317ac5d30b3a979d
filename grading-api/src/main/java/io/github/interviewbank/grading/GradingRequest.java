package io.github.interviewbank.grading;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a grader is asked to grade: a question, a candidate's answer, and optional context.
 *
 * <p>A request object, so that new inputs can be added in later versions without breaking
 * {@link AnswerGrader} implementations. Immutable and thread-safe.
 *
 * <p><b>Answer length.</b> An answer longer than {@value #MAX_ANSWER_LENGTH} characters is
 * rejected when the request is built, with an {@link IllegalArgumentException} that gives both
 * lengths. Nothing is ever truncated silently. The limit is one for every grader and caller (the
 * command line reads answers up to it, and no further), so that a grader can rely on it: the
 * keyword grader grades an answer at the limit in a few tens of milliseconds.
 *
 * @since 1.0.0
 */
public final class GradingRequest {
  /**
   * The longest answer a request accepts, in characters ({@link String#length()}: UTF-16 code
   * units): 1,000,000, as long as the longest text a bank holds.
   *
   * @since 1.0.0
   */
  public static final int MAX_ANSWER_LENGTH = 1_000_000;

  private final Question question;
  private final String answer;
  private final @Nullable QuestionBank bank;

  private GradingRequest(Builder b) {
    this.question = b.question;
    this.answer = b.answer;
    this.bank = b.bank;
  }

  /**
   * Creates a request with no context.
   *
   * @param question the question answered; never {@code null}
   * @param answer the candidate's answer, possibly blank; never {@code null}
   * @return the request, never {@code null}
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the answer is longer than {@value #MAX_ANSWER_LENGTH}
   *     characters
   * @since 1.0.0
   */
  public static GradingRequest of(Question question, String answer) {
    return builder(question, answer).build();
  }

  /**
   * Starts a request.
   *
   * @param question the question answered; never {@code null}
   * @param answer the candidate's answer, possibly blank; never {@code null}
   * @return a builder, never {@code null}
   * @throws NullPointerException if an argument is {@code null}
   * @since 1.0.0
   */
  public static Builder builder(Question question, String answer) {
    return new Builder(
        Objects.requireNonNull(question, "question"), Objects.requireNonNull(answer, "answer"));
  }

  /**
   * {@return the question answered, never {@code null}}
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
   * {@return whether the answer is empty or only white space}
   *
   * @since 1.0.0
   */
  public boolean isBlank() {
    return answer.isBlank();
  }

  /**
   * {@return the bank the question comes from, if given: graders may use it for bank-wide
   * statistics and the bank's synonym groups}
   *
   * @since 1.0.0
   */
  public Optional<QuestionBank> bank() {
    return Optional.ofNullable(bank);
  }

  /**
   * {@return a builder initialised with this request's values, never {@code null}}
   *
   * @since 1.0.0
   */
  public Builder toBuilder() {
    Builder b = new Builder(question, answer);
    b.bank = bank;
    return b;
  }

  @Override
  public String toString() {
    return "GradingRequest[" + question.id() + ", " + answer.length() + " chars]";
  }

  /**
   * Builds a {@link GradingRequest}. Not thread-safe.
   *
   * @since 1.0.0
   */
  public static final class Builder {
    private Question question;
    private String answer;
    private @Nullable QuestionBank bank;

    private Builder(Question question, String answer) {
      this.question = question;
      this.answer = answer;
    }

    /**
     * Sets the answer.
     *
     * @param text the candidate's answer; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder answer(String text) {
      this.answer = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Sets the question.
     *
     * @param q the question; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder question(Question q) {
      this.question = Objects.requireNonNull(q, "q");
      return this;
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
     * @throws IllegalArgumentException if the answer is longer than {@value #MAX_ANSWER_LENGTH}
     *     characters
     * @since 1.0.0
     */
    public GradingRequest build() {
      if (answer.length() > MAX_ANSWER_LENGTH) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "the answer to '%s' is %,d characters long; the limit is %,d", question.id(),
            answer.length(), MAX_ANSWER_LENGTH));
      }
      return new GradingRequest(this);
    }
  }
}
