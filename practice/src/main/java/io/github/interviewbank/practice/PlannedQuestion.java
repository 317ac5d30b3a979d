package io.github.interviewbank.practice;

import io.github.interviewbank.core.Question;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a plan, with why it was chosen.
 *
 * @param question the question; never {@code null}
 * @param reason why it is asked; never {@code null}
 * @param state where it stood before this session, or empty if never answered; never {@code
 *     null}
 * @since 0.1.0
 */
public record PlannedQuestion(Question question, Reason reason, Optional<ReviewState> state) {

  /**
   * Why a question is in a plan.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** It is due for review. */
    DUE,
    /** It belongs to one of the candidate's weakest topics. */
    WEAK_TOPIC,
    /** It was never answered. */
    NEW,
    /** It was answered and is not due yet, but nothing else was left to ask. */
    AHEAD;

    /**
     * {@return the lower-case name used in JSON, such as {@code weak-topic}; never {@code null}}
     *
     * @since 0.1.0
     */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is {@code null}
   * @since 0.1.0
   */
  public PlannedQuestion {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(state, "state");
  }
}
