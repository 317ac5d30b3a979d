package com.example.echograder;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.AnswerGraders;
import io.github.interviewbank.grading.Grade;
import java.util.TreeSet;

/** Prints the graders found and grades one answer with "echo", found by name. */
public final class Main {
  public static void main(String[] args) {
    Question q = Question.builder("ping").prompt("Ping?").referenceAnswer("Pong.").build();
    Grade g = AnswerGraders.create("echo").grade(q, "pong");
    System.out.println("graders=" + new TreeSet<>(AnswerGraders.names()) + " grade=" + g.graderId()
        + ":" + g.score() + " module=" + Main.class.getModule().getName());
  }
}
