package io.github.interviewbank.cli;

import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.Verdict;
import io.github.interviewbank.practice.Attempt;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Attempts as JSON Lines, the format of {@code history export} and {@code history import}: one
 * object per line with questionId, bank, answeredAt (ISO-8601, UTC, in the years 0000 to 9999),
 * timeTakenMillis, score, band, keyPoints (id and verdict, in rubric order), grader, hintsUsed,
 * followUp (null for the question itself) and answer (null when not kept).
 */
final class AttemptJson {
  /**
   * The earliest answeredAt accepted: the start of year 0000, the first of four digits. The
   * history keeps milliseconds since 1970 in a long, which the farthest years of an Instant
   * overflow.
   */
  static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");

  /** The latest answeredAt accepted: the end of year 9999, the last with four digits. */
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private AttemptJson() {}

  static Map<String, Object> toMap(Attempt a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("questionId", a.questionId());
    m.put("bank", a.bankId());
    m.put("answeredAt", a.answeredAt().toString());
    m.put("timeTakenMillis", a.timeTaken().toMillis());
    m.put("score", a.score());
    m.put("band", a.band().label());
    m.put("keyPoints", a.keyPoints().entrySet().stream().map(e -> {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("id", e.getKey());
      point.put("verdict", e.getValue().id());
      return point;
    }).toList());
    m.put("grader", a.graderId());
    m.put("hintsUsed", a.hintsUsed());
    m.put("followUp", a.followUp().orElse(null));
    m.put("answer", a.answer().orElse(null));
    return m;
  }

  /**
   * Reads one line.
   *
   * @param where the file and line, such as {@code export.jsonl:3: }, for messages
   * @throws InvalidInputException naming the line and the field when it is not an attempt
   */
  static Attempt parse(String line, String where) {
    JsonNode node = Json.object(line, where);
    Map<String, Verdict> points = new LinkedHashMap<>();
    JsonNode list = node.get("keyPoints");
    if (list == null || !list.isArray()) {
      throw new InvalidInputException(where + "'keyPoints' must be an array");
    }
    for (JsonNode p : list) {
      String id = text(p, "id", where + "a key point's ");
      String verdict = text(p, "verdict", where + "a key point's ");
      points.put(id, Verdict.fromId(verdict).orElseThrow(() -> new InvalidInputException(where
          + "unknown verdict '" + verdict + "' (covered, missed or contradicted)")));
    }
    String band = text(node, "band", where);
    Band parsedBand = List.of(Band.values()).stream().filter(b -> b.label().equals(band))
        .findFirst().orElseThrow(() -> new InvalidInputException(
            where + "unknown band '" + band + "' (missing, weak, acceptable or strong)"));
    Instant at;
    try {
      at = Instant.parse(text(node, "answeredAt", where));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(where + "'answeredAt' must be an ISO-8601 instant such as"
          + " 2026-11-29T10:15:30Z");
    }
    if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
      throw new InvalidInputException(where + "'answeredAt' must be from " + EARLIEST + " to "
          + LATEST + ", was " + at);
    }
    try {
      return new Attempt(text(node, "questionId", where), text(node, "bank", where), at,
          Duration.ofMillis(number(node, "timeTakenMillis", where).longValue()),
          number(node, "score", where).doubleValue(), parsedBand, points,
          text(node, "grader", where), count(node, "hintsUsed", where),
          Optional.ofNullable(optionalText(node, "followUp", where)),
          Optional.ofNullable(optionalText(node, "answer", where)));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(where + e.getMessage());
    }
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isString()) {
      throw new InvalidInputException(where + "'" + field + "' must be a string");
    }
    return value.asString();
  }

  private static @Nullable String optionalText(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw new InvalidInputException(where + "'" + field + "' must be a string or null");
    }
    return value.asString();
  }

  private static int count(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new InvalidInputException(where + "'" + field + "' must be a whole number");
    }
    return value.intValue();
  }

  private static Number number(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber()) {
      throw new InvalidInputException(where + "'" + field + "' must be a number");
    }
    if (value.isIntegralNumber() && !value.canConvertToLong()) {
      throw new InvalidInputException(where + "'" + field + "' is out of range");
    }
    return value.numberValue();
  }
}
