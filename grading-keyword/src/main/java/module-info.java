import org.jspecify.annotations.NullMarked;

/**
 * The keyword-overlap reference grader of Interview Bank, published as the grader named {@code
 * keyword}.
 *
 * @provides io.github.interviewbank.grading.GraderProvider
 * @since 1.0.0
 */
@NullMarked
module io.github.interviewbank.grading.keyword {
  requires static transitive org.jspecify;
  requires transitive io.github.interviewbank.grading;

  exports io.github.interviewbank.grading.keyword;

  provides io.github.interviewbank.grading.GraderProvider with
      io.github.interviewbank.grading.keyword.KeywordGraderProvider;
}
