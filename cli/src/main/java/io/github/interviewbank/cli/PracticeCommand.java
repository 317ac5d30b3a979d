package io.github.interviewbank.cli;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionQuery;
import io.github.interviewbank.core.Topic;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.AnswerGraders;
import io.github.interviewbank.grading.FollowUpProposer;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.ProposedFollowUp;
import io.github.interviewbank.practice.Attempt;
import io.github.interviewbank.practice.PlanRequest;
import io.github.interviewbank.practice.PlannedQuestion;
import io.github.interviewbank.practice.PracticeScheduler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code interview-bank practice}: a mock interview that remembers. Plans the session from the
 * practice history (due reviews, then weak topics, then new questions), then {@link
 * PracticeSession} asks, grades, explains, grills with a follow-up, saves each attempt and
 * summarises.
 */
@Command(name = "practice", mixinStandardHelpOptions = true,
    description = {"A mock interview in the terminal that remembers your answers.",
      "Asks due reviews and questions of your weak topics first, then new ones. Type an answer"
          + " over as many lines as you like and end it with an empty line; on a line of its"
          + " own, :hint reveals a key point (capping the score), :skip or an empty answer"
          + " skips, :retry answers the last question again. End of input (Ctrl-D) or Ctrl-C"
          + " ends the session with its summary. Works the same with piped input.",
      "With --grader llm --grader-option model=NAME a language model grades the answers and"
          + " writes the follow-ups; if its endpoint fails, the keyword grader and the bank's"
          + " follow-ups take over for the rest of the session."})
final class PracticeCommand extends BankCommand {
  /** Exit code of a session ended by Ctrl-C, as shells report a process ended by SIGINT. */
  static final int INTERRUPTED = 130;

  @Spec @Nullable CommandSpec spec;

  @Mixin Selection selection = new Selection();

  @Mixin HistoryLocation location = new HistoryLocation();

  @Option(names = "--count", defaultValue = "3", paramLabel = "N",
      description = "How many questions (default: ${DEFAULT-VALUE}).")
  int count = 3;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the question draw; the same seed and history ask the same"
          + " questions.")
  @Nullable Long seed;

  @Option(names = "--new", description = "Only questions you have never answered.")
  boolean onlyNew;

  @Option(names = "--due", description = "Only questions due for review.")
  boolean onlyDue;

  @Option(names = "--no-follow-ups", description = "Do not ask follow-up questions.")
  boolean noFollowUps;

  @Option(names = "--no-save", description = "Do not keep this session in the history.")
  boolean noSave;

  @Option(names = "--no-save-answers",
      description = "Keep scores and key points in the history, but not the answer texts.")
  boolean noSaveAnswers;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the session as JSON to this file (checked before the first"
          + " question; exit code 4 when it cannot be written).")
  @Nullable Path report;

  @Override
  public Integer call() throws IOException {
    CommandLine commandLine = java.util.Objects.requireNonNull(spec).commandLine();
    if (count < 1 || count > 1000) {
      throw new ParameterException(commandLine, "--count must be from 1 to 1000, was " + count);
    }
    if (onlyNew && onlyDue) {
      throw new ParameterException(commandLine, "--new and --due exclude each other");
    }
    QuestionQuery query = selection.query(bank());
    if (bank().select(query).isEmpty()) {
      throw new InvalidInputException("no question matches the filters");
    }
    if (report != null) {
      // Written at the end: a report that cannot be written is said before the first question.
      TextFile.check(report);
    }
    long drawSeed = seed != null ? seed : Math.abs(System.nanoTime() % 1_000_000);
    Clock clock = Clock.systemUTC();
    Path file = location.file(session().environment());
    SqliteHistory history = openHistory(file);
    try {
      PracticeScheduler scheduler = PracticeScheduler.defaults().withZone(ZoneId.systemDefault());
      PlanRequest.Mode mode = onlyNew ? PlanRequest.Mode.NEW_ONLY
          : onlyDue ? PlanRequest.Mode.DUE_ONLY : PlanRequest.Mode.MIXED;
      List<PlannedQuestion> plan = scheduler.plan(bank(), past,
          new PlanRequest(count, drawSeed, clock.instant(), query, mode));
      if (plan.isEmpty()) {
        out().println(onlyDue ? "Nothing is due for review today." + (past.isEmpty() ? ""
            : " Run 'interview-bank progress' to see what comes next.")
            : "You have answered every question that matches the filters; drop --new to review"
                + " them.");
        return 0;
      }
      return run(plan, drawSeed, clock, history, file);
    } finally {
      if (history != null) {
        history.close();
      }
    }
  }

  /** The attempts of the history, read when it is opened. */
  private List<Attempt> past = List.of();

  /** The history to read and save to, or null when it cannot be used (said once). */
  private @Nullable SqliteHistory openHistory(Path file) {
    if (noSave && !java.nio.file.Files.exists(file)) {
      return null;
    }
    SqliteHistory history = null;
    try {
      history = SqliteHistory.open(file);
      past = history.attempts();
      return history;
    } catch (HistoryUnavailableException e) {
      if (history != null) {
        history.close();
      }
      warn("the practice history " + e.getMessage() + "; this session will not be saved");
      return null;
    }
  }

  private int run(List<PlannedQuestion> plan, long drawSeed, Clock clock,
      @Nullable SqliteHistory history, Path file) throws IOException {
    AnswerGrader grader = chosenGrader();
    FollowUpProposer followUps = FollowUpProposer.fromBank();
    String fallbackGrader = null;
    Optional<FollowUpProposer> own = followUpProposer();
    if (own.isPresent()) {
      FallbackInterviewer interviewer = new FallbackInterviewer(grader, own.get(),
          root().graders(true).registry().create(AnswerGraders.DEFAULT_NAME, Map.of()),
          this::warn);
      grader = interviewer.grader();
      followUps = interviewer.followUps();
      fallbackGrader = interviewer.fallbackId();
    }
    // Guarded behind the fallback: only the model's GradingExceptions hand over, as
    // FallbackInterviewer says; any other failure ends the session with its summary, exit 3.
    grader = GuardedGrader.of(grader);
    PrintWriter out = out();
    Terminal t = terminal();
    long fresh = plan.stream().filter(p -> p.reason() == PlannedQuestion.Reason.NEW).count();
    out.println(t.bold("Interview Bank practice") + ": " + plan.size() + " question"
        + (plan.size() == 1 ? "" : "s") + (fresh == plan.size() ? "" : " " + mix(plan))
        + ", grader " + grader.id()
        + (fallbackGrader == null ? "" : " (" + fallbackGrader + " if it fails)")
        + ", seed " + drawSeed
        + t.dim(" (repeat with --seed " + drawSeed + ")"));
    out.println(t.dim("Answer over as many lines as you like; an empty line ends the answer."
        + " End of input (Ctrl-D) ends the session."));
    out.println(t.dim("On a line of its own, :hint gives a hint (capping the score), :skip"
        + " skips, :retry answers the last question again."));
    Path bankFile = root().bankFile;
    PracticeSession.Settings settings = new PracticeSession.Settings(!noFollowUps,
        !noSaveAnswers, session().interactive(),
        bankFile == null ? "built-in" : bankFile.toAbsolutePath().normalize().toString(),
        drawSeed, report, fallbackGrader);
    LineSource lines = session().interactive() ? EditingLineSource.open()
        : LineSource.of(session().in());
    PracticeSession practice = new PracticeSession(bank(), grader, followUps, session(), lines,
        settings, clock, noSave ? null : history, file);
    // A Ctrl-C outside the line editor (while grading, or on a pipe) stops the JVM: the hook
    // still prints the summary of what was answered.
    Thread hook = new Thread(() -> practice.finish(true), "practice-summary");
    Runtime.getRuntime().addShutdownHook(hook);
    try (lines) {
      if (!practice.run(plan)) {
        return INTERRUPTED;
      }
      return practice.reportFailed() ? InterviewBankCli.OUTPUT_FAILED : 0;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already stopping: the hook runs, and finish() prints once.
      }
    }
  }

  /** One line on standard error, after what standard output holds so far. */
  private void warn(String line) {
    out().flush();
    session().err().println("interview-bank: " + line);
    session().err().flush();
  }

    /** "(1 due review, 2 new)": what the plan is made of. */
  private static String mix(List<PlannedQuestion> plan) {
    Map<PlannedQuestion.Reason, Long> counts =
        new java.util.EnumMap<>(PlannedQuestion.Reason.class);
    plan.forEach(p -> counts.merge(p.reason(), 1L, Long::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((reason, n) -> parts.add(n + switch (reason) {
      case DUE -> n == 1 ? " due review" : " due reviews";
      case WEAK_TOPIC -> " from weak topics";
      case NEW -> " new";
      case AHEAD -> " reviewed ahead";
    }));
    return "(" + String.join(", ", parts) + ")";
  }

  /**
   * The follow-up as a question to grade. One with a reference answer of its own is graded on its
   * own rubric. Otherwise: its prompt, graded on the question's points it is {@linkplain
   * #aimedAt aimed at}, against the original reference answer.
   */
  static Question followUpQuestion(Question q, ProposedFollowUp f, Grade grade) {
    Optional<Question> own = f.bankFollowUp().flatMap(b -> b.asQuestion(q));
    if (own.isPresent()) {
      return own.get();
    }
    return Question.builder(q.id()).prompt(f.prompt()).difficulty(q.difficulty())
        .topics(q.topics().toArray(Topic[]::new)).referenceAnswer(q.referenceAnswer())
        .keyPoints(aimedAt(q, f, grade).toArray(KeyPoint[]::new)).build();
  }

  /**
   * The question's key points a follow-up is aimed at: the points it probes that the first answer
   * missed, or all the points it probes, or, when it names none, the missed points, or else all.
   */
  static List<KeyPoint> aimedAt(Question q, ProposedFollowUp f, Grade grade) {
    List<KeyPoint> probed = new ArrayList<>();
    for (String id : f.keyPointIds()) {
      q.keyPoint(id).ifPresent(probed::add);
    }
    List<KeyPoint> missed = new ArrayList<>();
    for (KeyPoint k : q.keyPoints()) {
      if (grade.missedIds().contains(k.id())) {
        missed.add(k);
      }
    }
    List<KeyPoint> points = new ArrayList<>(probed);
    points.retainAll(missed);
    if (points.isEmpty()) {
      points = probed.isEmpty() ? missed : probed;
    }
    if (points.isEmpty()) {
      points = q.keyPoints();
    }
    return points;
  }
}
