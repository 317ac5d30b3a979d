package io.github.interviewbank.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.QuestionBank;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  private static final List<KeyPointResult> NONE = List.of();

  @Test
  void scoresMustBeFiniteAndWithinZeroAndOne() {
    for (double bad : new double[] {-0.01, 1.01, Double.NaN, Double.NEGATIVE_INFINITY}) {
      assertThrows(IllegalArgumentException.class,
          () -> new Grade("q", "g", bad, Band.WEAK, NONE, "f"), Double.toString(bad));
    }
    assertEquals(1.0, new Grade("q", "g", 1.0, Band.STRONG, NONE, "f").score());
  }

  @Test
  void gradesNeedFeedbackAGraderIdAndUniqueKeyPoints() {
    assertThrows(IllegalArgumentException.class, () -> new Grade("q", "g", 0.5, Band.WEAK, NONE, " "));
    assertThrows(IllegalArgumentException.class, () -> new Grade("q", "", 0.5, Band.WEAK, NONE, "f"));
    List<KeyPointResult> twice = List.of(KeyPointResult.missed("a"), KeyPointResult.missed("a"));
    assertThrows(IllegalArgumentException.class, () -> new Grade("q", "g", 0.5, Band.WEAK, twice, "f"));
  }

  @Test
  void gradesListCoveredAndMissedPoints() {
    Grade g = new Grade("q", "g", 0.5, Band.ACCEPTABLE,
        List.of(KeyPointResult.covered("a", List.of(Span.of(0, 3))), KeyPointResult.missed("b"),
            KeyPointResult.contradicted("c", List.of(Span.of(4, 9)))), "f");
    assertEquals(List.of("a"), g.coveredIds());
    assertEquals(List.of("b", "c"), g.missedIds());
    assertEquals(Verdict.CONTRADICTED, g.keyPoint("c").orElseThrow().verdict());
    assertEquals(Optional.empty(), g.keyPoint("d"));
    assertEquals("other", g.withGraderId("other").graderId());
  }

  @Test
  void anUnsureNoteIsTheLastPartOfTheFeedback() {
    Grade sure = new Grade("q", "g", 0.5, Band.ACCEPTABLE, List.of(), "You covered 1 of 2 points.");
    assertEquals(Optional.empty(), sure.unsureNote());
    assertEquals("You covered 1 of 2 points.", sure.feedbackWithoutUnsureNote());
    Grade unsure = new Grade("q", "g", 0.1, Band.MISSING, List.of(),
        "You covered 0 of 2 points. " + Grade.UNSURE_PREFIX + " a long answer matched little.");
    assertEquals(Optional.of("a long answer matched little."), unsure.unsureNote());
    assertEquals("You covered 0 of 2 points.", unsure.feedbackWithoutUnsureNote());
  }

  @Test
  void noAnswerGradeMissesEveryPoint() {
    Grade g = Grade.noAnswer(TestQuestions.CACHE, "g");
    assertEquals(0.0, g.score());
    assertEquals(Band.MISSING, g.band());
    assertEquals(List.of("copies", "faster"), g.missedIds());
    assertEquals(Grade.NO_ANSWER_FEEDBACK, g.feedback());
  }

  @Test
  void aKeyPointCannotBeCoveredAndContradicted() {
    assertThrows(IllegalArgumentException.class,
        () -> new KeyPointResult("a", Verdict.MISSED, List.of(Span.of(0, 1))));
  }

  @Test
  void spansAreHalfOpenRanges() {
    assertEquals("cache", Span.of(2, 7).textIn("A cache"));
    assertEquals(5, Span.of(2, 7).length());
    assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> Span.of(3, 2));
  }

  @Test
  void bandThresholdsMapScoresToBands() {
    BandThresholds t = BandThresholds.DEFAULT;
    assertEquals(Band.MISSING, t.bandOf(0.0));
    assertEquals(Band.MISSING, t.bandOf(0.199));
    assertEquals(Band.WEAK, t.bandOf(0.2));
    assertEquals(Band.ACCEPTABLE, t.bandOf(0.5));
    assertEquals(Band.STRONG, t.bandOf(0.8));
    assertEquals(Band.STRONG, t.bandOf(1.0));
    assertThrows(IllegalArgumentException.class, () -> t.bandOf(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new BandThresholds(0.5, 0.4, 0.9));
    assertThrows(IllegalArgumentException.class, () -> new BandThresholds(0, 0.4, 0.9));
    assertEquals("acceptable", Band.ACCEPTABLE.label());
  }

  @Test
  void requestsNameTheirNullParameters() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> GradingRequest.of(TestQuestions.CACHE, nullString()));
    assertEquals("answer", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> GradingRequest.of(nullQuestion(), "x"));
    assertEquals("question", e.getMessage());
  }

  @Test
  void requestsAcceptAnswersUpToTheLengthLimit() {
    String atLimit = "a".repeat(GradingRequest.MAX_ANSWER_LENGTH);
    assertEquals(atLimit, GradingRequest.of(TestQuestions.CACHE, atLimit).answer());
  }

  @Test
  void requestsRejectAnswersOverTheLengthLimitWithBothLengths() {
    String tooLong = "a".repeat(GradingRequest.MAX_ANSWER_LENGTH + 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GradingRequest.of(TestQuestions.CACHE, tooLong));
    assertEquals("the answer to 'what-is-a-cache' is 1,000,001 characters long; the limit is"
        + " 1,000,000", e.getMessage());
    GradingRequest.Builder builder = GradingRequest.builder(TestQuestions.CACHE, "short");
    assertThrows(IllegalArgumentException.class, () -> builder.answer(tooLong).build());
  }

  @Test
  void requestsCarryOptionalContext() {
    GradingRequest plain = GradingRequest.of(TestQuestions.CACHE, " \n");
    assertTrue(plain.isBlank());
    assertEquals(Optional.empty(), plain.bank());
    QuestionBank bank = QuestionBank.of(List.of(TestQuestions.CACHE));
    GradingRequest rich = plain.toBuilder().answer("x").bank(bank).build();
    assertFalse(rich.isBlank());
    assertEquals(Optional.of(bank), rich.bank());
  }

  @Test
  void defaultMethodsDelegateToTheOneAbstractMethod() {
    AnswerGrader grader = request -> Grade.noAnswer(request.question(), "lambda");
    assertEquals("lambda", grader.grade(TestQuestions.CACHE, "x").graderId());
    assertFalse(grader.isDeterministic());
    assertTrue(grader.id().contains("$"), grader.id());
    List<Grade> all = grader.gradeAll(List.of(GradingRequest.of(TestQuestions.CACHE, "a"),
        GradingRequest.of(TestQuestions.CACHE, "b")));
    assertEquals(2, all.size());
  }

  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static io.github.interviewbank.core.Question nullQuestion() {
    return null;
  }
}
