package io.github.interviewbank.examples.customgrader;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.AnswerGraders;
import io.github.interviewbank.grading.Grade;
import java.io.PrintStream;
import java.util.Map;

/**
 * Example: a custom grader found by name through {@link java.util.ServiceLoader}. The grader and
 * its provider live in this package; the registration is one line in {@code
 * META-INF/services/io.github.interviewbank.grading.GraderProvider}.
 */
public final class CustomGraderExample {
  private CustomGraderExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    out.println("Graders found: " + AnswerGraders.names());
    AnswerGrader overlap = AnswerGraders.create("overlap", Map.of("minWordLength", "6"));
    Question q = QuestionBank.builtIn().find("database-indexing").orElseThrow();
    Grade g = overlap.grade(q, "An index is a B-tree that lets the database avoid scanning the"
        + " whole table, at the cost of slower writes and extra storage.");
    out.printf("%s scored %.2f (%s): %s%n", g.graderId(), g.score(), g.band().label(),
        g.feedback());
  }
}
