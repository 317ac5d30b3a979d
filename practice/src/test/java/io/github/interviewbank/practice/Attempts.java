package io.github.interviewbank.practice;

import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Attempts for tests. */
final class Attempts {
  private Attempts() {}

  static Attempt at(String questionId, double score, String isoInstant) {
    return new Attempt(questionId, "built-in", Instant.parse(isoInstant), Duration.ofSeconds(60),
        score, BandThresholds.DEFAULT.bandOf(score), Map.of("a-point", Verdict.COVERED),
        "keyword", 0, Optional.empty(), Optional.empty());
  }
}
