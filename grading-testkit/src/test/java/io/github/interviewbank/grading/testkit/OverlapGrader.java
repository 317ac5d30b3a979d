package io.github.interviewbank.grading.testkit;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.KeyPointResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A deliberately simple grader for the kit's own tests: half the score is the share of the
 * reference answer's long words that the answer uses, half the weighted share of key points whose
 * text's long words the answer mostly uses. Deterministic, thread-safe, and monotonic.
 */
final class OverlapGrader implements AnswerGrader {

  static Set<String> longWords(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1)) {
      if (w.length() >= 5) {
        words.add(w);
      }
    }
    return words;
  }

  @Override
  public Grade grade(GradingRequest request) {
    Question q = request.question();
    if (request.isBlank()) {
      return Grade.noAnswer(q, id());
    }
    Set<String> answer = longWords(request.answer());
    Set<String> reference = longWords(q.referenceAnswer());
    long shared = reference.stream().filter(answer::contains).count();
    double overlap = reference.isEmpty() ? 0 : (double) shared / reference.size();
    List<KeyPointResult> results = new ArrayList<>();
    double covered = 0;
    for (KeyPoint k : q.keyPoints()) {
      Set<String> words = longWords(k.text());
      long hits = words.stream().filter(answer::contains).count();
      if (!words.isEmpty() && hits * 2 >= words.size()) {
        results.add(KeyPointResult.covered(k.id(), List.of()));
        covered += k.weight();
      } else {
        results.add(KeyPointResult.missed(k.id()));
      }
    }
    double coverage = q.keyPoints().isEmpty() ? overlap : covered / q.totalWeight();
    double score = Math.min(1, 0.5 * overlap + 0.5 * coverage);
    return new Grade(q.id(), id(), score, BandThresholds.DEFAULT.bandOf(score), results,
        "Overlap with the reference answer: " + Math.round(overlap * 100) + "%.");
  }

  @Override
  public String id() {
    return "overlap";
  }

  @Override
  public boolean isDeterministic() {
    return true;
  }
}
