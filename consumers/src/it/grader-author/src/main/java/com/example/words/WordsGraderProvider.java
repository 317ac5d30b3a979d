package com.example.words;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.GraderOptions;
import io.github.interviewbank.grading.GraderProvider;

/** Publishes {@link MyGrader} under the name "words". */
public final class WordsGraderProvider implements GraderProvider {
  @Override
  public String name() {
    return "words";
  }

  @Override
  public String description() {
    return "The share of the reference answer's longer words that the answer uses.";
  }

  @Override
  public AnswerGrader create(GraderOptions options) {
    return new MyGrader();
  }
}
