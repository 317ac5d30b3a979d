package io.github.interviewbank.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * The analysis against Lucene's {@code EnglishAnalyzer} in one JVM, the two taking turns: after a
 * warm-up, alternating rounds of {@value #ROUND_MS} ms of each side on {@link AnalysisBenchmark}'s
 * texts, so that both meet the machine in the same state. JMH runs each side in forks of its own,
 * which on a shared machine can meet its speed tens of seconds apart (forks of one side have
 * differed by half on this project's machine within a run); the ratio of two rounds taken in
 * turn does not drift with it. Prints one line, {@code analysis-alternating}, the median of the
 * rounds' ratios (words/s of this project's analysis over Lucene's), its quartiles and the number
 * of rounds, separated by tabs. Usage: {@code AnalysisAlternating [ROUNDS]} (40 by default).
 */
public final class AnalysisAlternating {
  private static final long ROUND_MS = 200;
  private static final int WARM_UP_ROUNDS = 20;

  /** What the measured calls return, kept so that the JIT cannot drop them. */
  static volatile double sink;

  private AnalysisAlternating() {}

  public static void main(String[] args) {
    int rounds = 40;
    try {
      rounds = args.length > 0 ? Integer.parseInt(args[0]) : rounds;
    } catch (NumberFormatException e) {
      rounds = 0;
    }
    if (rounds < 1) {
      System.err.println("usage: AnalysisAlternating [ROUNDS]: ROUNDS must be a whole number of 1 "
          + "or more, not '" + args[0] + "'");
      System.exit(2);
    }
    AnalysisBenchmark benchmark = new AnalysisBenchmark();
    benchmark.setUp();
    double[] ratios = new double[rounds];
    double returned = 0;
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      // Each round's sides in the other order than the last one's.
      boolean oursFirst = (round & 1) == 0;
      long start = System.nanoTime();
      long calls = 0;
      while (System.nanoTime() - start < ROUND_MS * 1_000_000) {
        returned += oursFirst ? benchmark.interviewBank() : benchmark.luceneEnglishAnalyzer();
        calls++;
      }
      double first = calls * 1e9 / (System.nanoTime() - start);
      start = System.nanoTime();
      calls = 0;
      while (System.nanoTime() - start < ROUND_MS * 1_000_000) {
        returned += oursFirst ? benchmark.luceneEnglishAnalyzer() : benchmark.interviewBank();
        calls++;
      }
      double second = calls * 1e9 / (System.nanoTime() - start);
      if (round >= 0) {
        ratios[round] = oursFirst ? first / second : second / first;
      }
    }
    benchmark.tearDown();
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "analysis-alternating\t%.3f\t%.3f\t%.3f\t%d%n",
        ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4], rounds);
    sink = returned;
  }
}
