package io.github.interviewbank.core;

import io.github.interviewbank.core.internal.Checks;
import java.util.List;

/**
 * A question an interviewer asks next to probe deeper, optionally aimed at key points of its
 * question.
 *
 * @param prompt the follow-up question; never {@code null} or blank
 * @param keyPointIds ids of the key points of the enclosing question that this follow-up probes;
 *     never {@code null}, may be empty, no repeats
 * @since 0.1.0
 */
public record FollowUp(String prompt, List<String> keyPointIds) {

  /**
   * Validates the components and copies the list.
   *
   * @throws NullPointerException if a component or element is {@code null}
   * @throws IllegalArgumentException if the prompt is blank, or an id is not kebab-case or repeats
   * @since 0.1.0
   */
  public FollowUp {
    Checks.notBlank(prompt, "follow-up prompt");
    keyPointIds = Checks.copy(keyPointIds, "keyPointIds");
    for (String id : keyPointIds) {
      Checks.kebabId(id, "follow-up key point id");
    }
    Checks.unique(keyPointIds, "follow-up key point id");
  }

  /**
   * Creates a follow-up that aims at no particular key point.
   *
   * @param prompt the question; never {@code null} or blank
   * @return the follow-up, never {@code null}
   * @since 0.1.0
   */
  public static FollowUp of(String prompt) {
    return new FollowUp(prompt, List.of());
  }

  /**
   * Creates a follow-up that probes the given key points.
   *
   * @param prompt the question; never {@code null} or blank
   * @param keyPointIds ids of key points of the enclosing question; never {@code null}
   * @return the follow-up, never {@code null}
   * @since 0.1.0
   */
  public static FollowUp probing(String prompt, String... keyPointIds) {
    return new FollowUp(prompt, List.of(keyPointIds));
  }
}
