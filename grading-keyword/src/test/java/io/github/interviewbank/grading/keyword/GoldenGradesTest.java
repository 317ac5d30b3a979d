package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.evaluation.CalibrationSet;
import io.github.interviewbank.evaluation.LabelledAnswer;
import io.github.interviewbank.evaluation.LabelledAnswers;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every grade the default keyword grader gives to the answers of the calibration set and of the
 * independent sets, compared line by line with a committed record of them: score (its exact
 * bits), band, each key point's verdict and evidence spans, and the feedback text. Changes meant
 * only to make grading faster must leave this file untouched.
 *
 * <p>A change that is meant to alter grades regenerates the record on purpose:
 *
 * <pre>{@code ./mvnw -B -o -pl grading-keyword -am verify -Dgolden.regenerate=true \
 *     -Dtest=GoldenGradesTest -Dsurefire.failIfNoSpecifiedTests=false}</pre>
 *
 * <p>and the diff of {@value #GOLDEN} is then reviewed with the change.
 */
class GoldenGradesTest {
  static final String GOLDEN = "src/test/resources/io/github/interviewbank/grading/keyword/"
      + "golden-grades.tsv";

  /** The labelled sets, by the name of their resource beside {@link CalibrationSet}. */
  private static final List<String> SETS =
      List.of("calibration.jsonl", "independent-tune.jsonl", "independent-final.jsonl",
          "independent-v2.jsonl");

  @Test
  void everyGradeOfTheLabelledSetsMatchesTheCommittedRecord() throws IOException {
    List<String> actual = currentGrades();
    Path golden = Path.of(GOLDEN);
    if (Boolean.getBoolean("golden.regenerate")) {
      Files.write(golden, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String want = i < expected.size() ? expected.get(i) : "(none)";
      String got = i < actual.size() ? actual.get(i) : "(none)";
      if (!want.equals(got) && differences.size() < 10) {
        differences.add("expected: " + want + "\n     got: " + got);
      }
    }
    if (!differences.isEmpty()) {
      fail("grades differ from " + GOLDEN + " (first " + differences.size() + "):\n"
          + String.join("\n", differences));
    }
    assertEquals(expected.size(), actual.size());
  }

  @Test
  void theRecordCoversEveryLabelledAnswer() {
    int labelled = 0;
    for (String set : SETS) {
      labelled += read(set).size();
    }
    assertTrue(labelled > 800, "labelled answers: " + labelled);
    assertEquals(labelled, currentGrades().size());
  }

  private static List<String> currentGrades() {
    AnswerGrader grader = KeywordGrader.create();
    QuestionBank bank = QuestionBank.builtIn();
    List<String> lines = new ArrayList<>();
    for (String set : SETS) {
      for (LabelledAnswer label : read(set)) {
        Question question = bank.find(label.questionId()).orElseThrow();
        Grade grade = grader.grade(GradingRequest.builder(question, label.answer()).bank(bank)
            .build());
        lines.add(set + ":" + label.line().orElseThrow() + "\t" + render(grade));
      }
    }
    return lines;
  }

  /** One line: id, score bits and their 17-digit rendering, band, key points, feedback. */
  static String render(Grade grade) {
    StringBuilder line = new StringBuilder();
    line.append(grade.questionId()).append('\t')
        .append(Long.toHexString(Double.doubleToRawLongBits(grade.score()))).append('\t')
        .append(String.format(Locale.ROOT, "%.17g", grade.score())).append('\t')
        .append(grade.band()).append('\t');
    for (KeyPointResult point : grade.keyPoints()) {
      line.append(point.keyPointId()).append('=').append(point.verdict().id());
      for (Span span : point.evidence()) {
        line.append('@').append(span.start()).append('-').append(span.end());
      }
      line.append(' ');
    }
    line.append('\t').append(escape(grade.feedback()));
    return line.toString();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r")
        .replace("\n", "\\n");
  }

  private static List<LabelledAnswer> read(String set) {
    try (InputStream in = CalibrationSet.class.getResourceAsStream(set)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + set);
      }
      return LabelledAnswers.read(in, set);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
