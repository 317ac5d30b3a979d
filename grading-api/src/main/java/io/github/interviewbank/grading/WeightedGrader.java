package io.github.interviewbank.grading;

import io.github.interviewbank.core.KeyPoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Combines several graders into one: the score is the weighted mean of their scores.
 *
 * <pre>{@code
 * AnswerGrader blend = WeightedGrader.builder()
 *     .add(llmGrader, 0.7)
 *     .add(AnswerGraders.create("keyword"), 0.3)
 *     .build();
 * }</pre>
 *
 * <p>Per key point, a point counts as covered when graders holding at least half of the total
 * weight covered it (their evidence is merged); otherwise it is contradicted when any grader
 * found it contradicted. The band comes from the combined score and the configured {@link
 * BandThresholds}; the feedback is that of the heaviest grader (the first on ties). A blank
 * answer gets {@link Grade#noAnswer} without consulting the graders. If any grader throws, so
 * does the combination: put it in a {@link FallbackGrader} to recover.
 *
 * <p>Immutable and thread-safe when its graders are.
 *
 * @since 1.0.0
 */
public final class WeightedGrader implements AnswerGrader {
  private final List<AnswerGrader> graders;
  private final double[] weights;
  private final double totalWeight;
  private final int heaviest;
  private final BandThresholds thresholds;
  private final String id;

  private WeightedGrader(Builder b) {
    this.graders = List.copyOf(b.graders);
    this.weights = b.weights.stream().mapToDouble(Double::doubleValue).toArray();
    double total = 0;
    int top = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      if (weights[i] > weights[top]) {
        top = i;
      }
    }
    this.totalWeight = total;
    this.heaviest = top;
    this.thresholds = b.thresholds;
    String given = b.id;
    this.id = given != null ? given : defaultId(graders, weights);
  }

  private static String defaultId(List<AnswerGrader> graders, double[] weights) {
    StringBuilder sb = new StringBuilder("weighted(");
    for (int i = 0; i < graders.size(); i++) {
      if (i > 0) {
        sb.append('+');
      }
      sb.append(graders.get(i).id()).append('*')
          .append(String.format(Locale.ROOT, "%.3g", weights[i]));
    }
    return sb.append(')').toString();
  }

  /**
   * {@return a new builder, never {@code null}}
   *
   * @since 1.0.0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Grade grade(GradingRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.isBlank()) {
      return Grade.noAnswer(request.question(), id);
    }
    List<Grade> grades = new ArrayList<>(graders.size());
    double score = 0;
    for (int i = 0; i < graders.size(); i++) {
      Grade g = graders.get(i).grade(request);
      grades.add(g);
      score += weights[i] * g.score();
    }
    score = Math.min(1.0, Math.max(0.0, score / totalWeight));
    List<KeyPointResult> results = new ArrayList<>();
    for (KeyPoint point : request.question().keyPoints()) {
      results.add(combine(point.id(), grades));
    }
    return new Grade(request.question().id(), id, score, thresholds.bandOf(score), results,
        grades.get(heaviest).feedback());
  }

  private KeyPointResult combine(String keyPointId, List<Grade> grades) {
    double coveringWeight = 0;
    boolean contradicted = false;
    Set<Span> evidence = new LinkedHashSet<>();
    Set<Span> against = new LinkedHashSet<>();
    for (int i = 0; i < grades.size(); i++) {
      KeyPointResult r = grades.get(i).keyPoint(keyPointId).orElse(null);
      if (r == null) {
        continue;
      }
      if (r.verdict() == Verdict.COVERED) {
        coveringWeight += weights[i];
        evidence.addAll(r.evidence());
      } else if (r.verdict() == Verdict.CONTRADICTED) {
        contradicted = true;
        against.addAll(r.evidence());
      }
    }
    if (coveringWeight * 2 >= totalWeight) {
      return KeyPointResult.covered(keyPointId, List.copyOf(evidence));
    }
    return contradicted
        ? KeyPointResult.contradicted(keyPointId, List.copyOf(against))
        : KeyPointResult.missed(keyPointId);
  }

  @Override
  public String id() {
    return id;
  }

  /** {@return whether every combined grader is deterministic} */
  @Override
  public boolean isDeterministic() {
    return graders.stream().allMatch(AnswerGrader::isDeterministic);
  }

  @Override
  public String toString() {
    return id;
  }

  /**
   * Builds a {@link WeightedGrader}. Not thread-safe.
   *
   * @since 1.0.0
   */
  public static final class Builder {
    private final List<AnswerGrader> graders = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private BandThresholds thresholds = BandThresholds.DEFAULT;
    private @org.jspecify.annotations.Nullable String id;

    private Builder() {}

    /**
     * Adds a grader with a weight.
     *
     * @param grader the grader; never {@code null}
     * @param weight its weight, finite and greater than 0
     * @return this builder
     * @throws IllegalArgumentException if the weight is not finite and positive
     * @since 1.0.0
     */
    public Builder add(AnswerGrader grader, double weight) {
      Objects.requireNonNull(grader, "grader");
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("weight must be finite and positive, was " + weight);
      }
      graders.add(grader);
      weights.add(weight);
      return this;
    }

    /**
     * Sets the band thresholds ({@link BandThresholds#DEFAULT} unless set).
     *
     * @param bands the thresholds; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder thresholds(BandThresholds bands) {
      this.thresholds = Objects.requireNonNull(bands, "bands");
      return this;
    }

    /**
     * Sets the id recorded in grades (by default {@code weighted(a*0.700+b*0.300)}).
     *
     * @param graderId the id; never {@code null} or blank
     * @return this builder
     * @since 1.0.0
     */
    public Builder id(String graderId) {
      this.id = Grade.checkGraderId(graderId);
      return this;
    }

    /**
     * {@return the combined grader, never {@code null}}
     *
     * @throws IllegalStateException if no grader was added, or the weights add up to more than
     *     {@link Double#MAX_VALUE} (each is finite, their total would not be)
     * @since 1.0.0
     */
    public WeightedGrader build() {
      if (graders.isEmpty()) {
        throw new IllegalStateException("add at least one grader");
      }
      double total = 0;
      for (double w : weights) {
        total += w;
      }
      if (Double.isInfinite(total)) {
        throw new IllegalStateException("the " + weights.size() + " weights add up to more than "
            + Double.MAX_VALUE + ", the largest total a weighted mean can use; scale them down");
      }
      return new WeightedGrader(this);
    }
  }
}
