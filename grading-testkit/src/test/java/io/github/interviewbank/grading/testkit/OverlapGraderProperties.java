package io.github.interviewbank.grading.testkit;

import io.github.interviewbank.grading.AnswerGrader;

/** The whole contract, opt-ins included, runs against a trivial grader in the build. */
class OverlapGraderProperties implements DeterministicGraderContract, MonotonicGraderContract {
  private final AnswerGrader grader = new OverlapGrader();

  @Override
  public AnswerGrader grader() {
    return grader;
  }
}
