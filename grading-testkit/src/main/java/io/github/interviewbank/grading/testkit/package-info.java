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
 * <p>{@link io.github.interviewbank.grading.testkit.Evaluation} grades labelled answers ({@link
 * io.github.interviewbank.grading.testkit.LabelledAnswers} reads them from JSON Lines) and
 * reports Pearson and Spearman correlation, quadratic weighted kappa and mean absolute error,
 * overall, per question and per kind of answer. {@link
 * io.github.interviewbank.grading.testkit.CalibrationSet#builtIn()} is a labelled set for the
 * bundled bank.
 *
 * <p>Nothing here accepts or returns {@code null} unless documented.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.interviewbank.grading.testkit;

import org.jspecify.annotations.NullMarked;
