import org.jspecify.annotations.NullMarked;

/**
 * The grading SPI of Interview Bank: {@link io.github.interviewbank.grading.AnswerGrader}, its
 * value types, provider discovery through {@link java.util.ServiceLoader} and grader composition.
 *
 * @uses io.github.interviewbank.grading.GraderProvider
 * @since 1.0.0
 */
@NullMarked
module io.github.interviewbank.grading {
  requires static transitive org.jspecify;
  requires transitive io.github.interviewbank.core;

  exports io.github.interviewbank.grading;

  uses io.github.interviewbank.grading.GraderProvider;
}
