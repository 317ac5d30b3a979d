package io.github.interviewbank.core;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small questions and banks for tests. */
final class Fixtures {
  static final Topic CACHING = Topic.of("caching", "Caching");
  static final Topic DATABASES = Topic.of("databases", "Databases");

  private Fixtures() {}

  static Question question(String id, Difficulty difficulty, Topic... topics) {
    return Question.builder(id)
        .prompt("Prompt of " + id + "?")
        .difficulty(difficulty)
        .topics(topics)
        .referenceAnswer("Reference answer of " + id + ".")
        .keyPoints(KeyPoint.of("point-a", "The first point"))
        .build();
  }

  static QuestionBank tiny() {
    return QuestionBank.fromResource(Fixtures.class, "tiny-bank.json");
  }

  static QuestionBank read(String json) {
    return QuestionBank.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  static List<String> ids(List<Question> questions) {
    return questions.stream().map(Question::id).toList();
  }
}
