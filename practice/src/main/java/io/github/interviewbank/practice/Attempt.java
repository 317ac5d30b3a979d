package io.github.interviewbank.practice;

import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One graded answer to a question, or to one of its follow-ups, as a practice history keeps it.
 *
 * <p>Build one from the grade with {@link #of(Grade, String, Instant)} and the {@code with...}
 * methods. Immutable; times are kept to the millisecond, so that an attempt reads back equal from
 * a database or a JSON file.
 *
 * <p>An attempt is identified by its question id, time and follow-up prompt: a {@link
 * PracticeHistory} keeps one attempt per identity.
 *
 * @param questionId the id of the question answered; never {@code null} or blank
 * @param bankId where the question came from, such as {@code built-in} or a bank file's path;
 *     never {@code null} or blank
 * @param answeredAt when the answer was given (when it ended); never {@code null}; truncated to
 *     milliseconds
 * @param timeTaken how long the candidate took to answer; never {@code null} or negative;
 *     truncated to milliseconds
 * @param score the score, within [0, 1], after any cap for hints
 * @param band the band of the score; never {@code null}
 * @param keyPoints the verdict on each key point graded, in rubric order, by key point id; never
 *     {@code null}, may be empty; copied
 * @param graderId the id of the grader that graded it; never {@code null} or blank
 * @param hintsUsed how many hints the candidate asked for, 0 or more
 * @param followUp the prompt of the follow-up answered, or empty for the question itself; never
 *     {@code null}
 * @param answer the answer text, or empty when the candidate chose not to keep answers; never
 *     {@code null}
 * @since 1.0.0
 */
public record Attempt(
    String questionId,
    String bankId,
    Instant answeredAt,
    Duration timeTaken,
    double score,
    Band band,
    Map<String, Verdict> keyPoints,
    String graderId,
    int hintsUsed,
    Optional<String> followUp,
    Optional<String> answer) {

  /**
   * Validates the components, truncates the times and copies the map.
   *
   * @param questionId the id of the question answered; never {@code null} or blank
   * @param bankId where the question came from, such as {@code built-in} or a bank file's path;
   *     never {@code null} or blank
   * @param answeredAt when the answer was given (when it ended); never {@code null}; truncated to
   *     milliseconds
   * @param timeTaken how long the candidate took to answer; never {@code null} or negative;
   *     truncated to milliseconds
   * @param score the score, within [0, 1], after any cap for hints
   * @param band the band of the score; never {@code null}
   * @param keyPoints the verdict on each key point graded, in rubric order, by key point id; never
   *     {@code null}, may be empty; copied
   * @param graderId the id of the grader that graded it; never {@code null} or blank
   * @param hintsUsed how many hints the candidate asked for, 0 or more
   * @param followUp the prompt of the follow-up answered, or empty for the question itself; never
   *     {@code null}
   * @param answer the answer text, or empty when the candidate chose not to keep answers; never
   *     {@code null}
   * @throws NullPointerException if a component, key or value is {@code null}
   * @throws IllegalArgumentException if an id is blank, the score is outside [0, 1] or NaN, the
   *     time taken or hints are negative, or the follow-up prompt is blank
   * @since 1.0.0
   */
  public Attempt {
    notBlank(questionId, "questionId");
    notBlank(bankId, "bankId");
    answeredAt = Objects.requireNonNull(answeredAt, "answeredAt").truncatedTo(ChronoUnit.MILLIS);
    Objects.requireNonNull(timeTaken, "timeTaken");
    if (timeTaken.isNegative()) {
      throw new IllegalArgumentException("timeTaken must not be negative, was " + timeTaken);
    }
    timeTaken = timeTaken.truncatedTo(ChronoUnit.MILLIS);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1], was " + score);
    }
    Objects.requireNonNull(band, "band");
    Map<String, Verdict> copy = new LinkedHashMap<>();
    Objects.requireNonNull(keyPoints, "keyPoints").forEach((id, verdict) -> copy.put(
        Objects.requireNonNull(id, "key point id"), Objects.requireNonNull(verdict, "verdict")));
    keyPoints = Collections.unmodifiableMap(copy);
    notBlank(graderId, "graderId");
    if (hintsUsed < 0) {
      throw new IllegalArgumentException("hintsUsed must not be negative, was " + hintsUsed);
    }
    Objects.requireNonNull(followUp, "followUp");
    followUp.ifPresent(f -> notBlank(f, "followUp"));
    Objects.requireNonNull(answer, "answer");
  }

  private static void notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /**
   * {@return an attempt from a grade: its question, score, band, key point verdicts and grader,
   * with no time taken, no hints, no follow-up and no answer text; never {@code null}}
   *
   * @param grade the grade; never {@code null}
   * @param bankId where the question came from; never {@code null} or blank
   * @param answeredAt when the answer was given; never {@code null}
   * @since 1.0.0
   */
  public static Attempt of(Grade grade, String bankId, Instant answeredAt) {
    Objects.requireNonNull(grade, "grade");
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (KeyPointResult r : grade.keyPoints()) {
      verdicts.put(r.keyPointId(), r.verdict());
    }
    return new Attempt(grade.questionId(), bankId, answeredAt, Duration.ZERO, grade.score(),
        grade.band(), verdicts, grade.graderId(), 0, Optional.empty(), Optional.empty());
  }

  /**
   * {@return a copy with this time taken, never {@code null}}
   *
   * @param duration how long the answer took; never {@code null} or negative
   * @since 1.0.0
   */
  public Attempt withTimeTaken(Duration duration) {
    return new Attempt(questionId, bankId, answeredAt, duration, score, band, keyPoints, graderId,
        hintsUsed, followUp, answer);
  }

  /**
   * {@return a copy with this number of hints used, never {@code null}}
   *
   * @param hints 0 or more
   * @since 1.0.0
   */
  public Attempt withHintsUsed(int hints) {
    return new Attempt(questionId, bankId, answeredAt, timeTaken, score, band, keyPoints, graderId,
        hints, followUp, answer);
  }

  /**
   * {@return a copy that answers this follow-up of the question, never {@code null}}
   *
   * @param prompt the follow-up's prompt; never {@code null} or blank
   * @since 1.0.0
   */
  public Attempt withFollowUp(String prompt) {
    return new Attempt(questionId, bankId, answeredAt, timeTaken, score, band, keyPoints, graderId,
        hintsUsed, Optional.of(prompt), answer);
  }

  /**
   * {@return a copy that keeps this answer text, never {@code null}}
   *
   * @param text the answer; never {@code null}
   * @since 1.0.0
   */
  public Attempt withAnswer(String text) {
    return new Attempt(questionId, bankId, answeredAt, timeTaken, score, band, keyPoints, graderId,
        hintsUsed, followUp, Optional.of(Objects.requireNonNull(text, "text")));
  }

  /**
   * {@return a copy without the answer text, never {@code null}}
   *
   * @since 1.0.0
   */
  public Attempt withoutAnswer() {
    return new Attempt(questionId, bankId, answeredAt, timeTaken, score, band, keyPoints, graderId,
        hintsUsed, followUp, Optional.empty());
  }

  /**
   * {@return whether this attempt answers a follow-up rather than the question itself}
   *
   * @since 1.0.0
   */
  public boolean isFollowUp() {
    return followUp.isPresent();
  }

  /**
   * {@return the ids of the key points with this verdict, in rubric order; never {@code null}}
   *
   * @param verdict the verdict; never {@code null}
   * @since 1.0.0
   */
  public List<String> keyPoints(Verdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    return keyPoints.entrySet().stream().filter(e -> e.getValue() == verdict)
        .map(Map.Entry::getKey).toList();
  }

  /**
   * {@return whether this attempt has the same identity as another: the same question, time and
   * follow-up prompt}
   *
   * @param other the other attempt; never {@code null}
   * @since 1.0.0
   */
  public boolean sameAs(Attempt other) {
    return questionId.equals(other.questionId) && answeredAt.equals(other.answeredAt)
        && followUp.equals(other.followUp);
  }
}
