package com.example.embedder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import org.junit.jupiter.api.Test;

class ModulePathTest {
  private static final String ANSWER = "During a network partition a distributed store must"
      + " choose between consistency and availability: you can only have two of the three.";

  @Test
  void everyoneRunsAsANamedModule() {
    assertEquals("com.example.embedder", Interviewer.class.getModule().getName());
    assertEquals("io.github.interviewbank.core", QuestionBank.class.getModule().getName());
    assertEquals("io.github.interviewbank.grading.keyword",
        KeywordGrader.class.getModule().getName());
  }

  @Test
  void theKeywordGraderIsFoundAsAServiceAndGrades() {
    Grade byName = Interviewer.gradeByName("cap-theorem", ANSWER);
    assertEquals("keyword", byName.graderId());
    assertTrue(byName.score() > 0, byName.toString());
    assertEquals(byName, Interviewer.gradeDirectly("cap-theorem", ANSWER));
  }

  @Test
  void theBundledBankLoadsFromTheModule() {
    assertTrue(QuestionBank.builtIn().size() >= 110);
  }
}
