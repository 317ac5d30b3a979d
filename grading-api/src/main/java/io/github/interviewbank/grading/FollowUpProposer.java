package io.github.interviewbank.grading;

import java.util.Optional;

/**
 * Proposes the next question of an interview after an answer has been graded: a follow-up that
 * probes what the answer missed, got wrong or left vague.
 *
 * <p>The one abstract method is {@link #propose(FollowUpRequest)}; new inputs go on {@link
 * FollowUpRequest} and new methods here are {@code default}, so implementations keep compiling.
 * {@link #fromBank()} is the default: it picks one of the bank's follow-ups. A proposer that asks
 * a model lives beside its grader (the {@code llm} grader's module has one).
 *
 * <pre>{@code
 * Grade grade = grader.grade(question, answer);
 * FollowUpProposer.fromBank().propose(FollowUpRequest.of(question, answer, grade))
 *     .ifPresent(next -> System.out.println(next.prompt()));
 * }</pre>
 *
 * <p>Implementations are safe to use from many threads at once. Nothing here accepts or returns
 * {@code null}.
 *
 * @since 1.0.0
 */
@FunctionalInterface
public interface FollowUpProposer {

  /**
   * Proposes the next follow-up.
   *
   * @param request the question, answer and grade; never {@code null}
   * @return the follow-up, or empty when this proposer has none for this answer; never {@code
   *     null}
   * @throws GradingException if the proposer cannot answer (a remote service is down)
   * @since 1.0.0
   */
  Optional<ProposedFollowUp> propose(FollowUpRequest request);

  /**
   * {@return a short, stable identifier of this proposer; never {@code null} or blank}
   *
   * <p>The default implementation returns the implementation's class name.
   *
   * @since 1.0.0
   */
  default String id() {
    return getClass().getName();
  }

  /**
   * {@return the proposer that picks one of the bank's follow-ups of the question; never {@code
   * null}}
   *
   * <p>It aims at the weakest point of the answer: a contradicted key point first, then a
   * required one, then the heaviest, then the earliest in the rubric, among those not covered. It
   * proposes the first follow-up that probes that point, else the first that probes any point
   * not covered, else the question's first follow-up; it proposes nothing only when the question
   * has no follow-ups. Its {@link #id()} is {@code bank}.
   *
   * @since 1.0.0
   */
  static FollowUpProposer fromBank() {
    return BankFollowUps.INSTANCE;
  }
}
