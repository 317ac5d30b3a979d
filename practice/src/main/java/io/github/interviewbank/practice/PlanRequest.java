package io.github.interviewbank.practice;

import io.github.interviewbank.core.QuestionQuery;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link PracticeScheduler} is asked to plan: how many questions, from which, at what time,
 * with what seed, and of which kind.
 *
 * @param count how many questions to plan, 0 or more
 * @param seed the seed of the random choices; the same history, time and seed give the same plan
 * @param now the time of the session; never {@code null}
 * @param query which questions of the bank may be asked; never {@code null}
 * @param mode which kinds of question to plan; never {@code null}
 * @since 1.0.0
 */
public record PlanRequest(int count, long seed, Instant now, QuestionQuery query, Mode mode) {

  /**
   * Which kinds of question a plan holds.
   *
   * @since 1.0.0
   */
  public enum Mode {
    /**
     * Due reviews, then questions of weak topics, then new questions, then reviews ahead of time
     * when nothing else is left.
     */
    MIXED,
    /** Due reviews only. */
    DUE_ONLY,
    /** Questions never answered only. */
    NEW_ONLY
  }

  /**
   * Validates the components.
   *
   * @param count how many questions to plan, 0 or more
   * @param seed the seed of the random choices; the same history, time and seed give the same plan
   * @param now the time of the session; never {@code null}
   * @param query which questions of the bank may be asked; never {@code null}
   * @param mode which kinds of question to plan; never {@code null}
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if {@code count} is negative
   * @since 1.0.0
   */
  public PlanRequest {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(mode, "mode");
  }

  /**
   * {@return a mixed plan over every question of the bank, never {@code null}}
   *
   * @param count how many questions, 0 or more
   * @param seed the seed of the random choices
   * @param now the time of the session; never {@code null}
   * @since 1.0.0
   */
  public static PlanRequest of(int count, long seed, Instant now) {
    return new PlanRequest(count, seed, now, QuestionQuery.all(), Mode.MIXED);
  }

  /**
   * {@return a copy limited to the questions passing this query, never {@code null}}
   *
   * @param filter the filter; never {@code null}
   * @since 1.0.0
   */
  public PlanRequest withQuery(QuestionQuery filter) {
    return new PlanRequest(count, seed, now, filter, mode);
  }

  /**
   * {@return a copy with this mode, never {@code null}}
   *
   * @param kind the mode; never {@code null}
   * @since 1.0.0
   */
  public PlanRequest withMode(Mode kind) {
    return new PlanRequest(count, seed, now, query, kind);
  }
}
