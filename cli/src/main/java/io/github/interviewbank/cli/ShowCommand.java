package io.github.interviewbank.cli;

import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.Topic;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code interview-bank show ID}: one question with its answer, rubric and follow-ups. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show one question: prompt, reference answer, key points and follow-ups.")
final class ShowCommand extends BankCommand {
  @Parameters(paramLabel = "ID", description = "The question id, as 'list' prints it.")
  String id = "";

  @Mixin OutputFormat format = new OutputFormat();

  @Override
  public Integer call() {
    Question q = questionAlone(id);
    PrintWriter out = out();
    if (format.json()) {
      // A one-question bank, written by the bank writer: loadable, and the one JSON form of a
      // question. The bank's synonyms come along, since grading the question depends on them.
      out.print(QuestionBank.of(List.of(q)).withSynonyms(synonyms()).toJson());
      return 0;
    }
    Terminal t = terminal();
    out.println(t.bold(q.prompt()));
    out.println(t.dim(q.id() + " | " + q.difficulty().id() + " | "
        + topicNames(q)));
    out.println();
    out.println(t.bold("Reference answer"));
    for (String line : Text.wrap(q.referenceAnswer(), 88, "  ")) {
      out.println(line);
    }
    if (!q.keyPoints().isEmpty()) {
      out.println();
      out.println(t.bold("Key points"));
      for (KeyPoint k : q.keyPoints()) {
        out.println("  - " + k.text() + " (" + k.id() + ", weight " + Text.number(k.weight())
            + (k.required() ? ", required" : "") + ")");
      }
    }
    if (!q.followUps().isEmpty()) {
      out.println();
      out.println(t.bold("Follow-ups"));
      for (FollowUp f : q.followUps()) {
        out.println("  - " + f.prompt());
      }
    }
    return 0;
  }

  /** The question's topic names, comma-separated. */
  private static String topicNames(Question q) {
    StringBuilder names = new StringBuilder();
    for (Topic t : q.topics()) {
      names.append(names.length() == 0 ? "" : ", ").append(t.name());
    }
    return names.toString();
  }
}
