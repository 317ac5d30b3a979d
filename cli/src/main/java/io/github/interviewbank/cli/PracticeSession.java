package io.github.interviewbank.cli;

import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.Topic;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.BandThresholds;
import io.github.interviewbank.grading.FollowUpProposer;
import io.github.interviewbank.grading.FollowUpRequest;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.ProposedFollowUp;
import io.github.interviewbank.practice.Attempt;
import io.github.interviewbank.practice.Hints;
import io.github.interviewbank.practice.PlannedQuestion;
import io.github.interviewbank.practice.PracticeHistory;
import io.github.interviewbank.practice.ReviewState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One practice session: asks the planned questions, reads and grades the answers, grills with a
 * follow-up, keeps each attempt in the history as soon as it is graded, and ends with a summary
 * (and, when asked, a JSON report), also when the candidate presses Ctrl-C.
 *
 * <p>Everything the session prints, and every save, happens while holding this object's monitor,
 * so that {@link #finish} from a shutdown hook never interleaves with a half-printed grade.
 */
final class PracticeSession {
  /**
   * What the session does besides asking.
   *
   * @param followUps whether to ask follow-ups
   * @param saveAnswers whether attempts keep the answer text
   * @param showTime whether to show how long each answer took (on a terminal only, so that piped
   *     sessions print the same every time)
   * @param bankId where the questions come from, kept with each attempt
   * @param seed the seed of the plan, for the report
   * @param report where to write the JSON report, if anywhere
   * @param fallbackGrader the id of the grader that takes over when the session's grader fails,
   *     if one does; the summary then says which grader graded how many answers
   */
  record Settings(boolean followUps, boolean saveAnswers, boolean showTime, String bankId,
      long seed, @Nullable Path report, @Nullable String fallbackGrader) {}

  /** Where a step leaves the session. */
  private enum Step {
    NEXT,
    END
  }

  private final QuestionBank bank;
  private final AnswerGrader grader;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Terminal t;
  private final AnswerReader reader;
  private final Settings settings;
  private final Clock clock;
  private final FollowUpProposer followUps;
  private @Nullable PracticeHistory history;
  private final @Nullable Path historyFile;

  private final Instant startedAt;
  private final List<PlannedQuestion> plan = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private final Map<String, Grade> lastGrades = new LinkedHashMap<>();
  private final List<String> skipped = new ArrayList<>();
  private int saved;
  private @Nullable Question lastAnswered;
  private boolean finished;
  private volatile boolean reportFailed;

  PracticeSession(QuestionBank bank, AnswerGrader grader, FollowUpProposer followUps,
      Session session, LineSource lines, Settings settings, Clock clock,
      @Nullable PracticeHistory history, @Nullable Path historyFile) {
    this.bank = bank;
    this.grader = grader;
    this.out = session.out();
    this.err = session.err();
    this.t = session.terminal();
    this.settings = settings;
    this.clock = clock;
    this.reader = new AnswerReader(lines, clock, this::notice);
    this.followUps = followUps;
    this.history = history;
    this.historyFile = historyFile;
    this.startedAt = clock.instant();
  }

  /**
   * Runs the session over the plan.
   *
   * @return {@code true} if it ran to its end or the end of input, {@code false} if Ctrl-C ended
   *     it
   */
  boolean run(List<PlannedQuestion> questions) throws IOException {
    plan.addAll(questions);
    try {
      for (int i = 0; i < plan.size(); i++) {
        if (ask(plan.get(i), i) == Step.END) {
          break;
        }
      }
    } catch (LineSource.Interrupted e) {
      finish(true);
      return false;
    } catch (IOException e) {
      // An answer over the limit, or input that cannot be read: the session ends with its
      // summary, then the error.
      finish(false);
      throw new InvalidInputException("standard input: " + AnswerInput.reason(e)
          + (e instanceof AnswerInput.TooLong ? "; it was not graded, and the session ends" : ""));
    } catch (RuntimeException e) {
      // A grader that failed (a GradingException, exit code 3), or a bug: the answers graded so
      // far are saved already; the session ends with their summary and report, then the error.
      finish(false);
      throw e;
    }
    finish(false);
    return true;
  }

  private Step ask(PlannedQuestion planned, int index) throws IOException {
    Question q = planned.question();
    while (true) {
      show(t.bold("Question " + (index + 1) + " of " + plan.size()) + t.dim("  "
          + q.difficulty().id() + " | "
          + String.join(", ", q.topics().stream().map(Topic::name).toList()) + why(planned)),
          q.prompt());
      Set<String> hinted = new LinkedHashSet<>();
      AnswerReader.Response r = read(q, hinted);
      if (r instanceof AnswerReader.EndOfInput) {
        return Step.END;
      }
      if (r instanceof AnswerReader.Skip) {
        synchronized (this) {
          skipped.add(q.id());
          out.println(t.dim("Skipped."));
        }
        return Step.NEXT;
      }
      if (r instanceof AnswerReader.Retry) {
        if (retry() == Step.END) {
          return Step.END;
        }
        continue;
      }
      AnswerReader.Answer answer = (AnswerReader.Answer) r;
      Optional<Grade> grade = gradeAndShow(q, answer, hinted, null);
      if (grade.isEmpty()) {
        return Step.NEXT;
      }
      lastAnswered = q;
      if (answer.endOfInput()) {
        return Step.END;
      }
      return settings.followUps() ? followUp(q, answer.text(), grade.get()) : Step.NEXT;
    }
  }

  /** {@code :retry}: the last question answered, asked again; then back to where it was. */
  private Step retry() throws IOException {
    Question q = lastAnswered;
    if (q == null) {
      notice("Nothing to retry yet: answer a question first.");
      return Step.NEXT;
    }
    while (true) {
      show(t.bold("Retry") + t.dim("  " + q.id()), q.prompt());
      Set<String> hinted = new LinkedHashSet<>();
      AnswerReader.Response r = read(q, hinted);
      if (r instanceof AnswerReader.EndOfInput) {
        return Step.END;
      }
      if (r instanceof AnswerReader.Retry) {
        continue;
      }
      if (r instanceof AnswerReader.Answer answer) {
        gradeAndShow(q, answer, hinted, null);
        if (answer.endOfInput()) {
          return Step.END;
        }
      }
      return Step.NEXT;
    }
  }

  /** The follow-up the proposer aims at what the answer just graded missed, if there is one. */
  private Step followUp(Question q, String answerText, Grade grade) throws IOException {
    Optional<ProposedFollowUp> chosen = followUps.propose(
        FollowUpRequest.builder(q, answerText, grade).bank(bank).build());
    if (chosen.isEmpty()) {
      return Step.NEXT;
    }
    ProposedFollowUp f = chosen.get();
    Question probe = PracticeCommand.followUpQuestion(q, f, grade);
    List<KeyPoint> aimedAt = PracticeCommand.aimedAt(q, f, grade);
    show(t.bold("Follow-up") + (aimedAt.size() == 1
        ? t.dim("  on: " + aimedAt.get(0).text()) : ""), f.prompt());
    Set<String> hinted = new LinkedHashSet<>();
    AnswerReader.Response r = read(probe, hinted);
    if (r instanceof AnswerReader.EndOfInput) {
      return Step.END;
    }
    if (r instanceof AnswerReader.Retry) {
      return retry();
    }
    if (r instanceof AnswerReader.Skip) {
      synchronized (this) {
        out.println(t.dim("Skipped."));
      }
      return Step.NEXT;
    }
    AnswerReader.Answer answer = (AnswerReader.Answer) r;
    gradeAndShow(probe, answer, hinted, f);
    return answer.endOfInput() ? Step.END : Step.NEXT;
  }

  /** A heading and a prompt to answer, after a blank line. */
  private synchronized void show(String heading, String prompt) {
    out.println();
    out.println(heading);
    Text.wrap(prompt, 88, "").forEach(out::println);
  }

  private AnswerReader.Response read(Question q, Set<String> hinted) throws IOException {
    synchronized (this) {
      out.println(t.dim("Your answer (end with an empty line):"));
      if (out.checkError()) {
        // Standard output failed (full, closed): the question was never seen, so no answer is
        // read, graded or saved; the run reports the failed output, exit code 4.
        return new AnswerReader.EndOfInput();
      }
    }
    return reader.read(soFar -> hint(q, soFar, hinted));
  }

  /** {@code :hint}: one key point the answer so far does not cover. */
  private void hint(Question q, String soFar, Set<String> hinted) {
    Grade partial = soFar.isBlank() ? Grade.noAnswer(q, grader.id()) : grader.grade(
        GradingRequest.builder(q, soFar).bank(bank).build());
    Optional<KeyPoint> point = Hints.next(q, partial, hinted);
    synchronized (this) {
      if (point.isEmpty()) {
        out.println(t.dim("No hint left: your answer so far covers or has been told every point."));
      } else {
        hinted.add(point.get().id());
        out.println(t.yellow("Hint " + hinted.size() + ": ") + point.get().text()
            + t.dim("  (this answer can now score at most "
                + Report.percent(Hints.cap(q, hinted)) + ")"));
      }
      out.flush();
    }
  }

  /**
   * Grades, shows and saves one answer; for a follow-up without a rubric of its own, the short
   * form. Empty when the answer cannot be graded (too long), which the candidate is told.
   */
  private Optional<Grade> gradeAndShow(Question q, AnswerReader.Answer answer,
      Set<String> hinted, @Nullable ProposedFollowUp followUp) {
    GradingRequest request;
    try {
      request = GradingRequest.builder(q, answer.text()).bank(bank).build();
    } catch (IllegalArgumentException e) {
      notice("That answer cannot be graded: " + e.getMessage());
      return Optional.empty();
    }
    Grade grade = Hints.apply(grader.grade(request), q, hinted, BandThresholds.DEFAULT);
    Attempt attempt = Attempt.of(grade, settings.bankId(), answer.endedAt())
        .withTimeTaken(answer.took()).withHintsUsed(hinted.size());
    if (followUp != null) {
      attempt = attempt.withFollowUp(followUp.prompt());
    }
    if (settings.saveAnswers()) {
      attempt = attempt.withAnswer(answer.text());
    }
    synchronized (this) {
      out.println();
      boolean ownRubric = followUp != null && followUp.bankFollowUp()
          .flatMap(FollowUp::referenceAnswer).isPresent();
      if (followUp == null || ownRubric) {
        Report.grade(out, t, q, grade, answer.text(), true);
      } else {
        out.println(t.bold("Score    ") + t.bar(grade.score(), 20) + "  "
            + t.bold(grade.band().label()));
        out.println(t.bold("Feedback ") + grade.feedback());
      }
      if (!hinted.isEmpty()) {
        out.println(t.bold("Hints    ") + hinted.size() + " used: the score is capped at "
            + Report.percent(Hints.cap(q, hinted)));
      }
      if (settings.showTime()) {
        out.println(t.bold("Time     ") + duration(answer.took()));
      }
      attempts.add(attempt);
      if (followUp == null) {
        lastGrades.remove(q.id());
        lastGrades.put(q.id(), grade);
        skipped.remove(q.id());
      }
      save(attempt);
      out.flush();
    }
    return Optional.of(grade);
  }

  private void save(Attempt attempt) {
    PracticeHistory h = history;
    if (h == null) {
      return;
    }
    try {
      h.record(attempt);
      saved++;
    } catch (RuntimeException e) {
      history = null;
      err.println("interview-bank: " + e.getMessage()
          + "; the rest of this session will not be saved");
      err.flush();
    }
  }

  private synchronized void notice(String text) {
    out.println(t.dim(text));
    out.flush();
  }

  private String why(PlannedQuestion planned) {
    Optional<ReviewState> state = planned.state();
    String last = state.map(s -> ", last " + Report.percent(s.lastScore())).orElse("");
    return switch (planned.reason()) {
      case NEW -> "";
      case DUE -> " | due for review" + last;
      case WEAK_TOPIC -> " | weak topic" + last;
      case AHEAD -> " | review ahead" + last;
    };
  }

  static String duration(Duration d) {
    long s = Math.round(d.toMillis() / 1000.0);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return (s / 60) + "m " + String.format(Locale.ROOT, "%02ds", s % 60);
    }
    return (s / 3600) + "h " + String.format(Locale.ROOT, "%02dm", (s % 3600) / 60);
  }

  /** {@return whether the report was asked for and could not be written} */
  boolean reportFailed() {
    return reportFailed;
  }

  /**
   * Prints the summary and writes the report, once: at the end, at the end of input, on Ctrl-C
   * at a prompt, or from the shutdown hook when the process is interrupted elsewhere.
   */
  synchronized void finish(boolean interrupted) {
    if (finished) {
      return;
    }
    finished = true;
    if (interrupted) {
      out.println();
      out.println(t.dim("Interrupted: the session ends here."));
    }
    summary();
    if (historyFile != null && history != null && saved > 0) {
      out.println(t.dim("Saved " + saved + " answer" + (saved == 1 ? "" : "s")
          + " to the practice history (" + historyFile + ")."));
    }
    out.flush();
    Path report = settings.report();
    if (report != null) {
      try {
        TextFile.write(report, Json.pretty(report(interrupted)) + "\n");
      } catch (RuntimeException e) {
        reportFailed = true;
        err.println("interview-bank: " + (e instanceof OutputException ? e.getMessage()
            : "cannot write " + report + ": " + SqliteHistory.reason(e)));
      }
    }
    err.flush();
  }

  private void summary() {
    out.println();
    out.println(t.bold("Summary"));
    if (lastGrades.isEmpty()) {
      out.println("  No answers were given." + (skipped.isEmpty() ? ""
          : " " + skipped.size() + " skipped."));
      return;
    }
    double mean = lastGrades.values().stream().mapToDouble(Grade::score).average().orElse(0);
    int asked = plan.size();
    long retried = attempts.stream().filter(a -> !a.isFollowUp()).count() - lastGrades.size();
    out.println(String.format(Locale.ROOT, "  %d of %d question%s answered%s%s, mean %s",
        lastGrades.size(), asked, asked == 1 ? "" : "s",
        skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped",
        retried == 0 ? "" : ", " + retried + " retried", Report.percent(mean)));
    Map<String, List<Double>> byTopic = new LinkedHashMap<>();
    Map<String, List<Double>> byDifficulty = new LinkedHashMap<>();
    lastGrades.forEach((id, grade) -> {
      Question q = bank.find(id).orElseThrow();
      for (Topic topic : q.topics()) {
        byTopic.computeIfAbsent(topic.name(), k -> new ArrayList<>()).add(grade.score());
      }
      byDifficulty.computeIfAbsent(q.difficulty().id(), k -> new ArrayList<>())
          .add(grade.score());
    });
    out.println("  By topic:");
    byTopic.forEach((topic, scores) -> out.println(row(topic, scores)));
    out.println("  By difficulty:");
    byDifficulty.forEach((level, scores) -> out.println(row(level, scores)));
    List<Double> followUpScores = attempts.stream().filter(Attempt::isFollowUp)
        .map(Attempt::score).toList();
    if (!followUpScores.isEmpty()) {
      out.println(row("Follow-ups", followUpScores).replaceFirst("^    ", "  "));
    }
    Map<String, Integer> graders = answersByGrader();
    if (settings.fallbackGrader() != null || !graders.keySet().equals(Set.of(grader.id()))) {
      out.println("  Graded by:");
      graders.forEach((id, n) -> out.println(String.format(Locale.ROOT, "    %-26s %d answer%s",
          id, n, n == 1 ? "" : "s")));
    }
  }

  /** How many answers (follow-ups and retries included) each grader graded, in first use order. */
  private Map<String, Integer> answersByGrader() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    attempts.forEach(a -> counts.merge(a.graderId(), 1, Integer::sum));
    return counts;
  }

  private static String row(String label, List<Double> scores) {
    double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return String.format(Locale.ROOT, "    %-26s %d answer%s, mean %s", label, scores.size(),
        scores.size() == 1 ? "" : "s", Report.percent(mean));
  }

  /** The session for programs: the plan, every attempt as history export writes it, a summary. */
  private Map<String, Object> report(boolean interrupted) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("startedAt", startedAt.toString());
    m.put("endedAt", clock.instant().toString());
    m.put("interrupted", interrupted);
    m.put("grader", grader.id());
    m.put("fallbackGrader", settings.fallbackGrader());
    m.put("bank", settings.bankId());
    m.put("seed", settings.seed());
    m.put("plan", plan.stream().map(p -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("questionId", p.question().id());
      item.put("reason", p.reason().id());
      return item;
    }).toList());
    m.put("attempts", attempts.stream().map(AttemptJson::toMap).toList());
    m.put("skipped", List.copyOf(skipped));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("answered", lastGrades.size());
    summary.put("skipped", skipped.size());
    summary.put("meanScore", lastGrades.isEmpty() ? null
        : lastGrades.values().stream().mapToDouble(Grade::score).average().orElse(0));
    summary.put("saved", saved);
    summary.put("graders", answersByGrader());
    m.put("summary", summary);
    return m;
  }
}
