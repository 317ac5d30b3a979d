package io.github.interviewbank.grading;

import io.github.interviewbank.core.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Grades a candidate's answer to a {@link Question}.
 *
 * <p>The one abstract method is {@link #grade(GradingRequest)}; everything else has a default,
 * so implementing a grader is one method, and later versions add inputs to {@link GradingRequest}
 * and new {@code default} methods here without breaking implementations.
 *
 * <pre>{@code
 * AnswerGrader grader = AnswerGraders.defaultGrader();
 * Question q = QuestionBank.builtIn().find("cap-theorem").orElseThrow();
 * Grade grade = grader.grade(q, "A partitioned system must give up consistency or availability.");
 * System.out.println(grade.score() + " " + grade.band() + ": " + grade.feedback());
 * }</pre>
 *
 * <p><b>Contract for implementations</b> (checked by the {@code interview-bank-grading-testkit}
 * contract): grades have scores within [0, 1]; a blank answer gets {@link
 * Grade#noAnswer(Question, String)}; arbitrary Unicode never causes an exception; the question's
 * own reference answer scores at least as high as an empty or off-topic one; instances are safe
 * to use from many threads at once. Nothing in this interface accepts or returns {@code null}.
 *
 * <p>Make a grader discoverable by name through a {@link GraderProvider}.
 *
 * @since 1.0.0
 */
@FunctionalInterface
public interface AnswerGrader {

  /**
   * Grades one answer.
   *
   * @param request the question, answer and context; never {@code null}
   * @return the grade, never {@code null}; its {@link Grade#questionId()} is the request's
   *     question id
   * @throws GradingException if the grader cannot produce a grade (a remote service is down)
   * @since 1.0.0
   */
  Grade grade(GradingRequest request);

  /**
   * Grades one answer without context.
   *
   * <p>The default implementation calls {@link #grade(GradingRequest)} with {@link
   * GradingRequest#of(Question, String)}.
   *
   * @param question the question; never {@code null}
   * @param answer the answer; never {@code null}
   * @return the grade, never {@code null}
   * @throws IllegalArgumentException if the answer is longer than {@link
   *     GradingRequest#MAX_ANSWER_LENGTH} characters
   * @throws GradingException if the grader cannot produce a grade
   * @since 1.0.0
   */
  default Grade grade(Question question, String answer) {
    return grade(GradingRequest.of(question, answer));
  }

  /**
   * Grades many answers, returning grades in request order.
   *
   * <p>The default implementation grades the requests one after another on the calling thread;
   * graders with a cheaper batch path (one remote call for many answers) override it.
   *
   * @param requests the requests; never {@code null}, no {@code null} elements
   * @return one grade per request, in the same order; never {@code null}, unmodifiable
   * @throws GradingException if any request cannot be graded
   * @since 1.0.0
   */
  default List<Grade> gradeAll(List<GradingRequest> requests) {
    Objects.requireNonNull(requests, "requests");
    List<Grade> grades = new ArrayList<>(requests.size());
    for (GradingRequest request : requests) {
      grades.add(grade(Objects.requireNonNull(request, "request")));
    }
    return Collections.unmodifiableList(grades);
  }

  /**
   * {@return a short, stable identifier of this grader, recorded in every {@link Grade}; never
   * {@code null} or blank}
   *
   * <p>The default implementation returns the implementation's class name.
   *
   * @since 1.0.0
   */
  default String id() {
    return getClass().getName();
  }

  /**
   * {@return whether the same request always gets an equal grade from this instance}
   *
   * <p>Test kits check determinism and compare results across threads only for graders that
   * declare it. The default implementation returns {@code false}.
   *
   * @since 1.0.0
   */
  default boolean isDeterministic() {
    return false;
  }
}
