package io.github.interviewbank.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricScoringTest {
  /** Weights 2, 1 and 1; "core" is required. */
  private static final Question Q = Question.builder("scoring-question")
      .prompt("Explain it.").difficulty(Difficulty.BEGINNER).referenceAnswer("The answer.")
      .keyPoints(KeyPoint.of("core", "The core").withWeight(2).withRequired(true),
          KeyPoint.of("detail", "A detail"), KeyPoint.of("extra", "An extra"))
      .build();
  private static final List<Span> SPAN = List.of(Span.of(0, 1));

  private static KeyPointResult covered(String id) {
    return KeyPointResult.covered(id, SPAN);
  }

  @Test
  void coverageIsTheCoveredWeightOverTheTotalWeight() {
    assertEquals(0.75, RubricScoring.DEFAULT.coverage(Q,
        List.of(covered("core"), covered("detail"), KeyPointResult.missed("extra"))), 1e-12);
  }

  @Test
  void keyPointsWithoutAResultCountAsMissedAndResultsAreMatchedById() {
    assertEquals(0.25, RubricScoring.DEFAULT.coverage(Q, List.of(covered("extra"))), 1e-12);
    assertEquals(0.75, RubricScoring.DEFAULT.coverage(Q,
        List.of(covered("detail"), covered("core"), covered("unknown-id"))), 1e-12);
  }

  @Test
  void aQuestionWithoutKeyPointsHasNoCoverage() {
    Question bare = Question.builder("bare").prompt("Why?").difficulty(Difficulty.BEGINNER)
        .referenceAnswer("Because.").build();
    assertEquals(0.0, RubricScoring.DEFAULT.coverage(bare, List.of()));
  }

  @Test
  void theCurveGivesPartialAnswersMoreThanTheirShare() {
    assertEquals(Math.pow(0.5, 0.7), RubricScoring.DEFAULT.curve(0.5), 1e-12);
    assertEquals(0.5, new RubricScoring(1, 0.6, 0.2, BandThresholds.DEFAULT).curve(0.5), 1e-12);
  }

  @Test
  void missingARequiredPointCapsTheScore() {
    double score = RubricScoring.DEFAULT.score(Q,
        List.of(KeyPointResult.missed("core"), covered("detail"), covered("extra")));
    assertEquals(0.5 * 0 + Math.min(Math.pow(0.5, 0.7), 0.6), score, 1e-12);
    assertEquals(0.6, RubricScoring.DEFAULT.capped(0.9, Q, List.of(covered("detail"))), 1e-12);
  }

  @Test
  void aContradictionCapsTheScoreLower() {
    List<KeyPointResult> results =
        List.of(covered("core"), covered("detail"), KeyPointResult.contradicted("extra", SPAN));
    assertEquals(0.2, RubricScoring.DEFAULT.score(Q, results), 1e-12);
  }

  @Test
  void everyPointCoveredScoresOneAndIsStrong() {
    List<KeyPointResult> all = List.of(covered("core"), covered("detail"), covered("extra"));
    assertEquals(1.0, RubricScoring.DEFAULT.score(Q, all), 1e-12);
    assertEquals(Band.STRONG, RubricScoring.DEFAULT.band(1.0));
  }

  @Test
  void cappedClampsToTheUnitInterval() {
    List<KeyPointResult> all = List.of(covered("core"), covered("detail"), covered("extra"));
    assertEquals(1.0, RubricScoring.DEFAULT.capped(1.3, Q, all));
    assertEquals(0.0, RubricScoring.DEFAULT.capped(-0.1, Q, all));
    assertEquals(1.0, RubricScoring.DEFAULT.capped(Double.POSITIVE_INFINITY, Q, all));
  }

  @Test
  void cappedRejectsANaNScoreInsteadOfReturningIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RubricScoring.DEFAULT.capped(Double.NaN, Q, List.of()));
    assertEquals("score must be a number, was NaN", e.getMessage());
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    assertEquals(new RubricScoring(0.7, 0.6, 0.2, BandThresholds.DEFAULT), RubricScoring.DEFAULT);
  }

  @Test
  void invalidSettingsAreRejected() {
    BandThresholds b = BandThresholds.DEFAULT;
    assertThrows(IllegalArgumentException.class, () -> new RubricScoring(0, 0.6, 0.2, b));
    assertThrows(IllegalArgumentException.class, () -> new RubricScoring(1.5, 0.6, 0.2, b));
    assertThrows(IllegalArgumentException.class, () -> new RubricScoring(0.7, Double.NaN, 0.2, b));
    assertThrows(IllegalArgumentException.class, () -> new RubricScoring(0.7, 0.6, 1.2, b));
  }
}
