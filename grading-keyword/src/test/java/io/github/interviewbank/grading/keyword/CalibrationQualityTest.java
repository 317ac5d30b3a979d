package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.evaluation.CalibrationSet;
import io.github.interviewbank.evaluation.Evaluation;
import io.github.interviewbank.evaluation.EvaluationReport;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The keyword grader's agreement with the human scores of the calibration set: the quality bar
 * of docs/grading.md, checked on every build. The report is printed to the test's output.
 */
class CalibrationQualityTest {
  private static EvaluationReport report;
  private static Map<String, Double> meanByKind;

  @BeforeAll
  static void evaluate() {
    report = Evaluation.run(KeywordGrader.create(), QuestionBank.builtIn(), CalibrationSet.builtIn());
    meanByKind = report.kinds().stream()
        .collect(Collectors.toMap(EvaluationReport.Group::key, EvaluationReport.Group::meanGrader));
    System.out.print(report.summary());
  }

  @Test
  void pearsonCorrelationWithHumanScoresIsAtLeastPointEightFive() {
    double pearson = report.pearson().orElseThrow();
    assertTrue(pearson >= 0.85, "pearson " + pearson);
  }

  @Test
  void excellentAnswersScoreAtLeastPointEightOnAverage() {
    assertTrue(meanByKind.get("excellent") >= 0.8, meanByKind.toString());
  }

  @Test
  void bareKeywordListsScoreAtMostPointThreeFive() {
    assertTrue(meanByKind.get("keywords") <= 0.35, meanByKind.toString());
  }

  @Test
  void confidentMisconceptionsScoreAtMostPointThree() {
    assertTrue(meanByKind.get("misconception") <= 0.3, meanByKind.toString());
  }

  @Test
  void offTopicAnswersScoreAtMostPointOneFive() {
    assertTrue(meanByKind.get("off-topic") <= 0.15, meanByKind.toString());
  }

  @Test
  void nonAnswersScoreAtMostPointOne() {
    assertTrue(meanByKind.get("non-answer") <= 0.1, meanByKind.toString());
  }
}
