package io.github.interviewbank.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CalibrationSetTest {
  private static final Set<String> KINDS = Set.of("excellent", "good", "partial", "weak",
      "misconception", "keywords", "off-topic", "non-answer");
  private final List<LabelledAnswer> set = CalibrationSet.builtIn();

  @Test
  void everyLabelNamesABundledQuestionAndAKnownKind() {
    QuestionBank bank = QuestionBank.builtIn();
    for (LabelledAnswer a : set) {
      assertTrue(bank.find(a.questionId()).isPresent(), a.questionId());
      assertTrue(KINDS.contains(a.kind().orElse("")), a + ": kind " + a.kind());
    }
  }

  @Test
  void scoresAreRatingsFromZeroToFiveOverFive() {
    for (LabelledAnswer a : set) {
      double rating = a.score() * 5;
      assertEquals(Math.rint(rating), rating, 1e-9, a.toString());
    }
  }

  @Test
  void eachSeedQuestionHasAtLeastEightAnswersSpanningAllKinds() {
    List<String> problems = new ArrayList<>();
    Map<String, List<LabelledAnswer>> byQuestion = set.stream()
        .collect(Collectors.groupingBy(LabelledAnswer::questionId, TreeMap::new, Collectors.toList()));
    for (Question q : QuestionBank.builtIn().questions().subList(0, 20)) {
      List<LabelledAnswer> answers = byQuestion.getOrDefault(q.id(), List.of());
      Set<String> kinds = answers.stream().map(a -> a.kind().orElse(""))
          .collect(Collectors.toSet());
      if (answers.size() < 8 || !kinds.equals(KINDS)) {
        problems.add(q.id() + ": " + answers.size() + " answers, kinds " + kinds);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theTwoRatersAgreeAsTheNotesSay() throws Exception {
    // The second rating is an extra field that LabelledAnswers ignores; read it directly.
    List<double[]> pairs = new ArrayList<>();
    JsonMapper mapper = JsonMapper.builder().build();
    try (InputStream in = CalibrationSet.class.getResourceAsStream("calibration.jsonl");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = mapper.readTree(line);
        if (node.has("secondRaterScore")) {
          pairs.add(new double[] {node.get("score").asDouble(), node.get("secondRaterScore").asDouble()});
        }
      }
    }
    double[] first = pairs.stream().mapToDouble(p -> p[0]).toArray();
    double[] second = pairs.stream().mapToDouble(p -> p[1]).toArray();
    assertEquals(180, pairs.size());
    assertEquals(0.982, Metrics.pearson(first, second).getAsDouble(), 0.0005);
    assertEquals(0.982, Metrics.quadraticWeightedKappa(first, second).getAsDouble(), 0.0005);
    assertEquals(161, pairs.stream().filter(p -> Math.abs(p[0] - p[1]) < 1e-9).count());
  }

  @Test
  void everyOtherQuestionHasAtLeastFourAnswersIncludingStrongAndOffTopic() {
    List<String> problems = new ArrayList<>();
    Map<String, List<LabelledAnswer>> byQuestion = set.stream()
        .collect(Collectors.groupingBy(LabelledAnswer::questionId));
    List<Question> all = QuestionBank.builtIn().questions();
    for (Question q : all.subList(20, all.size())) {
      List<LabelledAnswer> answers = byQuestion.getOrDefault(q.id(), List.of());
      Set<String> kinds = answers.stream().map(a -> a.kind().orElse(""))
          .collect(Collectors.toSet());
      boolean strong = kinds.contains("excellent") || kinds.contains("good");
      boolean wrong = kinds.contains("misconception") || kinds.contains("keywords");
      if (answers.size() < 4 || !strong || !kinds.contains("partial") || !wrong
          || !kinds.contains("off-topic")) {
        problems.add(q.id() + ": " + answers.size() + " answers, kinds " + kinds);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void noAnswerIsListedTwice() {
    Set<String> seen = set.stream().map(a -> a.questionId() + "\n" + a.answer()).collect(Collectors.toSet());
    assertEquals(set.size(), seen.size());
  }
}
