import org.jspecify.annotations.NullMarked;

/**
 * The test kit for grader authors: the {@link
 * io.github.interviewbank.grading.testkit.AnswerGraderContract}, the {@link
 * io.github.interviewbank.grading.testkit.Evaluation} harness and the {@link
 * io.github.interviewbank.grading.testkit.CalibrationSet}.
 *
 * @since 0.1.0
 */
@NullMarked
module io.github.interviewbank.grading.testkit {
  requires static transitive org.jspecify;
  requires transitive io.github.interviewbank.grading;
  requires transitive net.jqwik.api;
  requires org.junit.jupiter.api;
  requires tools.jackson.databind;

  exports io.github.interviewbank.grading.testkit;
}
