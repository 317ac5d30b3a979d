package io.github.interviewbank.cli;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Span;
import java.io.PrintWriter;

/** How a grade is shown to a person. */
final class Report {
  private Report() {}

  static void grade(PrintWriter out, Terminal t, Question q, Grade g, String answer,
      boolean withReference) {
    out.println(t.bold("Score    ") + t.bar(g.score(), 20) + "  " + t.bold(g.band().label()));
    for (KeyPoint k : q.keyPoints()) {
      KeyPointResult r = g.keyPoint(k.id()).orElse(null);
      if (r == null) {
        continue;
      }
      String mark = switch (r.verdict()) {
        case COVERED -> t.green("  + covered      ");
        case CONTRADICTED -> t.red("  ! contradicted ");
        case MISSED -> t.yellow("  - missed       ");
      };
      StringBuilder line = new StringBuilder(mark).append(k.text());
      if (!r.evidence().isEmpty()) {
        Span s = r.evidence().get(0);
        if (s.end() <= answer.length()) {
          line.append(t.dim("  \"" + excerpt(s.textIn(answer)) + "\""));
        }
      }
      out.println(line);
    }
    out.println(t.bold("Feedback ") + g.feedbackWithoutUnsureNote());
    g.unsureNote().ifPresent(note -> out.println(t.yellow(t.bold("Unsure   ")) + note));
    if (withReference) {
      out.println(t.bold("Reference answer"));
      Text.wrap(q.referenceAnswer(), 88, "  ").forEach(out::println);
    }
  }

  private static String excerpt(String text) {
    String oneLine = collapseWhitespace(text).strip();
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }

  /**
   * Every run of the characters {@code \s} matches (space, tab, line feed, vertical tab, form
   * feed, carriage return) as one space, as {@code replaceAll("\\s+", " ")} does without
   * compiling a regular expression on the way to a grade's first line of output.
   */
  static String collapseWhitespace(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f'
          || c == '\r';
      if (!space) {
        sb.append(c);
      } else if (!inRun) {
        sb.append(' ');
      }
      inRun = space;
    }
    return sb.toString();
  }

  static String percent(double score) {
    return Math.round(score * 100) + "%";
  }
}
