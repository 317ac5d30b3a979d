package io.github.interviewbank.grading;

import java.util.List;
import java.util.Objects;

/**
 * How an answer fared on one key point of the question's rubric.
 *
 * @param keyPointId the key point's id; never {@code null}
 * @param covered whether the answer showed the point
 * @param contradicted whether the answer asserted the opposite of the point; a contradicted point
 *     is never covered
 * @param evidence where in the answer the point was shown, or contradicted; never {@code null},
 *     empty when neither
 * @since 0.1.0
 */
public record KeyPointResult(
    String keyPointId, boolean covered, boolean contradicted, List<Span> evidence) {

  /**
   * Validates the components and copies the list.
   *
   * @throws NullPointerException if a component or element is {@code null}
   * @throws IllegalArgumentException if the point is both covered and contradicted
   * @since 0.1.0
   */
  public KeyPointResult {
    Objects.requireNonNull(keyPointId, "keyPointId");
    evidence = List.copyOf(evidence);
    if (covered && contradicted) {
      throw new IllegalArgumentException(
          "key point '" + keyPointId + "' cannot be both covered and contradicted");
    }
  }

  /**
   * {@return a result for a covered point, never {@code null}}
   *
   * @param keyPointId the key point's id; never {@code null}
   * @param evidence where the answer showed it; never {@code null}
   * @since 0.1.0
   */
  public static KeyPointResult covered(String keyPointId, List<Span> evidence) {
    return new KeyPointResult(keyPointId, true, false, evidence);
  }

  /**
   * {@return a result for a missed point, never {@code null}}
   *
   * @param keyPointId the key point's id; never {@code null}
   * @since 0.1.0
   */
  public static KeyPointResult missed(String keyPointId) {
    return new KeyPointResult(keyPointId, false, false, List.of());
  }

  /**
   * {@return a result for a contradicted point, never {@code null}}
   *
   * @param keyPointId the key point's id; never {@code null}
   * @param evidence where the answer asserted the opposite; never {@code null}
   * @since 0.1.0
   */
  public static KeyPointResult contradicted(String keyPointId, List<Span> evidence) {
    return new KeyPointResult(keyPointId, false, true, evidence);
  }
}
