package io.github.interviewbank.practice;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.Verdict;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Hints while answering: which key point to give away next, and what a hint costs.
 *
 * <p>A hint reveals one key point the answer has not covered yet. A hinted point earns nothing:
 * the score of the answer is capped at {@code 1 - (weight of the hinted points / weight of all
 * points)}, so with six equal points one hint caps the score at 83%.
 *
 * @since 1.0.0
 */
public final class Hints {
  private Hints() {}

  /**
   * Chooses the key point to hint: among those the answer so far does not cover and that were
   * not hinted yet, a required point before an optional one, then the heaviest, then the first in
   * rubric order.
   *
   * @param question the question; never {@code null}
   * @param soFar the grade of the answer typed so far; never {@code null}
   * @param hinted ids of the points already hinted; never {@code null}
   * @return the point, or empty when every point is covered or hinted
   * @since 1.0.0
   */
  public static Optional<KeyPoint> next(Question question, Grade soFar,
      Collection<String> hinted) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(soFar, "soFar");
    Objects.requireNonNull(hinted, "hinted");
    return question.keyPoints().stream()
        .filter(k -> !hinted.contains(k.id()))
        .filter(k -> soFar.keyPoint(k.id()).map(r -> r.verdict() != Verdict.COVERED).orElse(true))
        .min(Comparator.comparing((KeyPoint k) -> !k.required())
            .thenComparing(Comparator.comparingDouble(KeyPoint::weight).reversed())
            .thenComparingInt(k -> question.keyPoints().indexOf(k)));
  }

  /**
   * {@return the highest score an answer can earn after these hints: 1 minus the hinted points'
   * share of the rubric's weight; 1 with no hints or no key points}
   *
   * @param question the question; never {@code null}
   * @param hinted ids of the hinted points; ids not in the rubric are ignored; never {@code null}
   * @since 1.0.0
   */
  public static double cap(Question question, Collection<String> hinted) {
    Objects.requireNonNull(hinted, "hinted");
    double total = 0;
    double given = 0;
    for (KeyPoint k : Objects.requireNonNull(question, "question").keyPoints()) {
      total += k.weight();
      if (hinted.contains(k.id())) {
        given += k.weight();
      }
    }
    return total == 0 ? 1 : Math.max(0, 1 - given / total);
  }

  /**
   * Caps a grade for the hints used. A grade already within the cap is returned as it is; above
   * it, the score becomes the cap and the band follows from the thresholds.
   *
   * @param grade the grade of the final answer; never {@code null}
   * @param question the question; never {@code null}
   * @param hinted ids of the hinted points; never {@code null}
   * @param thresholds the band thresholds; never {@code null}
   * @return the grade, capped; never {@code null}
   * @since 1.0.0
   */
  public static Grade apply(Grade grade, Question question, Collection<String> hinted,
      BandThresholds thresholds) {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(thresholds, "thresholds");
    double cap = cap(question, hinted);
    if (grade.score() <= cap) {
      return grade;
    }
    return new Grade(grade.questionId(), grade.graderId(), cap, thresholds.bandOf(cap),
        grade.keyPoints(), grade.feedback());
  }
}
