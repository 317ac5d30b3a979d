package io.github.interviewbank.evaluation;

import java.util.Arrays;
import java.util.OptionalDouble;

/** Agreement statistics between human and grader scores. */
final class Metrics {
  /** Quadratic weighted kappa bins scores into 0..5, as a 0-5 rating scale. */
  static final int BINS = 6;

  private Metrics() {}

  /** Pearson's r; empty when fewer than two pairs or either side has no variance. */
  static OptionalDouble pearson(double[] x, double[] y) {
    int n = x.length;
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
  }

  /** Spearman's rho: Pearson's r of the ranks, tied values sharing their average rank. */
  static OptionalDouble spearman(double[] x, double[] y) {
    return pearson(ranks(x), ranks(y));
  }

  static double[] ranks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double average = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = average;
      }
      i = j + 1;
    }
    return ranks;
  }

  /** The 0..5 bin of a score in [0, 1]: the nearest rating, halves rounded up. */
  static int bin(double score) {
    return (int) Math.max(0, Math.min(BINS - 1, Math.round(score * (BINS - 1))));
  }

  /**
   * Quadratic weighted kappa over six bins; empty when chance disagreement is zero (every
   * score of both sides in one bin).
   */
  static OptionalDouble quadraticWeightedKappa(double[] human, double[] grader) {
    int n = human.length;
    if (n == 0) {
      return OptionalDouble.empty();
    }
    double[][] observed = new double[BINS][BINS];
    double[] humanHist = new double[BINS];
    double[] graderHist = new double[BINS];
    for (int i = 0; i < n; i++) {
      int h = bin(human[i]);
      int g = bin(grader[i]);
      observed[h][g]++;
      humanHist[h]++;
      graderHist[g]++;
    }
    double weightedObserved = 0;
    double weightedExpected = 0;
    for (int i = 0; i < BINS; i++) {
      for (int j = 0; j < BINS; j++) {
        double w = (double) (i - j) * (i - j) / ((BINS - 1) * (BINS - 1));
        weightedObserved += w * observed[i][j];
        weightedExpected += w * humanHist[i] * graderHist[j] / n;
      }
    }
    if (weightedExpected == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(1 - weightedObserved / weightedExpected);
  }

  static double meanAbsoluteError(double[] x, double[] y) {
    if (x.length == 0) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += Math.abs(x[i] - y[i]);
    }
    return sum / x.length;
  }

  static double mean(double[] x) {
    if (x.length == 0) {
      return 0;
    }
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }
}
