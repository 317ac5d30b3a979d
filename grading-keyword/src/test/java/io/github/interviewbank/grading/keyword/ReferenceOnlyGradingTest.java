package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions without key points are graded against the content terms of their reference answer. */
class ReferenceOnlyGradingTest {
  private final KeywordGrader grader = KeywordGrader.create();

  private static Question q(String id, String prompt, String answer) {
    return Question.builder(id).prompt(prompt).difficulty(Difficulty.BEGINNER)
        .referenceAnswer(answer).build();
  }

  private final Question bloom = q("bloom-filter", "What is a Bloom filter?",
      "A Bloom filter is a compact probabilistic set: several hash functions set bits in a bit"
          + " array, lookups may give false positives but never false negatives.");
  private final QuestionBank bank = QuestionBank.of(List.of(bloom,
      q("hash-map", "What is a hash map?", "A hash map stores entries in buckets chosen by a hash"
          + " function, giving constant time lookups."),
      q("bit-array", "What is a bit array?", "A bit array packs booleans into the bits of words,"
          + " a compact set representation for small integers.")));

  private Grade grade(String answer) {
    return grader.grade(GradingRequest.builder(bloom, answer).bank(bank).build());
  }

  @Test
  void theReferenceAnswerScoresFull() {
    assertEquals(1.0, grade(bloom.referenceAnswer()).score(), 1e-9);
    assertEquals(List.of(), grade(bloom.referenceAnswer()).keyPoints());
  }

  @Test
  void distinctiveTermsCountMoreThanCommonOnes() {
    double distinctive = grade("It can report false positives but no false negatives.").score();
    double common = grade("It is a compact set using a hash.").score();
    assertTrue(distinctive > common, distinctive + " <= " + common);
  }

  @Test
  void repeatingThePromptEarnsLittle() {
    assertTrue(grade("A Bloom filter is a Bloom filter.").score() < 0.2);
  }

  @Test
  void offTopicAnswersEarnNothing() {
    assertEquals(0.0, grade("Kubernetes schedules containers onto nodes.").score(), 1e-9);
  }

  @Test
  void feedbackNamesTheMissingTermsOfTheModelAnswer() {
    Grade g = grade("It uses hash functions.");
    assertTrue(g.feedback().startsWith("This question has no rubric"), g.feedback());
    assertTrue(g.feedback().contains("Terms of the model answer you did not use: "), g.feedback());
    assertTrue(g.feedback().contains("negatives"), g.feedback());
  }

  @Test
  void gradingWithoutABankWeighsEveryTermTheSame() {
    Grade g = grader.grade(bloom, bloom.referenceAnswer());
    assertEquals(1.0, g.score(), 1e-9);
  }
}
