package io.github.interviewbank.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.KeyPointResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HintsTest {
  private static final Question Q = Question.builder("q").prompt("Why?")
      .difficulty(Difficulty.BEGINNER).referenceAnswer("Because.")
      .keyPoints(KeyPoint.of("light", "A light point"),
          KeyPoint.of("heavy", "A heavy point").withWeight(2),
          KeyPoint.of("must", "A required point").withRequired(true))
      .build();

  private static Grade grade(double score, KeyPointResult... results) {
    return new Grade("q", "keyword", score, BandThresholds.DEFAULT.bandOf(score),
        List.of(results), "Feedback.");
  }

  @Test
  void theFirstHintIsARequiredPointThenTheHeaviestThenRubricOrder() {
    Grade nothing = Grade.noAnswer(Q, "keyword");
    assertEquals("must", Hints.next(Q, nothing, Set.of()).orElseThrow().id());
    assertEquals("heavy", Hints.next(Q, nothing, Set.of("must")).orElseThrow().id());
    assertEquals("light", Hints.next(Q, nothing, Set.of("must", "heavy")).orElseThrow().id());
    assertEquals(Optional.empty(), Hints.next(Q, nothing, Set.of("must", "heavy", "light")));
  }

  @Test
  void aPointTheAnswerAlreadyCoversIsNotHinted() {
    Grade soFar = grade(0.4, KeyPointResult.covered("must", List.of()),
        KeyPointResult.missed("heavy"), KeyPointResult.missed("light"));
    assertEquals("heavy", Hints.next(Q, soFar, Set.of()).orElseThrow().id());
  }

  @Test
  void aHintedPointsShareOfTheWeightIsTakenOffTheHighestScore() {
    // Weights 1, 2, 1: hinting the heavy point leaves 1 - 2/4 = 0.5.
    assertEquals(1.0, Hints.cap(Q, Set.of()));
    assertEquals(0.5, Hints.cap(Q, Set.of("heavy")));
    assertEquals(0.25, Hints.cap(Q, Set.of("heavy", "light")));
  }

  @Test
  void aGradeAboveTheCapIsLoweredToItWithTheMatchingBand() {
    Grade full = grade(0.95);
    Grade capped = Hints.apply(full, Q, Set.of("heavy"), BandThresholds.DEFAULT);
    assertEquals(0.5, capped.score());
    assertEquals(Band.ACCEPTABLE, capped.band());
    Grade low = grade(0.3);
    assertSame(low, Hints.apply(low, Q, Set.of("heavy"), BandThresholds.DEFAULT));
  }
}
