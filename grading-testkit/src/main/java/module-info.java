import org.jspecify.annotations.NullMarked;

/**
 * The test kit for grader authors: the {@link
 * io.github.interviewbank.grading.testkit.AnswerGraderContract} and its opt-in companions, with
 * the evaluation harness ({@code io.github.interviewbank.evaluation}) on hand. Used in test scope.
 *
 * @since 1.0.0
 */
@NullMarked
module io.github.interviewbank.grading.testkit {
  requires static transitive org.jspecify;
  requires transitive io.github.interviewbank.grading;
  requires transitive io.github.interviewbank.evaluation;
  requires transitive net.jqwik.api;
  requires org.junit.jupiter.api;

  exports io.github.interviewbank.grading.testkit;
}
