package io.github.interviewbank.cli;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.Topic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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
    List<Question> questions = bank().select(selection.query(bank()));
    PrintWriter out = out();
    if (format.json()) {
      out.println(Json.pretty(questions.stream().map(Json.QuestionSummary::of).toList()));
      return 0;
    }
    int idWidth = questions.stream().mapToInt(q -> q.id().length()).max().orElse(2);
    for (Question q : questions) {
      String topics = String.join(",", q.topics().stream().map(Topic::id).toList());
      out.println(String.format(Locale.ROOT, "%-" + idWidth + "s  %-12s  %-30s  %s", q.id(),
          q.difficulty().id(), topics, q.prompt()));
    }
    out.println(terminal().dim(questions.size() + " of " + bank().size() + " questions"));
    return 0;
  }
}
