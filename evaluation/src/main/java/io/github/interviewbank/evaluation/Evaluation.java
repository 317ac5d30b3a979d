package io.github.interviewbank.evaluation;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.evaluation.EvaluationReport.Group;
import io.github.interviewbank.evaluation.EvaluationReport.ScoredAnswer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Measures how well a grader agrees with human scores.
 *
 * <pre>{@code
 * EvaluationReport report = Evaluation.run(myGrader, QuestionBank.builtIn(), CalibrationSet.builtIn());
 * System.out.print(report.summary());
 * assertTrue(report.pearson().orElse(0) >= 0.8);
 * }</pre>
 *
 * <p>Each labelled answer is graded once, with the bank in the request's context, in one {@link
 * AnswerGrader#gradeAll(List)} batch (a grader may grade a batch concurrently). The answer length
 * limit is the one of every request, {@value GradingRequest#MAX_ANSWER_LENGTH} characters: a
 * longer answer is reported, with its line, before anything is graded.
 *
 * @since 1.0.0
 */
public final class Evaluation {
  private Evaluation() {}

  /**
   * Grades every labelled answer and compares the grader's scores with the human ones.
   *
   * @param grader the grader to evaluate; never {@code null}
   * @param bank the bank holding the labelled questions; never {@code null}
   * @param labels the labelled answers; never {@code null}
   * @return the report, never {@code null}
   * @throws NullPointerException if an argument is {@code null}
   * @throws LabelFileException if a label names a question the bank does not have or its answer
   *     is longer than {@link GradingRequest#MAX_ANSWER_LENGTH} characters; every such label is
   *     listed with its line
   * @since 1.0.0
   */
  public static EvaluationReport run(
      AnswerGrader grader, QuestionBank bank, List<LabelledAnswer> labels) {
    Objects.requireNonNull(grader, "grader");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(labels, "labels");
    List<String> problems = new ArrayList<>();
    for (LabelledAnswer label : labels) {
      String where = label.line().isPresent() ? "line " + label.line().getAsInt() + ": " : "";
      if (bank.find(label.questionId()).isEmpty()) {
        problems.add(where + "unknown question id '" + label.questionId() + "'");
      }
      if (label.answer().length() > GradingRequest.MAX_ANSWER_LENGTH) {
        // Rejected here, with its line, rather than by GradingRequest without one.
        problems.add(where + String.format(Locale.ROOT,
            "the answer is %,d characters long; the limit is %,d", label.answer().length(),
            GradingRequest.MAX_ANSWER_LENGTH));
      }
    }
    if (!problems.isEmpty()) {
      throw new LabelFileException(problems);
    }
    List<GradingRequest> requests = new ArrayList<>(labels.size());
    for (LabelledAnswer label : labels) {
      Question q = bank.find(label.questionId()).orElseThrow();
      requests.add(GradingRequest.builder(q, label.answer()).bank(bank).build());
    }
    // One batch, so that graders with a cheaper batch path (concurrent remote calls) use it.
    List<Grade> grades = grader.gradeAll(requests);
    List<ScoredAnswer> scored = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      scored.add(new ScoredAnswer(labels.get(i), grades.get(i)));
    }
    double[] human = scored.stream().mapToDouble(s -> s.label().score()).toArray();
    double[] machine = scored.stream().mapToDouble(s -> s.grade().score()).toArray();
    return new EvaluationReport(
        grader.id(),
        scored.size(),
        Metrics.pearson(human, machine),
        Metrics.spearman(human, machine),
        Metrics.quadraticWeightedKappa(human, machine),
        Metrics.meanAbsoluteError(human, machine),
        groups(scored, s -> s.label().questionId()),
        groups(scored.stream().filter(s -> s.label().kind().isPresent()).toList(),
            s -> s.label().kind().orElseThrow()),
        scored);
  }

  private static List<Group> groups(
      List<ScoredAnswer> scored, Function<ScoredAnswer, String> keyOf) {
    Map<String, List<ScoredAnswer>> byKey = new LinkedHashMap<>();
    for (ScoredAnswer s : scored) {
      byKey.computeIfAbsent(keyOf.apply(s), k -> new ArrayList<>()).add(s);
    }
    List<Group> groups = new ArrayList<>();
    byKey.forEach((key, members) -> {
      double[] human = members.stream().mapToDouble(s -> s.label().score()).toArray();
      double[] machine = members.stream().mapToDouble(s -> s.grade().score()).toArray();
      groups.add(new Group(key, members.size(), Metrics.mean(human), Metrics.mean(machine),
          Metrics.meanAbsoluteError(human, machine), Metrics.pearson(human, machine)));
    });
    return groups;
  }
}
