package io.github.interviewbank.cli;

import io.github.interviewbank.core.BankProblem;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.QuestionBankException;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code interview-bank validate FILE}: every problem of a custom bank with its line and column;
 * exit 0 when the bank is valid. A valid bank is also graded against itself: a reference answer
 * (a question's, or a follow-up's) that does not cover its own key points is reported as a
 * warning.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check a bank file: print every problem with its line and column (exit 1), or"
        + " confirm it is valid (exit 0).",
      "Valid banks are also self-checked with the grader: a reference answer that misses its own"
          + " key points is reported as a warning."})
final class ValidateCommand extends BankCommand {
  @Parameters(paramLabel = "FILE", description = "The bank file to check.")
  Path file = Path.of("bank.json");

  @Mixin OutputFormat format = new OutputFormat();

  @Override
  public Integer call() {
    PrintWriter out = out();
    if (file.toString().isEmpty()) {
      throw new InvalidInputException("validate: the file name is empty");
    }
    QuestionBank bank;
    try {
      bank = QuestionBank.load(file);
    } catch (QuestionBankException e) {
      if (format.json()) {
        out.println(Json.pretty(new Json.ValidationJson(file.toString(), false, null, null,
            List.of(), e.problems().stream().map(Json.ProblemJson::of).toList(),
            e.problemCount())));
      } else {
        e.problems().forEach(out::println);
        int unlisted = e.problemCount() - e.problems().size();
        if (unlisted > 0) {
          out.println(String.format(Locale.ROOT, "... and %,d more problem%s (only the first %d"
              + " are listed)", unlisted, unlisted == 1 ? "" : "s", e.problems().size()));
        }
      }
      out.flush();
      session().err().println(String.format(Locale.ROOT,
          "interview-bank: %s is not a valid bank: %,d problem%s", file, e.problemCount(),
          e.problemCount() == 1 ? "" : "s"));
      return InterviewBankCli.INVALID_INPUT;
    }
    List<String> warnings = new ArrayList<>();
    AnswerGrader grader = grader();
    for (Question q : bank.questions()) {
      selfCheck(grader, bank, q, "question '" + q.id() + "'", warnings);
      for (int i = 0; i < q.followUps().size(); i++) {
        Optional<Question> own = q.followUps().get(i).asQuestion(q);
        if (own.isPresent()) {
          selfCheck(grader, bank, own.get(),
              "question '" + q.id() + "', follow-up " + (i + 1), warnings);
        }
      }
    }
    if (format.json()) {
      out.println(Json.pretty(new Json.ValidationJson(file.toString(), true, bank.size(),
          bank.topics().size(), warnings, List.of(), 0)));
    } else {
      out.println(file + ": valid bank, " + Text.count(bank.size(), "question") + ", "
          + Text.count(bank.topics().size(), "topic")
          + (warnings.isEmpty() ? "" : ", " + Text.count(warnings.size(), "warning")));
      warnings.forEach(w -> out.println("warning: " + w));
    }
    return 0;
  }

  /** Warns when the reference answer of {@code q} does not cover its own key points. */
  private static void selfCheck(AnswerGrader grader, QuestionBank bank, Question q, String what,
      List<String> warnings) {
    if (q.keyPoints().isEmpty()) {
      return;
    }
    Grade g = grader.grade(GradingRequest.builder(q, q.referenceAnswer()).bank(bank).build());
    if (!g.missedIds().isEmpty()) {
      warnings.add(what + ": its reference answer does not cover key point"
          + (g.missedIds().size() == 1 ? " " : "s ") + String.join(", ", g.missedIds())
          + " (grader " + g.graderId() + ")");
    }
  }
}
