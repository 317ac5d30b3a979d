package io.github.interviewbank.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Span;
import io.github.interviewbank.grading.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptTest {
  private static final Grade GRADE = new Grade("cap-theorem", "keyword", 0.55, Band.ACCEPTABLE,
      List.of(KeyPointResult.covered("two-of-three", List.of(new Span(0, 4))),
          KeyPointResult.missed("partition"),
          KeyPointResult.contradicted("cp-or-ap", List.of(new Span(5, 9)))),
      "Feedback.");

  @Test
  void anAttemptFromAGradeKeepsItsScoreBandGraderAndVerdictsInRubricOrder() {
    Attempt a = Attempt.of(GRADE, "built-in", Instant.parse("2026-11-29T10:00:00Z"));
    assertEquals("cap-theorem", a.questionId());
    assertEquals(0.55, a.score());
    assertEquals(Band.ACCEPTABLE, a.band());
    assertEquals("keyword", a.graderId());
    assertEquals(List.of("two-of-three", "partition", "cp-or-ap"),
        List.copyOf(a.keyPoints().keySet()));
    assertEquals(List.of("two-of-three"), a.keyPoints(Verdict.COVERED));
    assertEquals(List.of("partition"), a.keyPoints(Verdict.MISSED));
    assertEquals(List.of("cp-or-ap"), a.keyPoints(Verdict.CONTRADICTED));
    assertEquals(Duration.ZERO, a.timeTaken());
    assertEquals(0, a.hintsUsed());
    assertFalse(a.isFollowUp());
    assertEquals(Optional.empty(), a.answer());
  }

  @Test
  void withersSetTimeHintsFollowUpAndAnswer() {
    Attempt a = Attempt.of(GRADE, "built-in", Instant.parse("2026-11-29T10:00:00Z"))
        .withTimeTaken(Duration.ofSeconds(83)).withHintsUsed(2).withFollowUp("Why?")
        .withAnswer("text");
    assertEquals(Duration.ofSeconds(83), a.timeTaken());
    assertEquals(2, a.hintsUsed());
    assertTrue(a.isFollowUp());
    assertEquals(Optional.of("text"), a.answer());
    assertEquals(Optional.empty(), a.withoutAnswer().answer());
  }

  @Test
  void timesAreKeptToTheMillisecond() {
    Attempt a = Attempt.of(GRADE, "built-in", Instant.parse("2026-11-29T10:00:00.123456789Z"))
        .withTimeTaken(Duration.ofNanos(1_234_567_890));
    assertEquals(Instant.parse("2026-11-29T10:00:00.123Z"), a.answeredAt());
    assertEquals(Duration.ofMillis(1234), a.timeTaken());
  }

  @Test
  void identityIsQuestionTimeAndFollowUp() {
    Attempt a = Attempt.of(GRADE, "built-in", Instant.parse("2026-11-29T10:00:00Z"));
    assertTrue(a.sameAs(a.withHintsUsed(3).withAnswer("other")));
    assertFalse(a.sameAs(a.withFollowUp("Why?")));
  }

  @Test
  void invalidComponentsAreRejected() {
    Attempt a = Attempt.of(GRADE, "built-in", Instant.parse("2026-11-29T10:00:00Z"));
    assertThrows(IllegalArgumentException.class, () -> a.withHintsUsed(-1));
    assertThrows(IllegalArgumentException.class, () -> a.withTimeTaken(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> a.withFollowUp(" "));
    assertThrows(IllegalArgumentException.class,
        () -> Attempt.of(GRADE, " ", Instant.parse("2026-11-29T10:00:00Z")));
  }
}
