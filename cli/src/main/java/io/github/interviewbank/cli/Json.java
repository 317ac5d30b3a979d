package io.github.interviewbank.cli;

import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.Topic;
import io.github.interviewbank.grading.Verdict;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.KeyPointResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON output of the command line: one compact object per line, or one indented document. */
final class Json {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static String line(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  static String pretty(Object value) {
    return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
  }

  static @Nullable Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  /** A grade as the {@code grade} command writes it. */
  static Map<String, Object> grade(Grade g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("questionId", g.questionId());
    m.put("score", Math.round(g.score() * 10_000) / 10_000.0);
    m.put("band", g.band().label());
    m.put("covered", g.coveredIds());
    m.put("missed", g.missedIds());
    m.put("contradicted", g.keyPoints().stream().filter(r -> r.verdict() == Verdict.CONTRADICTED)
        .map(KeyPointResult::keyPointId).toList());
    m.put("feedback", g.feedback());
    m.put("grader", g.graderId());
    return m;
  }

  /** A question in the shape of the bank format. */
  static Map<String, Object> question(Question q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", q.id());
    m.put("prompt", q.prompt());
    m.put("difficulty", q.difficulty().id());
    m.put("topics", q.topics().stream().map(Topic::id).toList());
    m.put("referenceAnswer", q.referenceAnswer());
    m.put("keyPoints", q.keyPoints().stream().map(Json::keyPoint).toList());
    m.put("followUps", q.followUps().stream().map(Json::followUp).toList());
    return m;
  }

  private static Map<String, Object> keyPoint(KeyPoint k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", k.id());
    m.put("text", k.text());
    m.put("weight", k.weight());
    m.put("required", k.required());
    m.put("phrasings", k.phrasings());
    m.put("contradictions", k.contradictions());
    return m;
  }

  private static Map<String, Object> followUp(FollowUp f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("prompt", f.prompt());
    m.put("keyPoints", f.keyPointIds());
    return m;
  }

  /** A summary row of a question for {@code list}. */
  static Map<String, Object> summary(Question q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", q.id());
    m.put("difficulty", q.difficulty().id());
    m.put("topics", q.topics().stream().map(Topic::id).toList());
    m.put("prompt", q.prompt());
    return m;
  }
}
