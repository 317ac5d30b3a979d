/**
 * How well a grader agrees with human scores.
 *
 * <p>{@link io.github.interviewbank.evaluation.Evaluation} grades labelled answers ({@link
 * io.github.interviewbank.evaluation.LabelledAnswers} reads them from JSON Lines) and reports
 * Pearson and Spearman correlation, quadratic weighted kappa and mean absolute error, overall, per
 * question and per kind of answer. {@link io.github.interviewbank.evaluation.CalibrationSet#builtIn()}
 * is a labelled set for the bundled bank.
 *
 * <p>This package needs no test framework, so programs (such as the command line's {@code
 * evaluate}) use it at run time; grader authors usually get it through the test kit.
 *
 * <p>Nothing here accepts or returns {@code null} unless documented.
 *
 * @since 1.0.0
 */
@NullMarked
package io.github.interviewbank.evaluation;

import org.jspecify.annotations.NullMarked;
