/** A third-party grader, written against the grading API alone. */
module com.example.words {
  requires io.github.interviewbank.grading;

  provides io.github.interviewbank.grading.GraderProvider
      with com.example.words.WordsGraderProvider;
}
