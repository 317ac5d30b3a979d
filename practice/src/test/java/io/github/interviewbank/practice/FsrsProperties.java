package io.github.interviewbank.practice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Laws of the FSRS-6 model that hold for any memory state, delay and rating. */
class FsrsProperties {
  private final Fsrs fsrs = Fsrs.defaults();

  @Provide
  Arbitrary<MemoryState> memories() {
    return Combinators.combine(
            Arbitraries.doubles().between(0.001, 36_500).ofScale(4),
            Arbitraries.doubles().between(1, 10).ofScale(4))
        .as(MemoryState::new);
  }

  @Property
  void stabilityStaysPositiveAndDifficultyWithinOneToTen(@ForAll("memories") MemoryState m,
      @ForAll @IntRange(min = 0, max = 100_000) int days, @ForAll Rating rating) {
    MemoryState next = fsrs.next(m, days, rating);
    assertTrue(next.stability() >= 0.001 && Double.isFinite(next.stability()), next::toString);
    assertTrue(next.difficulty() >= 1 && next.difficulty() <= 10, next::toString);
  }

  @Property
  void aRecallAfterADayOrMoreNeverLowersStability(@ForAll("memories") MemoryState m,
      @ForAll @IntRange(min = 1, max = 100_000) int days, @ForAll Rating rating) {
    if (rating != Rating.AGAIN) {
      assertTrue(fsrs.next(m, days, rating).stability() >= m.stability());
    }
  }

  @Property
  void aLapseNeverRaisesStability(@ForAll("memories") MemoryState m,
      @ForAll @IntRange(min = 0, max = 100_000) int days) {
    assertTrue(fsrs.next(m, days, Rating.AGAIN).stability() <= m.stability());
  }

  @Property
  void aBetterRatingNeverGivesAShorterInterval(@ForAll("memories") MemoryState m,
      @ForAll @IntRange(min = 0, max = 100_000) int days) {
    int previous = 0;
    for (Rating rating : Rating.values()) {
      int interval = fsrs.interval(fsrs.next(m, days, rating).stability());
      assertTrue(interval >= previous, rating + ": " + interval + " < " + previous);
      previous = interval;
    }
  }

  @Property
  void aBetterRatingNeverRaisesDifficulty(@ForAll("memories") MemoryState m) {
    double previous = Double.POSITIVE_INFINITY;
    for (Rating rating : Rating.values()) {
      double d = fsrs.next(m, 3, rating).difficulty();
      assertTrue(d <= previous + 1e-12, rating + ": " + d + " > " + previous);
      previous = d;
    }
  }

  @Property
  void goodReviewsOnTheDueDayGiveGrowingIntervals(@ForAll Rating first,
      @ForAll @IntRange(min = 1, max = 8) int reviews) {
    MemoryState m = fsrs.initial(first);
    int interval = fsrs.interval(m.stability());
    for (int i = 0; i < reviews; i++) {
      m = fsrs.next(m, interval, Rating.GOOD);
      int next = fsrs.interval(m.stability());
      assertTrue(next >= interval, next + " < " + interval);
      interval = next;
    }
  }

  @Property
  void retrievabilityFallsWithTimeAndStaysWithinZeroAndOne(
      @ForAll @DoubleRange(min = 0.001, max = 36_500) @Scale(4) double stability,
      @ForAll @DoubleRange(min = 0, max = 100_000) double t) {
    double r = fsrs.retrievability(t, stability);
    assertTrue(r > 0 && r <= 1, () -> "R = " + r);
    assertTrue(fsrs.retrievability(t + 1, stability) <= r);
  }

  @Property
  void intervalsAreWholeDaysWithinTheirBounds(
      @ForAll @DoubleRange(min = 0.001, max = 1e9) @Scale(4) double stability) {
    int interval = fsrs.interval(stability);
    assertTrue(interval >= 1 && interval <= 36_500, () -> "interval " + interval);
  }
}
