package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.MatchPattern;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.Verdict;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled bank graded against itself by the keyword grader. */
class BundledBankSelfConsistencyTest {
  private final QuestionBank bank = QuestionBank.builtIn();
  private final KeywordGrader grader = KeywordGrader.create();

  @Test
  void everyReferenceAnswerCoversAllItsKeyPointsAndScoresAtLeastPointNine() {
    List<String> failures = new ArrayList<>();
    for (Question q : bank.questions()) {
      Grade g = grader.grade(GradingRequest.builder(q, q.referenceAnswer()).bank(bank).build());
      if (g.score() < 0.9 || !g.missedIds().isEmpty()) {
        failures.add(q.id() + ": " + g.score() + ", missed " + g.missedIds());
      }
    }
    assertEquals(List.of(), failures);
  }

  /**
   * Every phrasing and contradiction can match something: text built from its own words (the
   * first alternative of each position, conjunctions joined in one sentence) matches it. This
   * catches patterns the analysis can never satisfy, such as words made only of symbols.
   */
  @Test
  void everyPatternIsReachable() {
    List<String> unreachable = new ArrayList<>();
    for (Question q : bank.questions()) {
      for (KeyPoint k : q.keyPoints()) {
        for (String pattern : k.phrasings()) {
          if (!matchesItsWitness(pattern)) {
            unreachable.add(q.id() + "/" + k.id() + " phrasing '" + pattern + "'");
          }
        }
        for (String pattern : k.contradictions()) {
          if (!matchesItsWitness(pattern)) {
            unreachable.add(q.id() + "/" + k.id() + " contradiction '" + pattern + "'");
          }
        }
      }
    }
    assertEquals(List.of(), unreachable);
  }

  private boolean matchesItsWitness(String pattern) {
    StringBuilder witness = new StringBuilder();
    for (MatchPattern.Sequence s : MatchPattern.parse(pattern).sequences()) {
      if (witness.length() > 0) {
        witness.append(" and ");
      }
      for (MatchPattern.Slot slot : s.slots()) {
        witness.append(slot.alternatives().get(0).text()).append(' ');
      }
    }
    Question probe = Question.builder("probe").prompt("Probe?").difficulty(Difficulty.BEGINNER)
        .referenceAnswer("Probe.")
        .keyPoints(KeyPoint.of("p", "The pattern").withPhrasings(List.of(pattern)))
        .build();
    return grader.grade(GradingRequest.builder(probe, witness.toString()).bank(bank).build())
        .keyPoint("p").orElseThrow().verdict() == Verdict.COVERED;
  }
}
