package io.github.interviewbank.examples.customgrader;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A deliberately small custom grader: the share of the reference answer's longer words that the
 * answer uses. It shows the whole SPI contract in a few lines: one method, a blank answer gets
 * {@link Grade#noAnswer}, the score stays within [0, 1], and the grade names its grader.
 */
public final class ReferenceOverlapGrader implements AnswerGrader {
  private final int minWordLength;

  /** Creates the grader; words shorter than {@code minWordLength} are ignored. */
  public ReferenceOverlapGrader(int minWordLength) {
    this.minWordLength = minWordLength;
  }

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
        java.util.List.of(), "You used " + shared + " of the " + reference.size()
            + " longer words of the model answer.");
  }

  private Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1)) {
      if (w.length() >= minWordLength) {
        out.add(w);
      }
    }
    return out;
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
