package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correct answers are never told they said the opposite of a key point. {@value #RESOURCE} holds
 * 192 answers to the 48 bundled questions that compare named things, four per question (a full
 * and a terse one, one that takes each compared thing in turn and says what they share, one led
 * by an example), written from the prompts alone, without sight of the reference answers or the
 * rubrics, and meant to earn full marks. Graded first, seven of them had a key point
 * contradicted and scored 20%; five causes were fixed in the grader and one in a rubric, never in
 * these answers. The one left is listed in {@link #KNOWN}, with why, and must stay contradicted
 * until fixed, so that the list stays true.
 */
class CorrectAnswersTest {
  private static final String RESOURCE = "correct-contrast-answers.jsonl";

  /** Answers (question id and kind) still contradicted, with the reason. */
  private static final Map<String, String> KNOWN = Map.of(
      "database-normalization/contrast-first",
      "'3NF likewise includes 2NF, and further forbids transitive dependencies' matches"
          + " '2nf ... forbid* transitive' from an object to the next predicate");

  private record Answer(String questionId, String kind, String text) {
    String key() {
      return questionId + "/" + kind;
    }
  }

  private static List<Answer> answers() throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    List<Answer> answers = new ArrayList<>();
    try (InputStream in = CorrectAnswersTest.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode node = json.readTree(line);
        answers.add(new Answer(node.get("questionId").asString(), node.get("kind").asString(),
            node.get("answer").asString()));
      }
    }
    return answers;
  }

  @Test
  void theSetAnswersEveryQuestionThatComparesNamedThingsFourTimes() throws IOException {
    QuestionBank bank = QuestionBank.builtIn();
    List<Answer> answers = answers();
    long comparing = bank.questions().stream().filter(q -> !q.contrasts().isEmpty()).count();
    assertEquals(comparing * 4, answers.size());
    for (Answer a : answers) {
      assertFalse(bank.find(a.questionId()).orElseThrow().contrasts().isEmpty(), a.key());
    }
  }

  @TestFactory
  Stream<DynamicTest> noCorrectAnswerIsContradicted() throws IOException {
    QuestionBank bank = QuestionBank.builtIn();
    KeywordGrader grader = KeywordGrader.create();
    return answers().stream().map(a -> DynamicTest.dynamicTest(a.key(), () -> {
      Question q = bank.find(a.questionId()).orElseThrow();
      Grade g = grader.grade(GradingRequest.builder(q, a.text()).bank(bank).build());
      List<String> contradicted = g.keyPoints().stream()
          .filter(k -> k.verdict() == Verdict.CONTRADICTED).map(KeyPointResult::keyPointId)
          .toList();
      if (KNOWN.containsKey(a.key())) {
        assertFalse(contradicted.isEmpty(), "fixed: remove it from KNOWN (" + KNOWN.get(a.key())
            + ")");
      } else {
        assertTrue(contradicted.isEmpty(), "contradicted " + contradicted + ", score "
            + g.score() + ": " + g.feedback());
      }
    }));
  }
}
