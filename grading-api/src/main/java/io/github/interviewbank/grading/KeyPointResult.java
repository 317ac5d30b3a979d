package io.github.interviewbank.grading;

import java.util.List;
import java.util.Objects;

/**
 * How an answer fared on one key point of the question's rubric.
 *
 * @param keyPointId the key point's id; never {@code null}
 * @param verdict covered, missed or contradicted; never {@code null}
 * @param evidence where in the answer the point was shown, or contradicted; never {@code null},
 *     and empty for a missed point
 * @since 1.0.0
 */
public record KeyPointResult(String keyPointId, Verdict verdict, List<Span> evidence) {

  /**
   * Validates the components and copies the list.
   *
   * @param keyPointId the key point's id; never {@code null}
   * @param verdict covered, missed or contradicted; never {@code null}
   * @param evidence where in the answer the point was shown, or contradicted; never {@code null},
   *     and empty for a missed point
   * @throws NullPointerException if a component or element is {@code null}
   * @throws IllegalArgumentException if a missed point has evidence
   * @since 1.0.0
   */
  public KeyPointResult {
    Objects.requireNonNull(keyPointId, "keyPointId");
    Objects.requireNonNull(verdict, "verdict");
    evidence = Lists.copyOf(evidence, "evidence");
    if (verdict == Verdict.MISSED && !evidence.isEmpty()) {
      throw new IllegalArgumentException(
          "key point '" + keyPointId + "' is missed, so it cannot have evidence");
    }
  }

  /**
   * {@return a result for a covered point, never {@code null}}
   *
   * @param keyPointId the key point's id; never {@code null}
   * @param evidence where the answer showed it; never {@code null}
   * @since 1.0.0
   */
  public static KeyPointResult covered(String keyPointId, List<Span> evidence) {
    return new KeyPointResult(keyPointId, Verdict.COVERED, evidence);
  }

  /**
   * {@return a result for a missed point, never {@code null}}
   *
   * @param keyPointId the key point's id; never {@code null}
   * @since 1.0.0
   */
  public static KeyPointResult missed(String keyPointId) {
    return new KeyPointResult(keyPointId, Verdict.MISSED, List.of());
  }

  /**
   * {@return a result for a contradicted point, never {@code null}}
   *
   * @param keyPointId the key point's id; never {@code null}
   * @param evidence where the answer asserted the opposite; never {@code null}
   * @since 1.0.0
   */
  public static KeyPointResult contradicted(String keyPointId, List<Span> evidence) {
    return new KeyPointResult(keyPointId, Verdict.CONTRADICTED, evidence);
  }
}
