/**
 * Tools for people who build graders.
 *
 * <h2>Contract</h2>
 *
 * <p>{@link io.github.interviewbank.grading.testkit.AnswerGraderContract} is a jqwik test
 * interface of {@code default} properties that every grader should pass; a grader's test class
 * implements it and returns the grader. Opt-in contracts add properties that only some graders
 * promise: {@link io.github.interviewbank.grading.testkit.DeterministicGraderContract} (same
 * request, same grade, on any thread) and {@link
 * io.github.interviewbank.grading.testkit.MonotonicGraderContract} (covering one more key point
 * never lowers the score).
 *
 * <h2>Evaluation</h2>
 *
 * <p>The kit depends on {@code interview-bank-evaluation}, whose {@code
 * io.github.interviewbank.evaluation.Evaluation} measures a grader against labelled answers; it
 * needs no test framework and can also be used on its own.
 *
 * <p>Nothing here accepts or returns {@code null} unless documented.
 *
 * @since 1.0.0
 */
@NullMarked
package io.github.interviewbank.grading.testkit;

import org.jspecify.annotations.NullMarked;
