package io.github.interviewbank.cli;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.GradingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interview-bank grade}: one answer ({@code --question} with {@code --answer} or {@code
 * --answer-file}), or a batch from JSON Lines ({@code --input}, {@code -} for standard input)
 * answered line by line: every input line gets one output line naming it, a grade or an error,
 * and a bad line never stops the others.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
    description = {"Grade one answer, or a batch of answers from JSON Lines.",
      "Batch input: one object per line with questionId and answer (other fields ignored);"
          + " output: one line per input line, in order, each naming its input line: a grade"
          + " (questionId, score, band, covered, missed, contradicted, feedback, grader) or an"
          + " error. Lines that cannot be graded do not stop the others; the exit code is then 1."})
final class GradeCommand extends BankCommand {

  static final class Single {
    @Option(names = {"-q", "--question"}, required = true, paramLabel = "ID",
        description = "The question answered.")
    String questionId = "";

    @ArgGroup(exclusive = true, multiplicity = "1")
    AnswerSource answer = new AnswerSource();
  }

  static final class AnswerSource {
    @Option(names = "--answer", paramLabel = "TEXT", description = "The answer text.")
    @Nullable String text;

    @Option(names = "--answer-file", paramLabel = "FILE",
        description = "A file holding the answer ('-' for standard input).")
    @Nullable Path file;
  }

  static final class Mode {
    @ArgGroup(exclusive = false)
    @Nullable Single single;

    @Option(names = "--input", paramLabel = "FILE.jsonl",
        description = "Grade every line of a JSON Lines file ('-' for standard input).")
    @Nullable Path batch;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode = new Mode();

  @Option(names = "--format", paramLabel = "text|json",
      description = "Output as text for people or JSON for programs (default: text for one"
          + " answer, JSON Lines for a batch).")
  OutputFormat.@Nullable Kind format;

  @Override
  public Integer call() throws IOException {
    readBuiltInAhead();
    AnswerGrader grader = grader();
    Path batch = mode.batch;
    if (batch != null) {
      return gradeBatch(grader, batch);
    }
    Single single = java.util.Objects.requireNonNull(mode.single);
    Question q = question(single.questionId);
    String answer = single.answer.text != null ? single.answer.text : readAnswer(
        java.util.Objects.requireNonNull(single.answer.file));
    Grade grade = grader.grade(request(q, answer));
    if (format == OutputFormat.Kind.json) {
      out().println(Json.line(Json.GradeJson.of(grade)));
    } else {
      Report.grade(out(), terminal(), q, grade, answer, false);
    }
    return 0;
  }

  private GradingRequest request(Question q, String answer) {
    try {
      return GradingRequest.builder(q, answer).bank(bank()).build();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(String.valueOf(e.getMessage()));
    }
  }

  private String readAnswer(Path file) throws IOException {
    boolean stdin = file.toString().equals("-");
    String source = stdin ? "standard input" : file.toString();
    try {
      if (stdin) {
        return AnswerInput.all(session().in());
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return AnswerInput.all(in);
      }
    } catch (IOException e) {
      throw new InvalidInputException(source + ": " + AnswerInput.reason(e));
    }
  }

  private int gradeBatch(AnswerGrader grader, Path file) throws IOException {
    boolean stdin = file.toString().equals("-");
    String source = stdin ? "standard input" : file.toString();
    try (InputStream in = stdin ? InputStream.nullInputStream() : open(file)) {
      return gradeBatch(grader, source, in, stdin);
    } catch (IOException e) {
      // Reading the input failed (a folder given for a file, a disk error): what was graded
      // before is out already.
      throw new InvalidInputException(source + ": " + AnswerInput.reason(e));
    }
  }

  private int gradeBatch(AnswerGrader grader, String source, InputStream in, boolean stdin)
      throws IOException {
    boolean json = format != OutputFormat.Kind.text;
    PrintWriter out = out();
    int lines = 0;
    int failed = 0;
    boolean graderFailed = false;
    String firstFailure = null;
    BatchInput batch = new BatchInput(stdin ? root().stdin : in);
    for (Optional<BatchInput.Entry> next = batch.next(); next.isPresent();
        next = batch.next()) {
      BatchInput.Entry entry = next.get();
      lines++;
      String problem = entry.problem();
      Grade grade = null;
      if (problem == null) {
        String id = java.util.Objects.requireNonNull(entry.questionId());
        Optional<Question> q = bank().find(id);
        if (q.isEmpty()) {
          problem = "unknown question id " + (id.length() <= 64 ? "'" + id + "'"
              : "of " + id.length() + " characters");
        } else {
          try {
            grade = grader.grade(GradingRequest.builder(q.get(),
                java.util.Objects.requireNonNull(entry.answer())).bank(bank()).build());
          } catch (IllegalArgumentException e) {
            problem = String.valueOf(e.getMessage());
          } catch (GradingException e) {
            problem = "grading failed: " + e.getMessage();
            graderFailed = true;
          }
        }
      }
      if (grade == null) {
        failed++;
        String why = problem == null ? "not graded" : problem;
        if (firstFailure == null) {
          firstFailure = source + ":" + entry.line() + ": " + why;
        }
        out.println(json ? Json.line(new Json.BatchErrorJson(entry.line(), why))
            : String.format(Locale.ROOT, "line %d  error: %s", entry.line(), why));
      } else {
        out.println(json ? Json.line(new Json.BatchGradeJson(entry.line(),
            Json.GradeJson.of(grade)))
            : String.format(Locale.ROOT, "line %d  %s  %s  %s  %s", entry.line(),
                grade.questionId(), Report.percent(grade.score()), grade.band().label(),
                grade.feedback()));
      }
      if (out.checkError()) {
        return InterviewBankCli.OUTPUT_FAILED; // the run says why
      }
    }
    if (failed > 0) {
      session().err().println(String.format(Locale.ROOT,
          "interview-bank: %,d of %,d lines not graded; the first: %s", failed, lines,
          firstFailure));
      return graderFailed ? InterviewBankCli.GRADER_FAILED : InterviewBankCli.INVALID_INPUT;
    }
    return 0;
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": " + AnswerInput.reason(e));
    }
  }
}
