package io.github.interviewbank.grading;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import java.util.List;
import java.util.Objects;

/**
 * The rule that turns per-key-point verdicts into a score and a band, shared by graders so that
 * the same verdicts earn the same score whichever grader reached them.
 *
 * <ol>
 *   <li><b>Coverage</b>: the weight of the {@linkplain Verdict#COVERED covered} key points over
 *       the question's total weight; a point without a result counts as missed.
 *   <li><b>Curve</b>: coverage raised to {@link #coverageExponent()} (default 0.7), so partial
 *       answers earn the credit interviewers give them: half the weight covered counts 0.62.
 *   <li><b>Caps</b>: a {@linkplain KeyPoint#required() required} point not covered caps the score
 *       at {@link #requiredCap()} (default 0.6); a {@linkplain Verdict#CONTRADICTED contradicted}
 *       point caps it at {@link #contradictionCap()} (default 0.2).
 *   <li><b>Band</b>: from {@link #bands()} (default {@link BandThresholds#DEFAULT}).
 * </ol>
 *
 * <p>A grader that adds credit of its own (the keyword grader blends in overlap with the
 * reference answer) applies {@link #curve(double)} and {@link #capped(double, Question, List)}
 * around it; a grader that judges only the rubric calls {@link #score(Question, List)}.
 *
 * <pre>{@code
 * RubricScoring scoring = RubricScoring.DEFAULT;
 * double score = scoring.score(question, results);
 * Grade grade = new Grade(question.id(), "my-grader", score, scoring.band(score), results, feedback);
 * }</pre>
 *
 * @param coverageExponent the exponent applied to coverage, greater than 0 and at most 1 (1 is
 *     linear)
 * @param requiredCap the highest score when a required key point is not covered, in [0, 1]
 * @param contradictionCap the highest score when a key point is contradicted, in [0, 1]
 * @param bands the band thresholds; never {@code null}
 * @since 1.0.0
 */
public record RubricScoring(
    double coverageExponent, double requiredCap, double contradictionCap, BandThresholds bands) {

  /**
   * The defaults: exponent 0.7, required cap 0.6, contradiction cap 0.2, {@link
   * BandThresholds#DEFAULT} bands. Chosen on the calibration set's development half (see {@code
   * docs/grading.md}).
   *
   * @since 1.0.0
   */
  public static final RubricScoring DEFAULT =
      new RubricScoring(0.7, 0.6, 0.2, BandThresholds.DEFAULT);

  /**
   * Validates the components.
   *
   * @param coverageExponent the exponent applied to coverage, greater than 0 and at most 1 (1 is
   *     linear)
   * @param requiredCap the highest score when a required key point is not covered, in [0, 1]
   * @param contradictionCap the highest score when a key point is contradicted, in [0, 1]
   * @param bands the band thresholds; never {@code null}
   * @throws NullPointerException if {@code bands} is {@code null}
   * @throws IllegalArgumentException if a number is NaN or out of range
   * @since 1.0.0
   */
  public RubricScoring {
    if (!(coverageExponent > 0 && coverageExponent <= 1)) {
      throw new IllegalArgumentException(
          "coverageExponent must be greater than 0 and at most 1, was " + coverageExponent);
    }
    if (!(requiredCap >= 0 && requiredCap <= 1)) {
      throw new IllegalArgumentException("requiredCap must be from 0 to 1, was " + requiredCap);
    }
    if (!(contradictionCap >= 0 && contradictionCap <= 1)) {
      throw new IllegalArgumentException(
          "contradictionCap must be from 0 to 1, was " + contradictionCap);
    }
    Objects.requireNonNull(bands, "bands");
  }

  /**
   * {@return the covered weight over the total weight of the question's key points, in [0, 1]; 0
   * for a question without key points}
   *
   * @param question the question graded; never {@code null}
   * @param results the verdicts, matched to key points by id (results for other ids are ignored);
   *     never {@code null}
   * @since 1.0.0
   */
  public double coverage(Question question, List<KeyPointResult> results) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(results, "results");
    double total = 0;
    double covered = 0;
    List<KeyPoint> points = question.keyPoints();
    for (int i = 0; i < points.size(); i++) {
      KeyPoint k = points.get(i);
      total += k.weight();
      if (verdict(k, i, results) == Verdict.COVERED) {
        covered += k.weight();
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  /**
   * {@return coverage raised to {@link #coverageExponent()}}
   *
   * @param coverage a coverage in [0, 1]
   * @since 1.0.0
   */
  public double curve(double coverage) {
    return Math.pow(coverage, coverageExponent);
  }

  /**
   * Applies the caps to a score and clamps it to [0, 1].
   *
   * @param score the score before the caps, any number but NaN (out of range ones are clamped)
   * @param question the question graded; never {@code null}
   * @param results the verdicts, matched to key points by id; never {@code null}
   * @return the capped score, in [0, 1]
   * @throws IllegalArgumentException if the score is NaN, which has no place in [0, 1]
   * @since 1.0.0
   */
  public double capped(double score, Question question, List<KeyPointResult> results) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(results, "results");
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("score must be a number, was NaN");
    }
    boolean missedRequired = false;
    boolean contradicted = false;
    List<KeyPoint> points = question.keyPoints();
    for (int i = 0; i < points.size(); i++) {
      KeyPoint k = points.get(i);
      Verdict v = verdict(k, i, results);
      missedRequired |= k.required() && v != Verdict.COVERED;
      contradicted |= v == Verdict.CONTRADICTED;
    }
    double s = score;
    if (missedRequired) {
      s = Math.min(s, requiredCap);
    }
    if (contradicted) {
      s = Math.min(s, contradictionCap);
    }
    return Math.max(0, Math.min(1, s));
  }

  /**
   * {@return the score of the verdicts alone: {@code capped(curve(coverage))}, in [0, 1]}
   *
   * @param question the question graded; never {@code null}
   * @param results the verdicts, matched to key points by id; never {@code null}
   * @since 1.0.0
   */
  public double score(Question question, List<KeyPointResult> results) {
    return capped(curve(coverage(question, results)), question, results);
  }

  /**
   * {@return the band of a score under {@link #bands()}, never {@code null}}
   *
   * @param score a score in [0, 1]
   * @throws IllegalArgumentException if the score is outside [0, 1] or NaN
   * @since 1.0.0
   */
  public Band band(double score) {
    return bands.bandOf(score);
  }

  /** The verdict on a key point; graders usually list results in rubric order, so look there first. */
  private static Verdict verdict(KeyPoint k, int index, List<KeyPointResult> results) {
    if (index < results.size() && results.get(index).keyPointId().equals(k.id())) {
      return results.get(index).verdict();
    }
    for (KeyPointResult r : results) {
      if (r.keyPointId().equals(k.id())) {
        return r.verdict();
      }
    }
    return Verdict.MISSED;
  }
}
