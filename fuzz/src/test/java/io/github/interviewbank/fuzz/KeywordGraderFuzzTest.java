package io.github.interviewbank.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Span;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import java.util.List;

/**
 * Fuzz target: any answer, including lone surrogates and control characters, to any question of
 * the bundled bank grades to a finite score in [0, 1] with one result per key point, evidence
 * spans inside the answer, and the same grade when graded again.
 */
public class KeywordGraderFuzzTest {
  private static final QuestionBank BANK = QuestionBank.builtIn();
  private static final KeywordGrader GRADER = KeywordGrader.create();

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    Question q = BANK.questions().get(data.consumeInt(0, BANK.size() - 1));
    StringBuilder chars = new StringBuilder();
    while (data.remainingBytes() > 0) {
      chars.append(data.consumeChar()); // any UTF-16 unit: lone surrogates too
    }
    String answer = chars.toString();
    GradingRequest request = GradingRequest.builder(q, answer).bank(BANK).build();
    Grade g = GRADER.grade(request);
    Findings.check(g.score() >= 0 && g.score() <= 1, "a score in [0, 1]", g);
    List<String> ids = q.keyPoints().stream().map(KeyPoint::id).toList();
    Findings.check(g.keyPoints().stream().map(KeyPointResult::keyPointId).toList().equals(ids)
        || answer.isBlank() || ids.isEmpty(), "one result per key point, in order", g);
    for (KeyPointResult r : g.keyPoints()) {
      for (Span s : r.evidence()) {
        Findings.check(s.start() >= 0 && s.start() <= s.end() && s.end() <= answer.length(),
            "evidence inside the answer", r);
      }
    }
    Findings.check(GRADER.grade(request).equals(g), "the same grade twice", g);
  }

  @FuzzTest
  void gradesAnyAnswer(FuzzedDataProvider data) {
    fuzzerTestOneInput(data);
  }
}
