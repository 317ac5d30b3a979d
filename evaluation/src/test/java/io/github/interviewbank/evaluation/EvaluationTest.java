package io.github.interviewbank.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final Question Q1 = question("q-one");
  private static final Question Q2 = question("q-two");
  private static final QuestionBank BANK = QuestionBank.of(List.of(Q1, Q2));

  private static Question question(String id) {
    return Question.builder(id).prompt("Why?").difficulty(Difficulty.BEGINNER)
        .referenceAnswer("Because.").build();
  }

  /** Returns the score written in the answer text: "a", "b", ... map to fixed scores. */
  private static final Map<String, Double> GRADER_SCORES =
      Map.of("a", 0.92, "b", 0.92, "c", 0.28, "d", 0.04, "e", 0.12);

  private static final AnswerGrader STUB = new AnswerGrader() {
    @Override
    public Grade grade(GradingRequest request) {
      double s = GRADER_SCORES.get(request.answer());
      return new Grade(request.question().id(), id(), s, Band.WEAK, List.of(), "f");
    }

    @Override
    public String id() {
      return "stub";
    }
  };

  private static final List<LabelledAnswer> LABELS = List.of(
      LabelledAnswer.of("q-one", "a", 1.0).withKind("excellent").atLine(1),
      LabelledAnswer.of("q-one", "b", 0.8).withKind("good").atLine(2),
      LabelledAnswer.of("q-two", "c", 0.4).withKind("partial").atLine(3),
      LabelledAnswer.of("q-two", "d", 0.2).withKind("keywords").atLine(4),
      LabelledAnswer.of("q-two", "e", 0.0).atLine(5));

  @Test
  void reproducesHandComputedMetrics() {
    EvaluationReport r = Evaluation.run(STUB, BANK, LABELS);
    assertEquals(5, r.n());
    // human h = [1.0, 0.8, 0.4, 0.2, 0.0], mean 0.48; grader g = [0.92, 0.92, 0.28, 0.04, 0.12],
    // mean 0.456. Deviations dh = [.52, .32, -.08, -.28, -.48], dg = [.464, .464, -.176, -.416,
    // -.336]. Sum dh*dg = .24128 + .14848 + .01408 + .11648 + .16128 = .6816; sum dh^2 = .688;
    // sum dg^2 = .74752. Pearson = .6816 / sqrt(.688 * .74752) = 0.950438...
    assertEquals(0.6816 / Math.sqrt(0.688 * 0.74752), r.pearson().getAsDouble(), 1e-12);
    assertEquals(0.950438, r.pearson().getAsDouble(), 1e-6);
    // Ranks: h -> [5, 4, 3, 2, 1]; g -> [4.5, 4.5, 3, 1, 2] (the tie shares 4.5). Deviations from 3:
    // [2, 1, 0, -1, -2] and [1.5, 1.5, 0, -2, -1]: products 8.5, squares 10 and 9.5.
    // Spearman = 8.5 / sqrt(95) = 0.872081...
    assertEquals(8.5 / Math.sqrt(95), r.spearman().getAsDouble(), 1e-12);
    // Bins (nearest of 0..5): h -> [5, 4, 2, 1, 0], g -> [5, 5, 1, 0, 1]. Weighted observed
    // disagreement: 0 + 1 + 1 + 1 + 1 = 4 (/25). Histograms h [1,1,1,0,1,1], g [1,2,0,0,0,2];
    // expected sum over i of (i-j)^2 g_j: i=0: 52, i=1: 33, i=2: 24, i=4: 36, i=5: 57 -> 202
    // (/25/5). Kappa = 1 - 4 / (202 / 5) ... = 1 - 20/202 = 91/101 = 0.900990...
    assertEquals(91.0 / 101.0, r.qwk().getAsDouble(), 1e-12);
    // |h - g| = .08, .12, .12, .16, .12: mean .12
    assertEquals(0.12, r.mae(), 1e-12);
  }

  @Test
  void breaksFiguresDownByQuestionAndKind() {
    EvaluationReport r = Evaluation.run(STUB, BANK, LABELS);
    assertEquals(List.of("q-one", "q-two"), r.questions().stream().map(EvaluationReport.Group::key).toList());
    EvaluationReport.Group one = r.questions().get(0);
    assertEquals(2, one.n());
    assertEquals(0.9, one.meanHuman(), 1e-12);
    assertEquals(0.92, one.meanGrader(), 1e-12);
    assertEquals(0.1, one.mae(), 1e-12);
    assertEquals(OptionalDouble.empty(), one.pearson(), "the grader gave both the same score");
    assertEquals(List.of("excellent", "good", "partial", "keywords"),
        r.kinds().stream().map(EvaluationReport.Group::key).toList(), "labels without a kind are left out");
    assertEquals(5, r.answers().size());
    assertTrue(r.summary().startsWith("grader stub, n=5: pearson 0.950, spearman 0.872, qwk 0.901, mae 0.120"),
        r.summary());
  }

  @Test
  void unknownQuestionIdsAreReportedWithTheirLines() {
    List<LabelledAnswer> labels = List.of(LabelledAnswer.of("q-one", "a", 1).atLine(1),
        LabelledAnswer.of("nope", "a", 1).atLine(2), LabelledAnswer.of("nada", "a", 1).atLine(7));
    LabelFileException e = assertThrows(LabelFileException.class, () -> Evaluation.run(STUB, BANK, labels));
    assertEquals(List.of("line 2: unknown question id 'nope'", "line 7: unknown question id 'nada'"),
        e.problems());
  }

  @Test
  void anAnswerOverTheRequestLimitIsReportedWithItsLineBeforeGrading() {
    String tooLong = "a".repeat(GradingRequest.MAX_ANSWER_LENGTH + 1);
    List<LabelledAnswer> labels = List.of(
        LabelledAnswer.of("q-one", "a".repeat(GradingRequest.MAX_ANSWER_LENGTH), 1).atLine(1),
        LabelledAnswer.of("q-one", tooLong, 1).atLine(4), LabelledAnswer.of("q-one", tooLong, 0));
    LabelFileException e = assertThrows(LabelFileException.class, () -> Evaluation.run(STUB, BANK, labels));
    assertEquals(List.of("line 4: the answer is 1,000,001 characters long; the limit is 1,000,000",
        "the answer is 1,000,001 characters long; the limit is 1,000,000"), e.problems());
  }

  @Test
  void undefinedCorrelationsAreEmptyNotNaN() {
    EvaluationReport r = Evaluation.run(STUB, BANK, List.of(LABELS.get(0)));
    assertEquals(OptionalDouble.empty(), r.pearson());
    assertEquals(OptionalDouble.empty(), r.spearman());
    assertEquals(OptionalDouble.empty(), r.qwk());
    assertTrue(r.summary().contains("pearson n/a"), r.summary());
  }
}
