package io.github.interviewbank.evaluation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's answer with a human score: one line of a labels file. Immutable; create one with
 * {@link #of(String, String, double)} and add what a labels file says with {@link #withKind} and
 * {@link #atLine}.
 *
 * @since 1.0.0
 */
public final class LabelledAnswer {
  private final String questionId;
  private final String answer;
  private final double score;
  private final @Nullable String kind;
  private final int line;

  private LabelledAnswer(String questionId, String answer, double score, @Nullable String kind,
      int line) {
    this.questionId = Objects.requireNonNull(questionId, "questionId");
    this.answer = Objects.requireNonNull(answer, "answer");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1], was " + score);
    }
    this.score = score;
    this.kind = kind;
    this.line = line;
  }

  /**
   * Creates a labelled answer of no particular kind, not from a file.
   *
   * @param questionId the id of the question answered; never {@code null}
   * @param answer the answer text; never {@code null}, may be blank
   * @param score the human score in [0, 1] (the bundled sets store 0-5 ratings as rating / 5)
   * @return the labelled answer, never {@code null}
   * @throws NullPointerException if {@code questionId} or {@code answer} is {@code null}
   * @throws IllegalArgumentException if the score is outside [0, 1]
   * @since 1.0.0
   */
  public static LabelledAnswer of(String questionId, String answer, double score) {
    return new LabelledAnswer(questionId, answer, score, null, 0);
  }

  /**
   * {@return a copy that says what sort of answer this is, such as {@code excellent}, {@code
   * keywords} or {@code off-topic}; never {@code null}}
   *
   * @param answerKind the kind; never {@code null} or blank
   * @throws IllegalArgumentException if the kind is blank
   * @since 1.0.0
   */
  public LabelledAnswer withKind(String answerKind) {
    Objects.requireNonNull(answerKind, "answerKind");
    if (answerKind.isBlank()) {
      throw new IllegalArgumentException("kind must not be blank");
    }
    return new LabelledAnswer(questionId, answer, score, answerKind, line);
  }

  /**
   * {@return a copy that records the line of the labels file it came from; never {@code null}}
   *
   * @param lineNumber the 1-based line number
   * @throws IllegalArgumentException if the line number is less than 1
   * @since 1.0.0
   */
  public LabelledAnswer atLine(int lineNumber) {
    if (lineNumber < 1) {
      throw new IllegalArgumentException("line must be at least 1, was " + lineNumber);
    }
    return new LabelledAnswer(questionId, answer, score, kind, lineNumber);
  }

  /**
   * {@return the id of the question answered; never {@code null}}
   *
   * @since 1.0.0
   */
  public String questionId() {
    return questionId;
  }

  /**
   * {@return the answer text; never {@code null}, may be blank}
   *
   * @since 1.0.0
   */
  public String answer() {
    return answer;
  }

  /**
   * {@return the human score, in [0, 1]}
   *
   * @since 1.0.0
   */
  public double score() {
    return score;
  }

  /**
   * {@return what sort of answer this is, or empty when nobody said; never {@code null}}
   *
   * @since 1.0.0
   */
  public Optional<String> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * {@return the 1-based line of the labels file it came from, or empty when it came from no
   * file; never {@code null}}
   *
   * @since 1.0.0
   */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LabelledAnswer other && questionId.equals(other.questionId)
        && answer.equals(other.answer) && Double.compare(score, other.score) == 0
        && Objects.equals(kind, other.kind) && line == other.line;
  }

  @Override
  public int hashCode() {
    return Objects.hash(questionId, answer, score, kind, line);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "LabelledAnswer[%s, %.3f%s%s]", questionId, score,
        kind == null ? "" : ", " + kind, line == 0 ? "" : ", line " + line);
  }
}
