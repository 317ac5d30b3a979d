package io.github.interviewbank.practice;

import java.util.List;
import java.util.Objects;

/**
 * The parameters of the FSRS-6 memory model: the 21 weights {@code w0..w20}, the retention the
 * schedule aims for, and the longest interval it gives.
 *
 * <p>{@link #DEFAULT} holds FSRS-6's published default weights, those of the reference
 * implementations (py-fsrs 6 and fsrs-rs 6, the weights Anki uses before a user optimises
 * their own): {@code 0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
 * 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
 * 0.1542}, with a desired retention of 0.9 and a maximum interval of 36,500 days. Each weight must
 * lie within the bounds the reference implementation enforces (for example {@code w20}, the
 * decay, within [0.1, 0.8]).
 *
 * @param weights the 21 weights {@code w0..w20}; never {@code null}; copied
 * @param desiredRetention the probability of recall the intervals aim for, in (0, 1)
 * @param maximumInterval the longest interval in days, at least 1
 * @since 1.0.0
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, int maximumInterval) {

  /** The number of weights of FSRS-6. */
  private static final int WEIGHTS = 21;

  private static final double[] LOWER = {
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001,
    0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1
  };

  private static final double[] UPPER = {
    100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0,
    6.0, 2.0, 2.0, 0.8, 0.8
  };

  /**
   * FSRS-6's published defaults: the default weights, retention 0.9, at most 36,500 days.
   *
   * @since 1.0.0
   */
  public static final FsrsParameters DEFAULT = new FsrsParameters(List.of(
      0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
      1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542),
      0.9, 36_500);

  /**
   * Validates and copies the weights.
   *
   * @param weights the 21 weights {@code w0..w20}; never {@code null}; copied
   * @param desiredRetention the probability of recall the intervals aim for, in (0, 1)
   * @param maximumInterval the longest interval in days, at least 1
   * @throws NullPointerException if the list or a weight is {@code null}
   * @throws IllegalArgumentException if there are not 21 weights, a weight is outside its bounds,
   *     the retention is outside (0, 1) or the maximum interval is below 1
   * @since 1.0.0
   */
  public FsrsParameters {
    weights = List.copyOf(Objects.requireNonNull(weights, "weights"));
    if (weights.size() != WEIGHTS) {
      throw new IllegalArgumentException(
          "FSRS-6 takes " + WEIGHTS + " weights, got " + weights.size());
    }
    for (int i = 0; i < WEIGHTS; i++) {
      double w = weights.get(i);
      if (!(w >= LOWER[i] && w <= UPPER[i])) {
        throw new IllegalArgumentException("weight w" + i + " = " + w + " is outside ["
            + LOWER[i] + ", " + UPPER[i] + "]");
      }
    }
    if (!(desiredRetention > 0 && desiredRetention < 1)) {
      throw new IllegalArgumentException(
          "desired retention must be within (0, 1), was " + desiredRetention);
    }
    if (maximumInterval < 1) {
      throw new IllegalArgumentException(
          "maximum interval must be at least 1 day, was " + maximumInterval);
    }
  }

  /**
   * {@return weight {@code w}<sub>i</sub>}
   *
   * @param i the index, 0 to 20
   * @throws IndexOutOfBoundsException if {@code i} is outside 0 to 20
   * @since 1.0.0
   */
  public double w(int i) {
    return weights.get(i);
  }

  /**
   * {@return a copy with another desired retention, never {@code null}}
   *
   * @param retention in (0, 1)
   * @throws IllegalArgumentException if the retention is outside (0, 1)
   * @since 1.0.0
   */
  public FsrsParameters withDesiredRetention(double retention) {
    return new FsrsParameters(weights, retention, maximumInterval);
  }
}
