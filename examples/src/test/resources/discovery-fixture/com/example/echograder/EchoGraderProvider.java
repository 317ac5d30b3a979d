package com.example.echograder;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GraderOptions;
import io.github.interviewbank.grading.GraderProvider;
import java.util.List;

/** Gives every non-blank answer half marks. */
public final class EchoGraderProvider implements GraderProvider {
  @Override
  public String name() {
    return "echo";
  }

  @Override
  public AnswerGrader create(GraderOptions options) {
    options.requireKnownKeys(List.of());
    return request -> request.isBlank()
        ? Grade.noAnswer(request.question(), "echo")
        : new Grade(request.question().id(), "echo", 0.5, Band.ACCEPTABLE, List.of(), "Heard you.");
  }
}
