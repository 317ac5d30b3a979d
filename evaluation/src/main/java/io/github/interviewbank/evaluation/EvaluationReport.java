package io.github.interviewbank.evaluation;

import io.github.interviewbank.grading.Grade;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How well a grader agrees with human scores: the result of {@link Evaluation#run}.
 *
 * @param graderId the evaluated grader's id; never {@code null}
 * @param n the number of labelled answers graded
 * @param pearson Pearson's correlation of grader and human scores; empty when undefined (fewer
 *     than two answers, or no variance on one side)
 * @param spearman Spearman's rank correlation, ties sharing average ranks; empty when undefined
 * @param qwk quadratic weighted kappa with both scores binned to the ratings 0..5 (nearest
 *     rating, halves up); empty when undefined
 * @param mae mean absolute difference between grader and human scores, in [0, 1]
 * @param questions per-question figures, in order of first appearance; never {@code null}
 * @param kinds per-kind figures for labels that give a kind, in order of first appearance; never
 *     {@code null}
 * @param answers every labelled answer with its grade, in input order; never {@code null}
 * @since 1.0.0
 */
public record EvaluationReport(
    String graderId,
    int n,
    OptionalDouble pearson,
    OptionalDouble spearman,
    OptionalDouble qwk,
    double mae,
    List<Group> questions,
    List<Group> kinds,
    List<ScoredAnswer> answers) {

  /**
   * Copies the lists.
   *
   * @param graderId the evaluated grader's id; never {@code null}
   * @param n the number of labelled answers graded
   * @param pearson Pearson's correlation of grader and human scores; empty when undefined (fewer
   *     than two answers, or no variance on one side)
   * @param spearman Spearman's rank correlation, ties sharing average ranks; empty when undefined
   * @param qwk quadratic weighted kappa with both scores binned to the ratings 0..5 (nearest
   *     rating, halves up); empty when undefined
   * @param mae mean absolute difference between grader and human scores, in [0, 1]
   * @param questions per-question figures, in order of first appearance; never {@code null}
   * @param kinds per-kind figures for labels that give a kind, in order of first appearance; never
   *     {@code null}
   * @param answers every labelled answer with its grade, in input order; never {@code null}
   * @throws NullPointerException if a component is {@code null}
   * @since 1.0.0
   */
  public EvaluationReport {
    Objects.requireNonNull(graderId, "graderId");
    Objects.requireNonNull(pearson, "pearson");
    Objects.requireNonNull(spearman, "spearman");
    Objects.requireNonNull(qwk, "qwk");
    questions = List.copyOf(questions);
    kinds = List.copyOf(kinds);
    answers = List.copyOf(answers);
  }

  /**
   * Figures for a group of labelled answers: those of one question, or of one kind.
   *
   * @param key the question id or kind; never {@code null}
   * @param n how many answers the group holds
   * @param meanHuman the mean human score
   * @param meanGrader the mean grader score
   * @param mae the mean absolute error
   * @param pearson the correlation within the group; empty when undefined
   * @since 1.0.0
   */
  public record Group(
      String key, int n, double meanHuman, double meanGrader, double mae, OptionalDouble pearson) {
    /**
     * Validates the components.
     *
     * @param key the question id or kind; never {@code null}
     * @param n how many answers the group holds
     * @param meanHuman the mean human score
     * @param meanGrader the mean grader score
     * @param mae the mean absolute error
     * @param pearson the correlation within the group; empty when undefined
     * @throws NullPointerException if a component is {@code null}
     * @since 1.0.0
     */
    public Group {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(pearson, "pearson");
    }
  }

  /**
   * One labelled answer and the grade the grader gave it.
   *
   * @param label the labelled answer; never {@code null}
   * @param grade the grader's grade; never {@code null}
   * @since 1.0.0
   */
  public record ScoredAnswer(LabelledAnswer label, Grade grade) {
    /**
     * Validates the components.
     *
     * @param label the labelled answer; never {@code null}
     * @param grade the grader's grade; never {@code null}
     * @throws NullPointerException if a component is {@code null}
     * @since 1.0.0
     */
    public ScoredAnswer {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(grade, "grade");
    }
  }

  /**
   * {@return a plain-text summary: the overall figures, then one line per kind; never {@code
   * null}}
   *
   * @since 1.0.0
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "grader %s, n=%d: pearson %s, spearman %s, qwk %s, mae %.3f%n", graderId, n,
        format(pearson), format(spearman), format(qwk), mae));
    for (Group kind : kinds) {
      sb.append(String.format(Locale.ROOT, "  %-14s n=%-4d human %.2f  grader %.2f  mae %.2f%n",
          kind.key(), kind.n(), kind.meanHuman(), kind.meanGrader(), kind.mae()));
    }
    return sb.toString();
  }

  private static String format(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
  }
}
