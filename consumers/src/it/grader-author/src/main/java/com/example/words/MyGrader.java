package com.example.words;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Scores the share of the reference answer's longer words that the answer uses. */
public final class MyGrader implements AnswerGrader {
  @Override
  public Grade grade(GradingRequest request) {
    if (request.isBlank()) {
      return Grade.noAnswer(request.question(), id());
    }
    Set<String> reference = words(request.question().referenceAnswer());
    Set<String> answer = words(request.answer());
    long shared = reference.stream().filter(answer::contains).count();
    double score = reference.isEmpty() ? 0 : (double) shared / reference.size();
    return new Grade(request.question().id(), id(), score, BandThresholds.DEFAULT.bandOf(score),
        java.util.List.of(), "You used " + shared + " of " + reference.size() + " key words.");
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() > 4).collect(Collectors.toSet());
  }

  @Override
  public String id() {
    return "words";
  }

  @Override
  public boolean isDeterministic() {
    return true;
  }
}
