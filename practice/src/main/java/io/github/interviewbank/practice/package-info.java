/**
 * Practice that remembers: attempts, where they are kept, and what to practise next.
 *
 * <h2>Attempts and history</h2>
 *
 * <p>An {@link io.github.interviewbank.practice.Attempt} is one graded answer: which question,
 * when, how long it took, the score and band, the verdict on each key point, the grader, the hints
 * used and, if the candidate agreed, the answer text. A {@link
 * io.github.interviewbank.practice.PracticeHistory} keeps attempts; {@link
 * io.github.interviewbank.practice.PracticeHistory#inMemory()} is the in-memory one, and an
 * embedder implements the interface over their own database.
 *
 * <h2>Memory and scheduling</h2>
 *
 * <p>{@link io.github.interviewbank.practice.Fsrs} is the FSRS-6 memory model with its published
 * default parameters ({@link io.github.interviewbank.practice.FsrsParameters#DEFAULT}). A grade's
 * score becomes one of FSRS's four {@link io.github.interviewbank.practice.Rating}s through a
 * {@link io.github.interviewbank.practice.RatingScale}. The {@link
 * io.github.interviewbank.practice.PracticeScheduler} replays a question's attempts through the
 * model to get its {@link io.github.interviewbank.practice.ReviewState} (stability, difficulty,
 * due date), and plans a session: reviews that are due first, then questions from the weakest
 * topics, then new questions, drawn with a seed so that the same history, time and seed give the
 * same plan. {@link io.github.interviewbank.practice.Hints} chooses hints and caps the score an
 * answer can earn after them.
 *
 * <h2>Nullness</h2>
 *
 * <p>No method accepts or returns {@code null}; a {@code null} argument throws {@link
 * java.lang.NullPointerException}. Absent values are {@link java.util.Optional}s.
 *
 * @since 1.0.0
 */
@NullMarked
package io.github.interviewbank.practice;

import org.jspecify.annotations.NullMarked;
