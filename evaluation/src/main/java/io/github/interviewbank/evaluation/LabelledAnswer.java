package io.github.interviewbank.evaluation;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's answer with a human score: one line of a labels file.
 *
 * @param questionId the id of the question answered; never {@code null}
 * @param answer the answer text; never {@code null}, may be blank
 * @param score the human score in [0, 1] (the calibration set stores 0-5 ratings as rating / 5)
 * @param kind what sort of answer it is ({@code excellent}, {@code keywords}, {@code off-topic}
 *     ...), or {@code null} when the file does not say
 * @param line the 1-based line of the labels file it came from, or 0 when not from a file
 * @since 0.1.0
 */
public record LabelledAnswer(
    String questionId, String answer, double score, @Nullable String kind, int line) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code questionId} or {@code answer} is {@code null}
   * @throws IllegalArgumentException if the score is outside [0, 1] or the line is negative
   * @since 0.1.0
   */
  public LabelledAnswer {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(answer, "answer");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1], was " + score);
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, was " + line);
    }
  }

  /**
   * Creates a labelled answer that did not come from a file.
   *
   * @param questionId the question's id; never {@code null}
   * @param answer the answer; never {@code null}
   * @param score the human score in [0, 1]
   * @return the labelled answer, never {@code null}
   * @since 0.1.0
   */
  public static LabelledAnswer of(String questionId, String answer, double score) {
    return new LabelledAnswer(questionId, answer, score, null, 0);
  }

  /**
   * {@return the kind of answer, when the labels file gives one}
   *
   * @since 0.1.0
   */
  public Optional<String> kindIfKnown() {
    return Optional.ofNullable(kind);
  }
}
