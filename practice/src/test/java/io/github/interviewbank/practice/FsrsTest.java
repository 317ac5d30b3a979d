package io.github.interviewbank.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FSRS-6 with its default weights against values worked out by hand from the formulas in {@link
 * Fsrs}'s description. The weights used: w0 0.212, w1 1.2931, w2 2.3065, w3 8.2956, w4 6.4133, w5
 * 0.8334, w6 3.0194, w7 0.001, w8 1.8722, w9 0.1666, w10 0.796, w11 1.4835, w12 0.0614, w13
 * 0.2629, w14 1.6483, w15 0.6014, w16 1.8729, w17 0.5425, w18 0.0912, w19 0.0658, w20 0.1542.
 *
 * <p>DECAY = -0.1542, 1/DECAY = -6.485084, FACTOR = 0.9^-6.485084 - 1 = 0.980346. With the
 * default retention 0.9, I(0.9, S) = S / FACTOR * (0.9^(1/DECAY) - 1) = S / FACTOR * FACTOR = S.
 */
class FsrsTest {
  private static final double EPS = 1e-9;
  private final Fsrs fsrs = Fsrs.defaults();

  @Test
  void firstReviewStabilityIsTheRatingsWeightAndTheIntervalItsRoundedValue() {
    // S0(G) = w[G-1]; I = round(S) at retention 0.9, and at least 1 day.
    assertEquals(0.212, fsrs.initial(Rating.AGAIN).stability(), EPS);
    assertEquals(1.2931, fsrs.initial(Rating.HARD).stability(), EPS);
    assertEquals(2.3065, fsrs.initial(Rating.GOOD).stability(), EPS);
    assertEquals(8.2956, fsrs.initial(Rating.EASY).stability(), EPS);
    assertEquals(1, fsrs.interval(0.212));  // round(0.212) = 0, raised to the 1-day minimum
    assertEquals(1, fsrs.interval(1.2931));
    assertEquals(2, fsrs.interval(2.3065));
    assertEquals(8, fsrs.interval(8.2956));
  }

  @Test
  void firstReviewDifficultyFollowsTheInitialDifficultyFormula() {
    // D0(G) = w4 - e^(w5 (G - 1)) + 1
    // again: 6.4133 - e^0 + 1 = 6.4133
    // hard:  6.4133 - e^0.8334 + 1 = 6.4133 - 2.301129 + 1 = 5.112171
    // good:  6.4133 - e^1.6668 + 1 = 6.4133 - 5.295196 + 1 = 2.118104
    // easy:  6.4133 - e^2.5002 + 1 = 6.4133 - 12.184931 + 1 = -4.771631, clamped to 1
    assertEquals(6.4133, fsrs.initial(Rating.AGAIN).difficulty(), 1e-6);
    assertEquals(5.112171, fsrs.initial(Rating.HARD).difficulty(), 1e-6);
    assertEquals(2.118104, fsrs.initial(Rating.GOOD).difficulty(), 1e-6);
    assertEquals(1.0, fsrs.initial(Rating.EASY).difficulty(), EPS);
  }

  @Test
  void retrievabilityAfterTwoDaysOfAGoodFirstReview() {
    // R(2, 2.3065) = (1 + 0.980346 * 2 / 2.3065)^-0.1542 = 1.850073^-0.1542 = 0.909493
    assertEquals(0.909493, fsrs.retrievability(2, 2.3065), 1e-6);
    // On the day of the review nothing is forgotten yet: R(0, S) = 1.
    assertEquals(1.0, fsrs.retrievability(0, 2.3065), EPS);
    // By definition of stability, R(S, S) = 0.9.
    assertEquals(0.9, fsrs.retrievability(10, 10), 1e-12);
  }

  @Test
  void aGoodReviewOnTheDueDayGrowsStabilityByTheRecallFormula() {
    // Good first (S 2.3065, D 2.118104), then good two days later with R = 0.909493:
    // S'r = S (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1))
    //     = 2.3065 (1 + 6.502586 * 8.881896 * 0.870025 * (e^(0.796 * 0.090507) - 1))
    //     = 2.3065 (1 + 6.502586 * 8.881896 * 0.870025 * 0.074702) = 10.964332, so 11 days.
    MemoryState first = fsrs.initial(Rating.GOOD);
    MemoryState second = fsrs.next(first, 2, Rating.GOOD);
    assertEquals(10.964332, second.stability(), 1e-6);
    assertEquals(11, fsrs.interval(second.stability()));
    // D' = w7 D0(4) + (1 - w7) (D + (10 - D) * 0 / 9) = 0.001 * -4.771631 + 0.999 * 2.118104
    //    = 2.111214
    assertEquals(2.111214, second.difficulty(), 1e-6);
  }

  @Test
  void hardAndEasyScaleTheRecallGainByTheirPenaltyAndBonus() {
    // The same review rated hard multiplies the gain by w15 = 0.6014, easy by w16 = 1.8729:
    // hard: 2.3065 (1 + 3.753428 * 0.6014) = 7.513320, so 8 days
    // easy: 2.3065 (1 + 3.753428 * 1.8729) = 18.521754, so 19 days
    // (3.753428 = 6.502586 * 8.881896 * 0.870025 * 0.074702, the good gain above)
    MemoryState first = fsrs.initial(Rating.GOOD);
    assertEquals(7.513320, fsrs.next(first, 2, Rating.HARD).stability(), 1e-6);
    assertEquals(18.521754, fsrs.next(first, 2, Rating.EASY).stability(), 1e-6);
    assertEquals(8, fsrs.interval(fsrs.next(first, 2, Rating.HARD).stability()));
    assertEquals(19, fsrs.interval(fsrs.next(first, 2, Rating.EASY).stability()));
  }

  @Test
  void aLapseUsesTheForgettingFormulaAndRaisesDifficulty() {
    // Good first, then again two days later (R = 0.909493):
    // long term  = w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R))
    //            = 1.4835 * 2.118104^-0.0614 * (3.3065^0.2629 - 1) * e^(1.6483 * 0.090507)
    //            = 1.4835 * 0.954964 * 0.369437 * 1.160885 = 0.607580
    // short term = S / e^(w17 w18) = 2.3065 / e^(0.5425 * 0.0912) = 2.195161
    // S'f = min(0.607580, 2.195161) = 0.607580, so 1 day.
    MemoryState lapse = fsrs.next(fsrs.initial(Rating.GOOD), 2, Rating.AGAIN);
    assertEquals(0.607580, lapse.stability(), 1e-6);
    assertEquals(1, fsrs.interval(lapse.stability()));
    // delta = -w6 (1 - 3) = 6.0388; damped = 2.118104 + (10 - 2.118104) * 6.0388 / 9 = 7.406681
    // D' = 0.001 * -4.771631 + 0.999 * 7.406681 = 7.394503
    assertEquals(7.394503, lapse.difficulty(), 1e-6);
  }

  @Test
  void aSameDayReviewUsesTheShortTermFormula() {
    // Again first (S 0.212), then good the same day:
    // factor = e^(w17 (3 - 3 + w18)) S^-w19 = e^(0.5425 * 0.0912) * 0.212^-0.0658
    //        = 1.050720 * 1.107458 = 1.163628 (at least 1 for good), S' = 0.212 * 1.163628
    //        = 0.246689
    assertEquals(0.246689, fsrs.next(fsrs.initial(Rating.AGAIN), 0, Rating.GOOD).stability(),
        1e-6);
    // Good first (S 2.3065), then again the same day: factor = e^(0.5425 * (-2 + 0.0912))
    // * 2.3065^-0.0658 = 0.336043, S' = 2.3065 * 0.336043 = 0.775084
    assertEquals(0.775084, fsrs.next(fsrs.initial(Rating.GOOD), 0, Rating.AGAIN).stability(),
        1e-6);
  }

  @Test
  void consecutiveGoodReviewsOnTheirDueDaysGiveTheseIntervals() {
    // Replaying good on each due day through the formulas above: 2, 11, 46, 163, 497, 1346, 3292
    // days (each step: R at the interval, S'r, D', I = round(S')).
    List<Integer> intervals = new ArrayList<>();
    MemoryState m = fsrs.initial(Rating.GOOD);
    int interval = fsrs.interval(m.stability());
    intervals.add(interval);
    for (int i = 0; i < 6; i++) {
      m = fsrs.next(m, interval, Rating.GOOD);
      interval = fsrs.interval(m.stability());
      intervals.add(interval);
    }
    assertEquals(List.of(2, 11, 46, 163, 497, 1346, 3292), intervals);
  }

  @Test
  void aLowerRetentionLengthensIntervals() {
    // I(0.8, 10) = 10 / 0.980346 * (0.8^-6.485084 - 1) = 10 / 0.980346 * 3.250799 = 33.16, so 33.
    Fsrs relaxed = Fsrs.of(FsrsParameters.DEFAULT.withDesiredRetention(0.8));
    assertEquals(33, relaxed.interval(10));
  }

  @Test
  void intervalsStopAtTheMaximum() {
    assertEquals(36_500, fsrs.interval(1e9));
  }

  @Test
  void parametersOutsideTheirBoundsAreRejected() {
    List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT.weights());
    weights.set(20, 0.9);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new FsrsParameters(weights, 0.9, 36_500));
    assertEquals("weight w20 = 0.9 is outside [0.1, 0.8]", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new FsrsParameters(weights.subList(0, 19), 0.9, 36_500));
    assertThrows(IllegalArgumentException.class,
        () -> FsrsParameters.DEFAULT.withDesiredRetention(1.0));
  }
}
