package io.github.interviewbank.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link FollowUpProposer#fromBank()}: which of the bank's follow-ups comes next. */
class BankFollowUpsTest {
  private static final FollowUp ON_LIGHT = FollowUp.probing("About light?", "light");
  private static final FollowUp ON_HEAVY = FollowUp.probing("About heavy?", "heavy");
  private static final FollowUp ON_REQUIRED = FollowUp.probing("About required?", "required");
  private static final FollowUp ON_LATE = FollowUp.probing("About late?", "late");
  private static final FollowUp GENERAL = FollowUp.of("Anything else?");

  /** light (1), heavy (3), required (1, required), late (3, after heavy). */
  private static Question question(FollowUp... followUps) {
    return Question.builder("follow-up-question").prompt("Explain.")
        .difficulty(Difficulty.INTERMEDIATE).referenceAnswer("Reference.")
        .keyPoints(KeyPoint.of("light", "Light"), KeyPoint.of("heavy", "Heavy").withWeight(3),
            KeyPoint.of("required", "Required").withRequired(true),
            KeyPoint.of("late", "Late").withWeight(3))
        .followUps(followUps).build();
  }

  /** A grade giving each listed point its verdict; the others are covered. */
  private static Grade grade(Question q, Map<String, Verdict> verdicts) {
    List<KeyPointResult> results = new ArrayList<>();
    for (KeyPoint k : q.keyPoints()) {
      Verdict v = verdicts.getOrDefault(k.id(), Verdict.COVERED);
      List<Span> evidence = v == Verdict.MISSED ? List.of() : List.of(Span.of(0, 1));
      results.add(new KeyPointResult(k.id(), v, evidence));
    }
    return new Grade(q.id(), "test", 0.5, Band.ACCEPTABLE, results, "feedback");
  }

  private static Optional<ProposedFollowUp> propose(Question q, Map<String, Verdict> verdicts) {
    return FollowUpProposer.fromBank().propose(FollowUpRequest.of(q, "an answer", grade(q, verdicts)));
  }

  private static String prompt(Question q, Map<String, Verdict> verdicts) {
    return propose(q, verdicts).orElseThrow().prompt();
  }

  @Test
  void aContradictedPointComesFirst() {
    Question q = question(ON_LIGHT, ON_HEAVY, ON_REQUIRED);
    assertEquals("About light?", prompt(q, Map.of("light", Verdict.CONTRADICTED,
        "heavy", Verdict.MISSED, "required", Verdict.MISSED)));
  }

  @Test
  void aRequiredPointComesBeforeAHeavierOne() {
    Question q = question(ON_LIGHT, ON_HEAVY, ON_REQUIRED);
    assertEquals("About required?",
        prompt(q, Map.of("heavy", Verdict.MISSED, "required", Verdict.MISSED)));
  }

  @Test
  void theHeaviestPointComesNextAndTheEarliestBreaksTies() {
    Question q = question(ON_LIGHT, ON_LATE, ON_HEAVY);
    assertEquals("About heavy?", prompt(q, Map.of("light", Verdict.MISSED,
        "heavy", Verdict.MISSED, "late", Verdict.MISSED)));
  }

  @Test
  void withoutAFollowUpOnTheWeakestPointOneOnAnotherMissedPointIsProposed() {
    Question q = question(GENERAL, ON_LIGHT);
    assertEquals("About light?",
        prompt(q, Map.of("heavy", Verdict.MISSED, "light", Verdict.MISSED)));
  }

  @Test
  void whenNothingIsMissedTheFirstFollowUpIsProposed() {
    Question q = question(ON_HEAVY, GENERAL);
    assertEquals("About heavy?", prompt(q, Map.of()));
  }

  @Test
  void whenNoFollowUpProbesAMissedPointTheFirstIsProposed() {
    Question q = question(GENERAL, ON_HEAVY);
    assertEquals("Anything else?", prompt(q, Map.of("light", Verdict.MISSED)));
  }

  @Test
  void aQuestionWithoutFollowUpsGetsNone() {
    assertEquals(Optional.empty(), propose(question(), Map.of("light", Verdict.MISSED)));
  }

  @Test
  void theProposalCarriesTheBanksFollowUpAsIs() {
    Question q = question(ON_LIGHT);
    ProposedFollowUp p = propose(q, Map.of("light", Verdict.MISSED)).orElseThrow();
    assertSame(ON_LIGHT, p.bankFollowUp().orElseThrow());
    assertEquals(List.of("light"), p.keyPointIds());
    assertEquals("bank", FollowUpProposer.fromBank().id());
  }

  @Test
  void aFollowUpNotFromTheBankCarriesNone() {
    ProposedFollowUp p = ProposedFollowUp.of("Why?", List.of("light"));
    assertTrue(p.bankFollowUp().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> ProposedFollowUp.of(" ", List.of()));
  }

  @Test
  void aRequestRejectsTheGradeOfAnotherQuestion() {
    Question q = question(ON_LIGHT);
    Grade other = new Grade("another-question", "test", 0, Band.MISSING, List.of(), "feedback");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FollowUpRequest.of(q, "answer", other));
    assertTrue(e.getMessage().contains("another-question"), e.getMessage());
  }
}
