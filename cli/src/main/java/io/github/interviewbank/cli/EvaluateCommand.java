package io.github.interviewbank.cli;

import io.github.interviewbank.evaluation.Evaluation;
import io.github.interviewbank.evaluation.EvaluationReport;
import io.github.interviewbank.evaluation.LabelFileException;
import io.github.interviewbank.evaluation.LabelledAnswer;
import io.github.interviewbank.evaluation.LabelledAnswers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code interview-bank evaluate}: how well the grader agrees with human scores. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Grade labelled answers and compare with their human scores: Pearson and"
        + " Spearman correlation, quadratic weighted kappa (six bins), mean absolute error, and"
        + " figures per kind and per question.",
      "Labels: JSON Lines with questionId, answer and score in [0, 1]; kind is optional. A file"
          + " without any is an error."})
final class EvaluateCommand extends BankCommand {
  @Option(names = "--labels", required = true, paramLabel = "FILE.jsonl",
      description = "The labelled answers.")
  Path labels = Path.of("labels.jsonl");

  @Mixin OutputFormat format = new OutputFormat();

  @Override
  public Integer call() {
    List<LabelledAnswer> answers = LabelledAnswers.read(labels);
    if (answers.isEmpty()) {
      // Agreement with no answers is undefined: each figure would be n/a, and the mean absolute
      // error (a number in the report) a meaningless 0.
      throw new InvalidInputException(labels + ": no labelled answers to evaluate (JSON Lines"
          + " with questionId, answer and score)");
    }
    List<String> unknown = new ArrayList<>();
    for (LabelledAnswer a : answers) {
      if (bank().find(a.questionId()).isEmpty()) {
        unknown.add(labels + ":" + (a.line().isPresent() ? a.line().getAsInt() + ":" : "")
            + " unknown question id '" + a.questionId() + "'");
      }
    }
    if (!unknown.isEmpty()) {
      // Evaluation.run would say the same, but without the file's name.
      throw new LabelFileException(unknown);
    }
    EvaluationReport r = Evaluation.run(grader(), bank(), answers);
    PrintWriter out = out();
    if (format.json()) {
      out.println(Json.pretty(Json.EvaluationJson.of(r)));
      return 0;
    }
    out.print(r.summary());
    out.println();
    out.println(terminal().bold("Largest disagreements"));
    r.answers().stream()
        .sorted((a, b) -> Double.compare(Math.abs(b.grade().score() - b.label().score()),
            Math.abs(a.grade().score() - a.label().score())))
        .limit(5)
        .forEach(s -> out.println(String.format(Locale.ROOT, "  line %d  %-34s human %.2f  grader"
            + " %.2f", s.label().line().orElse(0), s.label().questionId(), s.label().score(),
            s.grade().score())));
    return 0;
  }

}
