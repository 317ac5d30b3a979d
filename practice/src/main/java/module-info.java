import org.jspecify.annotations.NullMarked;

/**
 * Practice that remembers: {@link io.github.interviewbank.practice.Attempt}s kept in a {@link
 * io.github.interviewbank.practice.PracticeHistory}, the FSRS memory model ({@link
 * io.github.interviewbank.practice.Fsrs}) and a {@link
 * io.github.interviewbank.practice.PracticeScheduler} that chooses what to practise next.
 *
 * @since 1.0.0
 */
@NullMarked
module io.github.interviewbank.practice {
  requires static transitive org.jspecify;
  requires transitive io.github.interviewbank.core;
  requires transitive io.github.interviewbank.grading;

  exports io.github.interviewbank.practice;
}
