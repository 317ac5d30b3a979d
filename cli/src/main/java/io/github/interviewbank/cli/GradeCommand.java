package io.github.interviewbank.cli;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code interview-bank grade}: one answer ({@code --question} with {@code --answer} or {@code
 * --answer-file}), or a batch from JSON Lines ({@code --input}) written back as JSON Lines in the
 * same order.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
    description = {"Grade one answer, or a batch of answers from JSON Lines.",
      "Batch input: one object per line with questionId and answer (other fields ignored);"
          + " output: one object per line with questionId, score, band, covered, missed,"
          + " contradicted, feedback and grader, in input order."})
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
        description = "Grade every line of a JSON Lines file.")
    @Nullable Path batch;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode = new Mode();

  @Mixin OutputFormat format = new OutputFormat();

  @Override
  public Integer call() throws IOException {
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
    if (format.json()) {
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
    if (file.toString().equals("-")) {
      StringBuilder sb = new StringBuilder();
      String line;
      BufferedReader in = session().in();
      while ((line = in.readLine()) != null) {
        sb.append(line).append('\n');
      }
      return sb.toString();
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InvalidInputException(file + ": not UTF-8 text");
    }
  }

  /** One line of the batch file, validated. */
  private record Item(int line, Question question, String answer) {}

  private int gradeBatch(AnswerGrader grader, Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InvalidInputException(file + ": not UTF-8 text");
    }
    // Validate every line before grading any, so that bad input never half-runs.
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1) + ": ";
      JsonNode node = Json.object(line, where);
      JsonNode id = node.get("questionId");
      JsonNode answer = node.get("answer");
      if (id == null || !id.isString()) {
        throw new InvalidInputException(where + "'questionId' must be a string");
      }
      if (answer == null || !answer.isString()) {
        throw new InvalidInputException(where + "'answer' must be a string");
      }
      Question q = bank().find(id.asString()).orElseThrow(() -> new InvalidInputException(
          where + "unknown question id '" + id.asString() + "'"));
      request(q, answer.asString());
      items.add(new Item(i + 1, q, answer.asString()));
    }
    PrintWriter out = out();
    for (Item item : items) {
      Grade g = grader.grade(request(item.question(), item.answer()));
      out.println(Json.line(Json.GradeJson.of(g)));
    }
    return 0;
  }
}
