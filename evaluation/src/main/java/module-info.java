import org.jspecify.annotations.NullMarked;

/**
 * Measures how well a grader agrees with human scores: {@link
 * io.github.interviewbank.evaluation.Evaluation}, its report, the labelled-answer reader and the
 * labelled sets for the bundled bank. Needs no test framework: the command line's {@code evaluate}
 * runs it.
 *
 * @since 1.0.0
 */
@NullMarked
module io.github.interviewbank.evaluation {
  requires static transitive org.jspecify;
  requires transitive io.github.interviewbank.grading;
  requires tools.jackson.databind;

  exports io.github.interviewbank.evaluation;
}
