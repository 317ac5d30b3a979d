package io.github.interviewbank.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RatingScaleTest {
  @Test
  void theDefaultScaleMapsScoresToTheFourRatingsAtItsThresholds() {
    RatingScale scale = RatingScale.DEFAULT;
    assertEquals(Rating.AGAIN, scale.ratingOf(0.0));
    assertEquals(Rating.AGAIN, scale.ratingOf(0.4999));
    assertEquals(Rating.HARD, scale.ratingOf(0.5));
    assertEquals(Rating.HARD, scale.ratingOf(0.6499));
    assertEquals(Rating.GOOD, scale.ratingOf(0.65));
    assertEquals(Rating.GOOD, scale.ratingOf(0.8999));
    assertEquals(Rating.EASY, scale.ratingOf(0.9));
    assertEquals(Rating.EASY, scale.ratingOf(1.0));
  }

  @Test
  void ratingsCarryFsrsGradeNumbers() {
    assertEquals(1, Rating.AGAIN.grade());
    assertEquals(4, Rating.EASY.grade());
    assertEquals("good", Rating.GOOD.id());
  }

  @Test
  void thresholdsOutOfOrderAndScoresOutOfRangeAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new RatingScale(0.7, 0.6, 0.9));
    assertThrows(IllegalArgumentException.class, () -> new RatingScale(0, 0.6, 0.9));
    assertThrows(IllegalArgumentException.class, () -> RatingScale.DEFAULT.ratingOf(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> RatingScale.DEFAULT.ratingOf(1.01));
  }
}
