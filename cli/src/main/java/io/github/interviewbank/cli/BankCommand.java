package io.github.interviewbank.cli;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.SynonymGroup;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.FollowUpProposer;
import io.github.interviewbank.grading.GraderOptions;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ParentCommand;

/** Shared plumbing of the subcommands: the bank, the grader and the streams. */
abstract class BankCommand implements Callable<Integer> {
  @ParentCommand @Nullable InterviewBankCli root;

  private @Nullable QuestionBank bank;

  /** The built-in bank being read on another thread, once {@link #readBuiltInAhead} started it. */
  private @Nullable BuiltInBankReader builtInReader;

  InterviewBankCli root() {
    InterviewBankCli r = root;
    if (r == null) {
      throw new IllegalStateException("subcommand run without its parent");
    }
    return r;
  }

  Session session() {
    return root().session;
  }

  PrintWriter out() {
    return session().out();
  }

  Terminal terminal() {
    return session().terminal();
  }

  /**
   * The bank named by {@code --bank}, or the built-in one, read from the snapshot the build
   * wrote into this jar (the JSON bank when there is none).
   */
  QuestionBank bank() {
    QuestionBank b = bank;
    if (b == null) {
      Path file = root().bankFile;
      if (file != null && file.toString().isEmpty()) {
        // Path.of("") is the current folder: say what was given instead.
        throw new InvalidInputException("--bank: the file name is empty");
      }
      BuiltInBankReader reader = builtInReader;
      b = file != null ? QuestionBank.load(file)
          : reader != null ? reader.bank() : BuiltInBankReader.read();
      bank = b;
    }
    return b;
  }

  /**
   * Starts reading the built-in bank on another thread, when the command runs on it and has not
   * read it: for a command that needs every question and has other work to do first. {@link
   * #bank()} then waits for it.
   */
  void readBuiltInAhead() {
    if (builtInUnread() && builtInReader == null) {
      builtInReader = BuiltInBankReader.startReading();
    }
  }

  /** The built-in bank's snapshot, while the command has not read a bank. */
  Optional<BankSnapshot> unreadBuiltIn() {
    return builtInUnread() ? BankSnapshot.bundled() : Optional.empty();
  }

  /** Whether the command runs on the built-in bank and has not read it yet. */
  boolean builtInUnread() {
    return bank == null && root().bankFile == null;
  }

  /**
   * The question with this id, or exit code 1 naming the id, for a command that needs nothing
   * else of the bank's questions: from the built-in bank it is read from its own resource, the
   * others unread.
   */
  Question questionAlone(String id) {
    if (builtInUnread()) {
      Optional<Question> alone = BankSnapshot.bundledQuestion(id);
      if (alone.isPresent()) {
        return alone.get();
      }
    }
    // Another bank, or no such question: the bank says which (an unknown id is exit code 1).
    return question(id);
  }

  /** The bank's synonym groups; from the built-in bank without reading its questions. */
  List<SynonymGroup> synonyms() {
    Optional<BankSnapshot> snapshot = unreadBuiltIn();
    return snapshot.isPresent() ? snapshot.get().synonyms() : bank().synonyms();
  }

  /**
   * The grader named by {@code --grader}, with the {@code --grader-option}s, from the graders
   * built in and those on the grader path, {@linkplain GuardedGrader guarded}: whatever way it
   * fails to grade is a {@link io.github.interviewbank.grading.GradingException}.
   */
  AnswerGrader grader() {
    return GuardedGrader.of(chosenGrader());
  }

  /** The grader named by {@code --grader}, as its provider made it. */
  AnswerGrader chosenGrader() {
    InterviewBankCli r = root();
    if (r.graderName.equals(KeywordGrader.ID) && r.graderOptions.isEmpty()
        && r.graderPathEmpty()) {
      // What the catalog would create: with no grader path, "keyword" can only be the built-in
      // one, and without options it has its defaults. Loading the catalog first (every
      // provider, their option tables) took about as long as creating the grader itself.
      return KeywordGrader.create();
    }
    return r.graders(true).registry().create(r.graderName, r.graderOptions);
  }

  /**
   * The follow-up proposer that comes with the {@code --grader}'s provider, with the same
   * options, if the provider offers one (the {@code llm} grader's does).
   */
  Optional<FollowUpProposer> followUpProposer() {
    String name = root().graderName;
    return root().graders(true).registry().find(name).flatMap(
        p -> p.createFollowUpProposer(GraderOptions.of(name, root().graderOptions)));
  }

  /** The question with this id, or exit code 1 naming the id. */
  Question question(String id) {
    return bank().find(id).orElseThrow(() -> unknownQuestion(id));
  }

  private static InvalidInputException unknownQuestion(String id) {
    return new InvalidInputException(
        "unknown question id '" + id + "' (run 'interview-bank list' to see the ids)");
  }
}
