package io.github.interviewbank.practice;

import io.github.interviewbank.core.Question;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One question of a plan, with why it was chosen and where it stood before the session.
 * Immutable.
 *
 * @since 1.0.0
 */
public final class PlannedQuestion {
  /**
   * Why a question is in a plan.
   *
   * @since 1.0.0
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
     * @since 1.0.0
     */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private final Question question;
  private final Reason reason;
  private final @Nullable ReviewState state;

  private PlannedQuestion(Question question, Reason reason, @Nullable ReviewState state) {
    this.question = Objects.requireNonNull(question, "question");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.state = state;
  }

  /**
   * A question never answered before.
   *
   * @param question the question; never {@code null}
   * @param reason why it is asked; never {@code null}
   * @return the planned question, never {@code null}
   * @since 1.0.0
   */
  public static PlannedQuestion unseen(Question question, Reason reason) {
    return new PlannedQuestion(question, reason, null);
  }

  /**
   * A question answered before.
   *
   * @param question the question; never {@code null}
   * @param reason why it is asked; never {@code null}
   * @param state where it stood before this session; never {@code null}
   * @return the planned question, never {@code null}
   * @since 1.0.0
   */
  public static PlannedQuestion seen(Question question, Reason reason, ReviewState state) {
    return new PlannedQuestion(question, reason, Objects.requireNonNull(state, "state"));
  }

  /**
   * {@return the question; never {@code null}}
   *
   * @since 1.0.0
   */
  public Question question() {
    return question;
  }

  /**
   * {@return why it is asked; never {@code null}}
   *
   * @since 1.0.0
   */
  public Reason reason() {
    return reason;
  }

  /**
   * {@return where it stood before this session, or empty if it was never answered; never {@code
   * null}}
   *
   * @since 1.0.0
   */
  public Optional<ReviewState> state() {
    return Optional.ofNullable(state);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PlannedQuestion other && question.equals(other.question)
        && reason == other.reason && Objects.equals(state, other.state);
  }

  @Override
  public int hashCode() {
    return Objects.hash(question, reason, state);
  }

  @Override
  public String toString() {
    return "PlannedQuestion[" + question.id() + ", " + reason.id()
        + (state == null ? "" : ", " + state) + "]";
  }
}
