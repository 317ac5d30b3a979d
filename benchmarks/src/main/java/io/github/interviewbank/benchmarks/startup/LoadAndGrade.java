package io.github.interviewbank.benchmarks.startup;

import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.keyword.KeywordGrader;

/** Start-up probe: load the bundled bank and grade one answer, as an embedding program would. */
public final class LoadAndGrade {
  private LoadAndGrade() {}

  public static void main(String[] args) {
    var q = QuestionBank.builtIn().find("cap-theorem").orElseThrow();
    double score = KeywordGrader.create().grade(q, "Pick two of consistency, availability and"
        + " partition tolerance; during a partition choose CP or AP.").score();
    System.out.println(score);
  }
}
