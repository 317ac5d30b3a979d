/**
 * The grading SPI: how answers are graded, and how graders are found and combined.
 *
 * <h2>Grading</h2>
 *
 * <p>An {@link io.github.interviewbank.grading.AnswerGrader} turns a {@link
 * io.github.interviewbank.grading.GradingRequest} (a question, an answer, optional context) into
 * a {@link io.github.interviewbank.grading.Grade}: a score in [0, 1], a {@link
 * io.github.interviewbank.grading.Band}, one {@link io.github.interviewbank.grading.KeyPointResult}
 * per key point with the {@link io.github.interviewbank.grading.Span}s of the answer that showed
 * it, and feedback for the candidate. Implementing a grader means implementing one method,
 * {@code grade(GradingRequest)}; the others have defaults: {@code grade(Question, String)}, batch
 * grading ({@code gradeAll}, one request after another unless a grader does better), {@code id()}
 * and {@code isDeterministic()}. {@link io.github.interviewbank.grading.RubricScoring} is the
 * shared rule that turns per-key-point verdicts into a score and a band.
 *
 * <h2>Follow-ups</h2>
 *
 * <p>A {@link io.github.interviewbank.grading.FollowUpProposer} proposes the next question after
 * a graded answer (a {@link io.github.interviewbank.grading.ProposedFollowUp}: a prompt and the key
 * points it probes). {@code FollowUpProposer.fromBank()} picks the bank's follow-up aimed at the
 * weakest point; other proposers (a model) plug in beside it.
 *
 * <h2>Discovery</h2>
 *
 * <p>Graders are published through {@link io.github.interviewbank.grading.GraderProvider}s,
 * found with {@link java.util.ServiceLoader} on the class path and the module path. {@link
 * io.github.interviewbank.grading.AnswerGraders} is the static entry point: {@code
 * AnswerGraders.defaultGrader()} returns the keyword grader when {@code
 * interview-bank-grading-keyword} is present, {@code AnswerGraders.create("name", options)} any
 * other. A broken provider is skipped and reported by the {@link
 * io.github.interviewbank.grading.GraderRegistry}; the others still load.
 *
 * <h2>Composition</h2>
 *
 * <p>{@link io.github.interviewbank.grading.WeightedGrader} blends several graders' scores;
 * {@link io.github.interviewbank.grading.FallbackGrader} tries graders in order with timeouts, so
 * a remote model can sit in front of the local keyword grader.
 *
 * <h2>Errors and nullness</h2>
 *
 * <p>No method accepts or returns {@code null}; a {@code null} argument throws {@link
 * java.lang.NullPointerException} naming the parameter. Answers longer than {@link
 * io.github.interviewbank.grading.GradingRequest#MAX_ANSWER_LENGTH} characters are rejected when
 * the request is built. Graders that cannot grade
 * throw {@link io.github.interviewbank.grading.GradingException}; bad grader names and options
 * throw {@link io.github.interviewbank.grading.GraderConfigurationException}.
 *
 * @since 1.0.0
 */
@NullMarked
package io.github.interviewbank.grading;

import org.jspecify.annotations.NullMarked;
