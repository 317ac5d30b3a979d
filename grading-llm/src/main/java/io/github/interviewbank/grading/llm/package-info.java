/**
 * Grading and follow-ups by a language model: {@link
 * io.github.interviewbank.grading.llm.LlmGrader} and {@link
 * io.github.interviewbank.grading.llm.LlmFollowUpProposer}, configured by {@link
 * io.github.interviewbank.grading.llm.LlmSettings}, and published through {@link
 * java.util.ServiceLoader} as the grader named {@code llm}.
 *
 * <p>They talk to any OpenAI-compatible Chat Completions endpoint (Ollama by default, llama.cpp's
 * server, vLLM, LM Studio, OpenAI). The model proposes a verdict per key point with verbatim
 * quotes from the answer; the library keeps only verdicts whose quotes are in the answer and
 * about the point, and computes the score itself with {@link
 * io.github.interviewbank.grading.RubricScoring}. <b>The candidate's answer is sent to the
 * endpoint</b>: with a hosted endpoint it leaves the machine.
 *
 * <p>Nothing here accepts or returns {@code null}.
 *
 * @since 1.0.0
 */
@NullMarked
package io.github.interviewbank.grading.llm;

import org.jspecify.annotations.NullMarked;
