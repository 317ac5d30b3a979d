package io.github.interviewbank.cli;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.GraderOptions;
import io.github.interviewbank.grading.GraderProvider;
import io.github.interviewbank.grading.GradingException;

/** A grader whose service is down: for the exit code of a failed grader. Test-only. */
public final class FailingGraderProvider implements GraderProvider {
  @Override
  public String name() {
    return "failing";
  }

  @Override
  public AnswerGrader create(GraderOptions options) {
    return request -> {
      throw new GradingException("the grading service is down");
    };
  }
}
