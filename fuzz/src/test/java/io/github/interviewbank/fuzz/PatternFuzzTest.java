package io.github.interviewbank.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.MatchPattern;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz target: the first line of the input is a pattern, the rest an answer. The pattern parses
 * or fails with {@link IllegalArgumentException}; a pattern that parses reads back from its source
 * to an equal pattern, and as a phrasing and a contradiction of a key point it compiles in the
 * keyword grader and grades the answer to a score in [0, 1].
 */
public class PatternFuzzTest {
  private static final KeywordGrader GRADER = KeywordGrader.create();

  public static void fuzzerTestOneInput(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    String source = newline < 0 ? text : text.substring(0, newline);
    String answer = newline < 0 ? "" : text.substring(newline + 1);
    MatchPattern pattern;
    try {
      pattern = MatchPattern.parse(source);
    } catch (IllegalArgumentException e) {
      Findings.check(e.getMessage() != null && !e.getMessage().isBlank(), "a message", e);
      return;
    }
    Findings.check(MatchPattern.parse(pattern.source()).equals(pattern), "a stable parse",
        source);
    Findings.check(!pattern.sequences().isEmpty(), "at least one sequence", source);
    Question q = Question.builder("fuzzed").prompt("What is fuzzed?")
        .difficulty(Difficulty.BEGINNER).referenceAnswer("A reference answer about " + answer)
        .keyPoints(KeyPoint.of("point", "The point").withPhrasings(List.of(source)),
            KeyPoint.of("other", "Another point").withContradictions(List.of(source)))
        .build();
    if (answer.length() > 100_000) {
      return;
    }
    Grade g = GRADER.grade(q, answer);
    Findings.check(g.score() >= 0 && g.score() <= 1, "a score in [0, 1]", g);
  }

  @FuzzTest
  void parsesOrFailsCleanly(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
