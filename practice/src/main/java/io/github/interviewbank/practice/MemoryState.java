package io.github.interviewbank.practice;

/**
 * FSRS's memory of one question: how stable it is and how hard it is to make more stable.
 *
 * @param stability the number of days after which the probability of recall falls to 90%;
 *     finite and greater than 0
 * @param difficulty how hard the question is for this candidate, from 1 (easy) to 10 (hard)
 * @since 1.0.0
 */
public record MemoryState(double stability, double difficulty) {

  /**
   * Validates the components.
   *
   * @param stability the number of days after which the probability of recall falls to 90%;
   *     finite and greater than 0
   * @param difficulty how hard the question is for this candidate, from 1 (easy) to 10 (hard)
   * @throws IllegalArgumentException if the stability is not finite and positive or the
   *     difficulty is outside [1, 10]
   * @since 1.0.0
   */
  public MemoryState {
    if (!(stability > 0 && stability < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "stability must be finite and positive, was " + stability);
    }
    if (!(difficulty >= 1 && difficulty <= 10)) {
      throw new IllegalArgumentException("difficulty must be within [1, 10], was " + difficulty);
    }
  }
}
