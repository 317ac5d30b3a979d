package io.github.interviewbank.cli;

import io.github.interviewbank.core.BankProblem;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.Topic;
import io.github.interviewbank.evaluation.EvaluationReport;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's JSON output: records that Jackson's object mapper writes, one compact object
 * per line or one indented document. Questions are not here: they are written by the bank writer
 * in core, so that a question has one JSON form.
 */
final class Json {
  /**
   * Escapes every control character, DEL and C1 (U+007F to U+009F) as well as the C0 characters
   * JSON requires: output that a terminal shows never holds one raw.
   */
  static final JsonMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder().characterEscapes(new ControlEscapes()).build())
          .build();

  private Json() {}

  static String line(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  static String pretty(Object value) {
    return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
  }

  /**
   * One line of a JSON Lines file as an object.
   *
   * @param where the file and line, such as {@code in.jsonl:3: }, for messages
   * @throws InvalidInputException when the line is not a JSON object
   */
  static JsonNode object(String line, String where) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JacksonException e) {
      throw new InvalidInputException(where + "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException(where + "expected a JSON object");
    }
    return node;
  }

  /** JSON's escapes, and an escape for DEL and for each C1 control character too. */
  static final class ControlEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    ControlEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return ch >= 0x80 && ch <= 0x9F
          ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
    }
  }

  private static @Nullable Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static @Nullable Integer orNull(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  /** A grade as the grade command writes it; the score rounded to four decimals. */
  record GradeJson(String questionId, double score, String band, List<String> covered,
      List<String> missed, List<String> contradicted, String feedback, String grader) {
    static GradeJson of(Grade g) {
      return new GradeJson(g.questionId(), Math.round(g.score() * 10_000) / 10_000.0,
          g.band().label(), g.coveredIds(), g.missedIds(),
          g.keyPoints().stream().filter(r -> r.verdict() == Verdict.CONTRADICTED)
              .map(KeyPointResult::keyPointId).toList(),
          g.feedback(), g.graderId());
    }
  }

  /** A batch line's grade: the number of the input line it answers, then the grade's fields. */
  record BatchGradeJson(int line, @JsonUnwrapped GradeJson grade) {}

  /** A batch line that could not be graded, and why. */
  record BatchErrorJson(int line, String error) {}

  /** A row of {@code list}. */
  record QuestionSummary(String id, String difficulty, List<String> topics, String prompt) {
    static QuestionSummary of(Question q) {
      return new QuestionSummary(q.id(), q.difficulty().id(),
          q.topics().stream().map(Topic::id).toList(), q.prompt());
    }
  }

  /** The report of {@code evaluate}. */
  record EvaluationJson(String grader, int n, @Nullable Double pearson, @Nullable Double spearman,
      @Nullable Double qwk, double mae, List<GroupJson> kinds, List<GroupJson> questions) {
    static EvaluationJson of(EvaluationReport r) {
      return new EvaluationJson(r.graderId(), r.n(), orNull(r.pearson()), orNull(r.spearman()),
          orNull(r.qwk()), r.mae(), r.kinds().stream().map(GroupJson::of).toList(),
          r.questions().stream().map(GroupJson::of).toList());
    }
  }

  /** One group (a kind of answer, or a question) of an evaluation report. */
  record GroupJson(String key, int n, double meanHuman, double meanGrader, double mae,
      @Nullable Double pearson) {
    static GroupJson of(EvaluationReport.Group g) {
      return new GroupJson(g.key(), g.n(), g.meanHuman(), g.meanGrader(), g.mae(),
          orNull(g.pearson()));
    }
  }

  /** The result of {@code validate}: a valid bank, or its problems. */
  record ValidationJson(String file, boolean valid, @Nullable Integer questions,
      @Nullable Integer topics, List<String> warnings, List<ProblemJson> problems,
      int problemCount) {}

  /** One problem of an invalid bank. */
  record ProblemJson(@Nullable Integer line, @Nullable Integer column, @Nullable String path,
      @Nullable String questionId, String message) {
    static ProblemJson of(BankProblem p) {
      return new ProblemJson(orNull(p.line()), orNull(p.column()), p.jsonPath().orElse(null),
          p.questionId().orElse(null), p.message());
    }
  }
}
