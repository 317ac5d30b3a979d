package io.github.interviewbank.grading;

/**
 * The lowest scores of the {@link Band#WEAK}, {@link Band#ACCEPTABLE} and {@link Band#STRONG}
 * bands; anything below {@code weak} is {@link Band#MISSING}.
 *
 * @param weak lowest weak score, in (0, acceptable]
 * @param acceptable lowest acceptable score, in [weak, strong]
 * @param strong lowest strong score, in [acceptable, 1]
 * @since 1.0.0
 */
public record BandThresholds(double weak, double acceptable, double strong) {

  /**
   * The defaults: weak from 0.2, acceptable from 0.5, strong from 0.8.
   *
   * @since 1.0.0
   */
  public static final BandThresholds DEFAULT = new BandThresholds(0.2, 0.5, 0.8);

  /**
   * Validates that {@code 0 < weak <= acceptable <= strong <= 1}.
   *
   * @param weak lowest weak score, in (0, acceptable]
   * @param acceptable lowest acceptable score, in [weak, strong]
   * @param strong lowest strong score, in [acceptable, 1]
   * @throws IllegalArgumentException if the thresholds are out of order or range
   * @since 1.0.0
   */
  public BandThresholds {
    if (!(weak > 0 && weak <= acceptable && acceptable <= strong && strong <= 1)) {
      throw new IllegalArgumentException(
          "band thresholds must satisfy 0 < weak <= acceptable <= strong <= 1, were " + weak
              + ", " + acceptable + ", " + strong);
    }
  }

  /**
   * {@return the band of a score, never {@code null}}
   *
   * @param score a score in [0, 1]
   * @throws IllegalArgumentException if the score is outside [0, 1] or NaN
   * @since 1.0.0
   */
  public Band bandOf(double score) {
    Grade.checkScore(score);
    if (score >= strong) {
      return Band.STRONG;
    }
    if (score >= acceptable) {
      return Band.ACCEPTABLE;
    }
    if (score >= weak) {
      return Band.WEAK;
    }
    return Band.MISSING;
  }
}
