package io.github.interviewbank.benchmarks;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The naive peer: lower-case, split on non-letters, and score the share of the reference
 * answer's words found in a {@code HashSet} of the answer's words. What a first attempt at a
 * keyword grader looks like.
 */
public final class NaiveGrader implements AnswerGrader {
  @Override
  public Grade grade(GradingRequest request) {
    Set<String> answer = new HashSet<>(List.of(
        request.answer().toLowerCase(Locale.ROOT).split("[^a-z0-9]+", -1)));
    String[] reference =
        request.question().referenceAnswer().toLowerCase(Locale.ROOT).split("[^a-z0-9]+", -1);
    int hits = 0;
    for (String w : reference) {
      if (answer.contains(w)) {
        hits++;
      }
    }
    double score = reference.length == 0 ? 0 : (double) hits / reference.length;
    return new Grade(request.question().id(), "naive", score, BandThresholds.DEFAULT.bandOf(score),
        List.of(), "naive overlap");
  }
}
