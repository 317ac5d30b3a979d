package io.github.interviewbank.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one question stands after its attempts have been replayed through the memory model.
 *
 * @param questionId the question's id; never {@code null}
 * @param memory stability and difficulty after the last attempt; never {@code null}
 * @param lastReview when the question was last answered; never {@code null}
 * @param due the day it is due again, in the scheduler's time zone; never {@code null}
 * @param reviews how many times it was answered, 1 or more
 * @param lapses how many of those answers were rated {@link Rating#AGAIN}
 * @param lastScore the score of the last answer, within [0, 1]
 * @param lastRating the rating of the last answer; never {@code null}
 * @since 1.0.0
 */
public record ReviewState(
    String questionId,
    MemoryState memory,
    Instant lastReview,
    LocalDate due,
    int reviews,
    int lapses,
    double lastScore,
    Rating lastRating) {

  /**
   * Validates the components.
   *
   * @param questionId the question's id; never {@code null}
   * @param memory stability and difficulty after the last attempt; never {@code null}
   * @param lastReview when the question was last answered; never {@code null}
   * @param due the day it is due again, in the scheduler's time zone; never {@code null}
   * @param reviews how many times it was answered, 1 or more
   * @param lapses how many of those answers were rated {@link Rating#AGAIN}
   * @param lastScore the score of the last answer, within [0, 1]
   * @param lastRating the rating of the last answer; never {@code null}
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if {@code reviews} is below 1, {@code lapses} is negative or
   *     above {@code reviews}, or the score is outside [0, 1]
   * @since 1.0.0
   */
  public ReviewState {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(lastReview, "lastReview");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(lastRating, "lastRating");
    if (reviews < 1 || lapses < 0 || lapses > reviews) {
      throw new IllegalArgumentException(
          "need 1 <= reviews and 0 <= lapses <= reviews, were " + reviews + ", " + lapses);
    }
    if (!(lastScore >= 0 && lastScore <= 1)) {
      throw new IllegalArgumentException("lastScore must be within [0, 1], was " + lastScore);
    }
  }
}
