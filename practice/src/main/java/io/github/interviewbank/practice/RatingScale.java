package io.github.interviewbank.practice;

import io.github.interviewbank.grading.Grade;
import java.util.Objects;

/**
 * How a grade's score maps to an FSRS {@link Rating}: below {@code hard} is {@link Rating#AGAIN},
 * from {@code hard} {@link Rating#HARD}, from {@code good} {@link Rating#GOOD}, from {@code easy}
 * {@link Rating#EASY}.
 *
 * <p>The {@linkplain #DEFAULT default} puts the boundary between forgotten and recalled where the
 * grade bands put it ({@code BandThresholds.DEFAULT.acceptable()}, 0.5): an answer that is weak
 * or missing is a lapse. Acceptable answers split into hard (0.5 to 0.65) and good (0.65 to 0.9),
 * and only a near-complete answer (0.9 and above) is easy, since easy stretches the next interval
 * the most.
 *
 * @param hard lowest score rated {@link Rating#HARD}, in (0, good]
 * @param good lowest score rated {@link Rating#GOOD}, in [hard, easy]
 * @param easy lowest score rated {@link Rating#EASY}, in [good, 1]
 * @since 1.0.0
 */
public record RatingScale(double hard, double good, double easy) {

  /**
   * The default scale: hard from 0.5, good from 0.65, easy from 0.9.
   *
   * @since 1.0.0
   */
  public static final RatingScale DEFAULT = new RatingScale(0.5, 0.65, 0.9);

  /**
   * Validates that {@code 0 < hard <= good <= easy <= 1}.
   *
   * @param hard lowest score rated {@link Rating#HARD}, in (0, good]
   * @param good lowest score rated {@link Rating#GOOD}, in [hard, easy]
   * @param easy lowest score rated {@link Rating#EASY}, in [good, 1]
   * @throws IllegalArgumentException if the thresholds are out of order or range
   * @since 1.0.0
   */
  public RatingScale {
    if (!(hard > 0 && hard <= good && good <= easy && easy <= 1)) {
      throw new IllegalArgumentException("rating thresholds must satisfy 0 < hard <= good <= easy"
          + " <= 1, were " + hard + ", " + good + ", " + easy);
    }
  }

  /**
   * {@return the rating of a score, never {@code null}}
   *
   * @param score a score in [0, 1]
   * @throws IllegalArgumentException if the score is NaN or outside [0, 1]
   * @since 1.0.0
   */
  public Rating ratingOf(double score) {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1], was " + score);
    }
    if (score >= easy) {
      return Rating.EASY;
    }
    if (score >= good) {
      return Rating.GOOD;
    }
    return score >= hard ? Rating.HARD : Rating.AGAIN;
  }

  /**
   * {@return the rating of a grade's score, never {@code null}}
   *
   * @param grade the grade; never {@code null}
   * @since 1.0.0
   */
  public Rating ratingOf(Grade grade) {
    return ratingOf(Objects.requireNonNull(grade, "grade").score());
  }
}
