package com.example.embedder;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.AnswerGraders;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.keyword.KeywordGrader;

/** Grades one answer with the grader found by name and with the one built directly. */
public final class Interviewer {
  private Interviewer() {}

  public static Grade gradeByName(String questionId, String answer) {
    Question q = QuestionBank.builtIn().find(questionId).orElseThrow();
    AnswerGrader grader = AnswerGraders.create("keyword");
    return grader.grade(q, answer);
  }

  public static Grade gradeDirectly(String questionId, String answer) {
    Question q = QuestionBank.builtIn().find(questionId).orElseThrow();
    return KeywordGrader.create().grade(q, answer);
  }
}
