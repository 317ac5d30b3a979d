/** An application that embeds the bank and grades with the keyword grader, as a module. */
module com.example.embedder {
  requires io.github.interviewbank.core;
  requires io.github.interviewbank.grading.keyword;

  exports com.example.embedder;
}
