package com.example.words;

import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.testkit.AnswerGraderContract;
import io.github.interviewbank.grading.testkit.DeterministicGraderContract;

// The class below is the one docs/grading.md shows, as written there (the embedder's snippet
// test checks that they stay equal).
class MyGraderTest implements AnswerGraderContract, DeterministicGraderContract {
  private final AnswerGrader grader = new MyGrader();
  @Override public AnswerGrader grader() { return grader; }
}
