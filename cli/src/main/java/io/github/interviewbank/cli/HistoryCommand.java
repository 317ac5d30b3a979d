package io.github.interviewbank.cli;

import io.github.interviewbank.practice.Attempt;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code interview-bank history}: where the practice history is and what it holds; {@code export}
 * and {@code import} move it as JSON Lines.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = {"Show where the practice history is kept and what it holds.",
      "Subcommands export and import move it as JSON Lines, one attempt per line."},
    subcommands = {HistoryCommand.Export.class, HistoryCommand.Import.class})
final class HistoryCommand extends BankCommand {
  @Mixin HistoryLocation location = new HistoryLocation();

  @Override
  public Integer call() {
    Path file = location.file(session().environment());
    if (!Files.exists(file)) {
      out().println("No practice history yet; practice will keep it in " + file);
      return 0;
    }
    List<Attempt> attempts;
    try (SqliteHistory history = SqliteHistory.open(file)) {
      attempts = history.attempts();
    }
    long answers = attempts.stream().filter(a -> !a.isFollowUp()).count();
    long questions = attempts.stream().filter(a -> !a.isFollowUp()).map(Attempt::questionId)
        .distinct().count();
    out().println("Practice history: " + file);
    out().println("  " + answers + " answer" + (answers == 1 ? "" : "s") + " to " + questions
        + " question" + (questions == 1 ? "" : "s") + ", " + (attempts.size() - answers)
        + " to follow-ups"
        + (attempts.isEmpty() ? "" : ", from " + attempts.get(0).answeredAt() + " to "
            + attempts.get(attempts.size() - 1).answeredAt()));
    return 0;
  }

  /** The history file: the subcommand's --data-dir, else the one given before it. */
  private Path file(HistoryLocation own) {
    return (own.dataDir != null ? own : location).file(session().environment());
  }

  /** Every attempt in the history at {@code file}, or none when there is no file yet. */
  static List<Attempt> read(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    try (SqliteHistory history = SqliteHistory.open(file)) {
      return history.attempts();
    }
  }

  /** {@code history export}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write every attempt as JSON Lines, oldest first.")
  static final class Export implements java.util.concurrent.Callable<Integer> {
    @ParentCommand @Nullable HistoryCommand parent;

    @Mixin HistoryLocation location = new HistoryLocation();

    @Option(names = "--out", paramLabel = "FILE",
        description = "Write to this file (replaced atomically) instead of standard output.")
    @Nullable Path outFile;

    @Option(names = "--no-answers", description = "Leave the answer texts out.")
    boolean noAnswers;

    @Override
    public Integer call() throws IOException {
      HistoryCommand history = Objects.requireNonNull(parent);
      Session session = history.session();
      List<Attempt> attempts = read(history.file(location));
      StringBuilder text = new StringBuilder();
      for (Attempt a : attempts) {
        text.append(Json.line(AttemptJson.toMap(noAnswers ? a.withoutAnswer() : a)))
            .append('\n');
      }
      Path file = outFile;
      if (file == null) {
        session.out().print(text);
        session.out().flush();
      } else {
        TextFile.write(file, text.toString());
        session.err().println("wrote " + Text.count(attempts.size(), "attempt") + " to " + file);
      }
      return 0;
    }
  }

  /** {@code history import}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Add the attempts of a JSON Lines file (as history export writes it) to the"
          + " history. Attempts already there (same question, time and follow-up) are skipped;"
          + " a bad line imports nothing."})
  static final class Import implements java.util.concurrent.Callable<Integer> {
    @ParentCommand @Nullable HistoryCommand parent;

    @Mixin HistoryLocation location = new HistoryLocation();

    @Parameters(paramLabel = "FILE", description = "The file to import ('-' for standard input).")
    Path input = Path.of("-");

    @Override
    public Integer call() throws IOException {
      HistoryCommand parentCommand = Objects.requireNonNull(parent);
      Session session = parentCommand.session();
      List<Attempt> attempts = new ArrayList<>();
      String name = input.toString();
      try (BufferedReader in = name.equals("-") ? session.in()
          : Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
          number++;
          if (number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1); // a byte order mark, as some editors write
          }
          if (!line.isBlank()) {
            attempts.add(AttemptJson.parse(line, name + ":" + number + ": "));
          }
        }
      } catch (IOException e) {
        throw new InvalidInputException((name.equals("-") ? "standard input" : name) + ": "
            + FileProblem.reason(e));
      }
      Path file = parentCommand.file(location);
      int added;
      try (SqliteHistory history = SqliteHistory.open(file)) {
        added = history.recordAll(attempts);
      }
      session.out().println("imported " + added + " of " + Text.count(attempts.size(), "attempt")
          + " into " + file + (added < attempts.size()
              ? " (" + (attempts.size() - added) + " already there)" : ""));
      return 0;
    }
  }
}
