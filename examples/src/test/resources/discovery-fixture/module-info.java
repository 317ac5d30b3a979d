/** A third-party grader, written against interview-bank-grading-api only. */
module com.example.echograder {
  requires io.github.interviewbank.grading;

  provides io.github.interviewbank.grading.GraderProvider
      with com.example.echograder.EchoGraderProvider;
}
