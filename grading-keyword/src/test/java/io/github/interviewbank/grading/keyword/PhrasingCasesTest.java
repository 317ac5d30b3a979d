package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.Verdict;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.KeyPointResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled bank's rubric against paraphrases written while tuning it: each case says which key
 * points an answer must cover, must miss, or must contradict. A regression suite for phrasings
 * and for the matcher alike. A case with a {@code followUp} index is an answer to that follow-up,
 * graded against the follow-up's own rubric. The cases were written without looking at the
 * calibration set.
 */
class PhrasingCasesTest {
  private static final List<String> FILES = List.of("seed.json", "rest-security.json",
      "databases-caching.json", "concurrency-architecture.json", "systems.json",
      "follow-ups.json");

  @TestFactory
  Stream<DynamicTest> everyCaseHolds() throws IOException {
    QuestionBank bank = QuestionBank.builtIn();
    KeywordGrader grader = KeywordGrader.create();
    JsonMapper json = JsonMapper.builder().build();
    List<DynamicTest> tests = new ArrayList<>();
    int total = 0;
    for (String file : FILES) {
      try (InputStream in = getClass().getResourceAsStream("phrasing-cases/" + file)) {
        if (in == null) {
          throw new IllegalStateException("missing phrasing-cases/" + file);
        }
        JsonNode cases = json.readTree(in);
        for (int i = 0; i < cases.size(); i++) {
          JsonNode c = cases.get(i);
          String name = file + " #" + i + " " + c.get("questionId").asString();
          total++;
          tests.add(DynamicTest.dynamicTest(name, () -> check(bank, grader, c)));
        }
      }
    }
    assertTrue(total >= 1000, "cases loaded: " + total);
    return tests.stream();
  }

  private static void check(QuestionBank bank, KeywordGrader grader, JsonNode c) {
    Question q = bank.find(c.get("questionId").asString()).orElseThrow();
    JsonNode followUp = c.get("followUp");
    if (followUp != null) {
      q = q.followUps().get(followUp.asInt()).asQuestion(q).orElseThrow();
    }
    String answer = c.get("answer").asString();
    Grade g = grader.grade(GradingRequest.builder(q, answer).bank(bank).build());
    List<String> wrong = new ArrayList<>();
    expect(c, "covers", g, r -> r.verdict() == Verdict.COVERED, "not covered", wrong);
    expect(c, "misses", g, r -> r.verdict() == Verdict.MISSED, "covered or contradicted", wrong);
    expect(c, "contradicts", g, r -> r.verdict() == Verdict.CONTRADICTED, "not contradicted", wrong);
    assertEquals(List.of(), wrong, answer);
  }

  private static void expect(JsonNode c, String field, Grade g,
      java.util.function.Predicate<KeyPointResult> holds, String failure, List<String> wrong) {
    JsonNode ids = c.get(field);
    if (ids == null) {
      return;
    }
    for (JsonNode id : ids) {
      KeyPointResult r = g.keyPoint(id.asString()).orElseThrow(
          () -> new AssertionError("no key point " + id.asString()));
      if (!holds.test(r)) {
        wrong.add(id.asString() + " " + failure);
      }
    }
  }
}
