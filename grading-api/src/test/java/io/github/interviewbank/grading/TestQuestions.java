package io.github.interviewbank.grading;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;

/** Questions for the SPI's tests. */
final class TestQuestions {
  static final Question CACHE =
      Question.builder("what-is-a-cache")
          .prompt("What is a cache?")
          .difficulty(Difficulty.BEGINNER)
          .referenceAnswer("A cache keeps copies of hot data in faster storage.")
          .keyPoints(KeyPoint.of("copies", "Keeps copies").withWeight(2),
              KeyPoint.of("faster", "In faster storage"))
          .build();

  private TestQuestions() {}
}
