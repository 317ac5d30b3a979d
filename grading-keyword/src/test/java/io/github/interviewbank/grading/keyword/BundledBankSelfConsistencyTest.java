package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.MatchPattern;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.Verdict;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  @Test
  void everyFollowUpReferenceAnswerCoversItsOwnRubricAndScoresAtLeastPointNine() {
    List<String> failures = new ArrayList<>();
    for (Question q : bank.questions()) {
      for (int i = 0; i < q.followUps().size(); i++) {
        FollowUp f = q.followUps().get(i);
        Optional<Question> own = f.asQuestion(q);
        if (own.isEmpty()) {
          continue;
        }
        Grade g = grader.grade(
            GradingRequest.builder(own.get(), f.referenceAnswer().orElseThrow()).bank(bank).build());
        if (g.score() < 0.9 || !g.missedIds().isEmpty()) {
          failures.add(q.id() + " follow-up " + i + ": " + g.score() + ", missed " + g.missedIds());
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  /** Fluent answers about something else entirely, and a blank one, earn (almost) nothing. */
  @Test
  void blankAndOffTopicAnswersToAFollowUpScoreLow() {
    List<String> offTopic = List.of(
        "My favourite recipe is a slow tomato soup: roast the tomatoes with garlic and olive oil,"
            + " blend them with basil, and season with salt before serving it with warm bread.",
        "Last summer we hiked along the coast for a week. The weather changed every afternoon, so"
            + " we learned to start early, carry rain jackets and stop in small villages for lunch.",
        "I think the most important thing in a team is trust. People should feel they can ask"
            + " questions and admit mistakes, and a good manager makes that feel normal.");
    List<String> failures = new ArrayList<>();
    for (Question q : bank.questions()) {
      for (int i = 0; i < q.followUps().size(); i++) {
        Optional<Question> own = q.followUps().get(i).asQuestion(q);
        if (own.isEmpty()) {
          continue;
        }
        double blank = grader.grade(GradingRequest.builder(own.get(), " \n").bank(bank).build())
            .score();
        if (blank != 0) {
          failures.add(q.id() + " follow-up " + i + ": blank answer scored " + blank);
        }
        for (String answer : offTopic) {
          double score = grader.grade(GradingRequest.builder(own.get(), answer).bank(bank).build())
              .score();
          if (score > 0.15) {
            failures.add(q.id() + " follow-up " + i + ": off-topic answer scored " + score);
          }
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  /**
   * Every term of every declared contrast is named by its question's reference answer or key
   * points: a term that never matches (a typo, a stem that differs) would bind nothing.
   */
  @Test
  void everyContrastTermIsNamedByItsQuestion() {
    List<String> unnamed = new ArrayList<>();
    for (Question q : bank.questions()) {
      StringBuilder text = new StringBuilder(q.referenceAnswer());
      q.keyPoints().forEach(k -> text.append('\n').append(k.text()));
      for (var contrast : q.contrasts()) {
        for (String term : contrast.terms()) {
          Question probe = Question.builder("probe").prompt("Probe?")
              .difficulty(Difficulty.BEGINNER).referenceAnswer("Probe.")
              .keyPoints(KeyPoint.of("p", "The term").withPhrasings(List.of(term))).build();
          Grade g = grader.grade(GradingRequest.builder(probe, text.toString()).bank(bank).build());
          if (g.keyPoint("p").orElseThrow().verdict() != Verdict.COVERED) {
            unnamed.add(q.id() + " '" + term + "'");
          }
        }
      }
    }
    assertEquals(List.of(), unnamed);
  }

  /**
   * Every phrasing and contradiction, of a question's key points or of a follow-up's rubric, can
   * match something: text built from its own words (the first alternative of each position,
   * conjunctions joined in one sentence) matches it. This catches patterns the analysis can never
   * satisfy, such as words made only of symbols.
   */
  @Test
  void everyPatternIsReachable() {
    List<String> unreachable = new ArrayList<>();
    for (Question q : bank.questions()) {
      List<KeyPoint> points = new ArrayList<>(q.keyPoints());
      q.followUps().forEach(f -> points.addAll(f.rubric()));
      for (KeyPoint k : points) {
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
