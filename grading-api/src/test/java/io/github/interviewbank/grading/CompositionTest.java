package io.github.interviewbank.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class CompositionTest {
  private static final AnswerGrader HIGH = new FixedGrader("high", 0.9, List.of("copies", "faster"));
  private static final AnswerGrader LOW = new FixedGrader("low", 0.3, List.of("faster"));
  private static final AnswerGrader FAILING = request -> {
    throw new GradingException("service down");
  };

  @Test
  void weightedScoreIsTheWeightedMean() {
    WeightedGrader blend = WeightedGrader.builder().add(HIGH, 3).add(LOW, 1).build();
    Grade g = blend.grade(TestQuestions.CACHE, "an answer");
    assertEquals(0.75, g.score(), 1e-12);
    assertEquals(Band.ACCEPTABLE, g.band());
    assertEquals("weighted(high*3.00+low*1.00)", g.graderId());
    assertEquals("feedback of high", g.feedback(), "the heaviest grader's feedback");
    assertTrue(blend.isDeterministic());
  }

  @Test
  void weightedCoverageNeedsHalfTheWeight() {
    Grade g = WeightedGrader.builder().add(HIGH, 1).add(LOW, 3).id("blend").build()
        .grade(TestQuestions.CACHE, "an answer");
    assertEquals(List.of("faster"), g.coveredIds(), "copies is covered by a quarter of the weight");
    assertEquals("blend", g.graderId());
  }

  @Test
  void weightedGradesBlankAnswersAsNoAnswer() {
    Grade g = WeightedGrader.builder().add(HIGH, 1).build().grade(TestQuestions.CACHE, "   ");
    assertEquals(Grade.NO_ANSWER_FEEDBACK, g.feedback());
  }

  @Test
  void weightedRejectsBadWeightsAndEmptyBuilds() {
    assertThrows(IllegalArgumentException.class, () -> WeightedGrader.builder().add(HIGH, 0));
    assertThrows(IllegalArgumentException.class, () -> WeightedGrader.builder().add(HIGH, Double.NaN));
    assertThrows(IllegalStateException.class, () -> WeightedGrader.builder().build());
  }

  @Test
  void weightedRejectsWeightsWhoseTotalIsNotFinite() {
    WeightedGrader.Builder huge =
        WeightedGrader.builder().add(HIGH, Double.MAX_VALUE).add(LOW, Double.MAX_VALUE);
    IllegalStateException e = assertThrows(IllegalStateException.class, huge::build);
    assertEquals("the 2 weights add up to more than 1.7976931348623157E308, the largest total a"
        + " weighted mean can use; scale them down", e.getMessage());
    Grade g = WeightedGrader.builder().add(HIGH, Double.MAX_VALUE / 2).add(LOW, Double.MAX_VALUE / 2)
        .build().grade(TestQuestions.CACHE, "an answer");
    assertEquals(0.6, g.score(), 1e-12, "a total at the limit still grades");
  }

  @Test
  void fallbackUsesTheNextGraderWhenOneThrows() {
    List<String> failed = new ArrayList<>();
    FallbackGrader chain = FallbackGrader.builder().then(FAILING).then(LOW)
        .onFailure((id, error) -> failed.add(id + ": " + error.getMessage())).build();
    Grade g = chain.grade(TestQuestions.CACHE, "answer");
    assertEquals("low", g.graderId(), "the grade names the grader that produced it");
    assertEquals(1, failed.size());
    assertTrue(failed.get(0).endsWith(": service down"), failed.toString());
  }

  @Test
  void fallbackUsesTheNextGraderWhenOneIsTooSlow() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    AnswerGrader slow = request -> {
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
        Thread.currentThread().interrupt();
      }
      throw new GradingException("woke up");
    };
    List<Throwable> errors = new ArrayList<>();
    FallbackGrader chain = FallbackGrader.builder().then(slow, Duration.ofMillis(50)).then(HIGH)
        .onFailure((id, error) -> errors.add(error)).build();
    assertEquals("high", chain.grade(TestQuestions.CACHE, "answer").graderId());
    assertTrue(errors.get(0) instanceof TimeoutException, errors.toString());
    assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the slow grader was interrupted");
    assertFalse(chain.isDeterministic());
  }

  @Test
  void fallbackFailsWithEveryCauseWhenAllGradersFail() {
    FallbackGrader chain = FallbackGrader.builder().then(FAILING).then(FAILING).id("chain").build();
    GradingException e = assertThrows(GradingException.class, () -> chain.grade(TestQuestions.CACHE, "a"));
    assertEquals(2, e.getSuppressed().length);
    assertTrue(e.getMessage().startsWith("all 2 graders of chain failed"), e.getMessage());
  }

  @Test
  void fallbackLetsABugPropagateInsteadOfHidingItBehindTheNextGrader() {
    AnswerGrader buggy = request -> {
      throw new NullPointerException("bug in grader");
    };
    List<String> failed = new ArrayList<>();
    FallbackGrader chain = FallbackGrader.builder().then(FAILING).then(buggy).then(HIGH)
        .onFailure((id, error) -> failed.add(id)).build();
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> chain.grade(TestQuestions.CACHE, "a"));
    assertEquals("bug in grader", e.getMessage());
    assertEquals(1, e.getSuppressed().length, "the earlier failure is attached");
    assertEquals(1, failed.size(), "only the real failure to grade was reported");
  }

  @Test
  void fallbackLetsABugOfATimedGraderPropagateToo() {
    AnswerGrader buggy = request -> {
      throw new IllegalStateException("bug on the pool");
    };
    FallbackGrader chain =
        FallbackGrader.builder().then(buggy, Duration.ofSeconds(5)).then(HIGH).build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> chain.grade(TestQuestions.CACHE, "a"));
    assertEquals("bug on the pool", e.getMessage());
  }

  @Test
  void fallbackLetsAnErrorPropagateWithTheEarlierFailuresAttached() {
    AnswerGrader broken = request -> {
      throw new AssertionError("bug");
    };
    FallbackGrader onCaller = FallbackGrader.builder().then(FAILING).then(broken).then(HIGH)
        .onFailure((id, error) -> { }).build();
    FallbackGrader timed = FallbackGrader.builder().then(FAILING).then(broken, Duration.ofSeconds(5))
        .then(HIGH).onFailure((id, error) -> { }).build();
    for (FallbackGrader chain : List.of(onCaller, timed)) {
      AssertionError e =
          assertThrows(AssertionError.class, () -> chain.grade(TestQuestions.CACHE, "a"));
      assertEquals("bug", e.getMessage());
      assertEquals(1, e.getSuppressed().length, "the earlier failure is attached: " + chain);
      assertEquals("service down", e.getSuppressed()[0].getMessage());
    }
  }

  @Test
  void fallbackHandsOverAGradingExceptionOfATimedGrader() {
    FallbackGrader chain =
        FallbackGrader.builder().then(FAILING, Duration.ofSeconds(5)).then(LOW).build();
    assertEquals("low", chain.grade(TestQuestions.CACHE, "a").graderId());
  }

  @Test
  void fallbackLogsEachFailureAsAWarningByDefault() {
    RecordingLoggerFinder.MESSAGES.clear();
    assertEquals("low", FallbackGrader.builder().then(FAILING).then(LOW).build()
        .grade(TestQuestions.CACHE, "a").graderId());
    List<String> logged = List.copyOf(RecordingLoggerFinder.MESSAGES);
    assertEquals(1, logged.size(), logged.toString());
    assertTrue(logged.get(0).startsWith("WARNING io.github.interviewbank.grading: "), logged.get(0));
    assertTrue(logged.get(0).contains("service down"), logged.get(0));
  }

  @Test
  void fallbackRejectsNonPositiveTimeouts() {
    assertThrows(IllegalArgumentException.class,
        () -> FallbackGrader.builder().then(HIGH, Duration.ZERO));
    assertThrows(IllegalStateException.class, () -> FallbackGrader.builder().build());
    assertEquals("fallback(high,low)", FallbackGrader.builder().then(HIGH).then(LOW).build().id());
  }
}
