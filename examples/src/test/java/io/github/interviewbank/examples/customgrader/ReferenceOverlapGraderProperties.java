package io.github.interviewbank.examples.customgrader;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.testkit.DeterministicGraderContract;

/** The example grader honours the test kit's contract, as a grader author's tests would check. */
class ReferenceOverlapGraderProperties implements DeterministicGraderContract {
  private final AnswerGrader grader = new ReferenceOverlapGrader(5);

  @Override
  public AnswerGrader grader() {
    return grader;
  }
}
