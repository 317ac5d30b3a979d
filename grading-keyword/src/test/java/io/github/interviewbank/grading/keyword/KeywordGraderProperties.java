package io.github.interviewbank.grading.keyword;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.testkit.DeterministicGraderContract;
import io.github.interviewbank.grading.testkit.MonotonicGraderContract;

/** The test kit's whole contract, opt-ins included, against the keyword grader. */
class KeywordGraderProperties implements DeterministicGraderContract, MonotonicGraderContract {
  private final AnswerGrader grader = KeywordGrader.create();

  @Override
  public AnswerGrader grader() {
    return grader;
  }
}
