/**
 * The keyword-overlap reference grader, {@link io.github.interviewbank.grading.keyword.KeywordGrader}.
 *
 * <p>It grades an answer against the question's rubric: each key point's phrasing patterns are
 * matched against the analysed answer (Porter2 stemming, synonyms, misspelling tolerance,
 * proximity, negation scope), contradictions catch confident misconceptions, required points and
 * a bare-keyword-list heuristic cap the score, and every grade names the evidence and the missed
 * points. Questions without key points are graded against their reference answer. It is
 * published through {@link java.util.ServiceLoader} as the grader named {@code keyword}, the
 * default of {@link io.github.interviewbank.grading.AnswerGraders}.
 *
 * <p>Nothing here accepts or returns {@code null}.
 *
 * @since 1.0.0
 */
@NullMarked
package io.github.interviewbank.grading.keyword;

import org.jspecify.annotations.NullMarked;
