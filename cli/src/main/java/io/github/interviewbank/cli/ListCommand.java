package io.github.interviewbank.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code interview-bank list}: the questions, filtered as in practice. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the bank's questions: id, difficulty, topics and prompt.")
final class ListCommand extends BankCommand {
  @Mixin Selection selection = new Selection();
  @Mixin OutputFormat format = new OutputFormat();

  @Override
  public Integer call() {
    List<Json.QuestionSummary> listed;
    int total;
    Optional<List<Json.QuestionSummary>> summaries =
        selection.all() && builtInUnread() ? BankSnapshot.bundledSummaries() : Optional.empty();
    if (summaries.isPresent()) {
      // The whole built-in bank: its summaries, read without building 110 questions.
      listed = summaries.get();
      total = listed.size();
    } else {
      listed = bank().select(selection.query(bank())).stream().map(Json.QuestionSummary::of)
          .toList();
      total = bank().size();
    }
    PrintWriter out = out();
    if (format.json()) {
      out.println(Json.pretty(listed));
      return 0;
    }
    // A loop rather than a stream: on this path it is the run's only lambda, whose first use
    // sets up the JVM's lambda machinery (milliseconds, on Java 17 and without a cache).
    int idWidth = 0;
    for (Json.QuestionSummary q : listed) {
      idWidth = Math.max(idWidth, q.id().length());
    }
    if (listed.isEmpty()) {
      idWidth = 2;
    }
    for (Json.QuestionSummary q : listed) {
      out.println(Text.padded(q.id(), idWidth) + "  " + Text.padded(q.difficulty(), 12) + "  "
          + Text.padded(String.join(",", q.topics()), 30) + "  " + q.prompt());
    }
    out.println(terminal().dim(listed.size() + " of " + Text.count(total, "question")));
    return 0;
  }
}
