/**
 * The question model and the question bank.
 *
 * <h2>Model</h2>
 *
 * <p>A {@link io.github.interviewbank.core.Question} has a stable kebab-case id, a prompt, a
 * {@link io.github.interviewbank.core.Difficulty}, {@link io.github.interviewbank.core.Topic}s
 * (possibly none), a reference answer, a rubric of weighted {@link
 * io.github.interviewbank.core.KeyPoint}s and {@link io.github.interviewbank.core.FollowUp}
 * questions. Key points carry phrasing {@linkplain io.github.interviewbank.core.MatchPattern
 * patterns} that graders use to recognise them. All model types are immutable records or final
 * classes, validated on construction, and safe to share between threads.
 *
 * <h2>Banks</h2>
 *
 * <p>A {@link io.github.interviewbank.core.QuestionBank} is an ordered, immutable collection of
 * questions. {@link io.github.interviewbank.core.QuestionBank#builtIn()} returns the bundled
 * backend-developer bank; {@link io.github.interviewbank.core.QuestionBank#load(java.nio.file.Path)}
 * reads your own JSON bank. Select questions with composable {@link
 * io.github.interviewbank.core.QuestionQuery} filters, draw reproducible samples with a seed, merge
 * banks with an explicit {@link io.github.interviewbank.core.IdClashPolicy}, and write a bank back
 * to JSON.
 *
 * <h2>Errors</h2>
 *
 * <p>Bad input never yields a partial bank: reading fails with one {@link
 * io.github.interviewbank.core.QuestionBankException} listing every {@link
 * io.github.interviewbank.core.BankProblem} with its source, line, column, JSON path and question
 * id. Programming errors throw: a {@code null} argument (everywhere, lookups such as {@link
 * io.github.interviewbank.core.Difficulty#fromId} included) a {@link
 * java.lang.NullPointerException}, an invalid one (such as a malformed id passed to a
 * constructor) an {@link java.lang.IllegalArgumentException}.
 *
 * <p>Nothing in this package returns {@code null}; absent values are {@link java.util.Optional}.
 *
 * @since 1.0.0
 */
@NullMarked
package io.github.interviewbank.core;

import org.jspecify.annotations.NullMarked;
