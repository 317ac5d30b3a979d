package io.github.interviewbank.cli;

import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.Topic;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.FollowUpProposer;
import io.github.interviewbank.grading.FollowUpRequest;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.ProposedFollowUp;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code interview-bank practice}: a mock interview. Asks, reads a multi-line answer, grades it,
 * shows what was covered and missed and the reference answer, then grills with a follow-up aimed
 * at the weakest point, and ends with a summary by topic and difficulty.
 */
@Command(name = "practice", mixinStandardHelpOptions = true,
    description = {"A mock interview in the terminal.",
      "Type an answer over as many lines as you like and end it with an empty line; end of"
          + " input (Ctrl-D) ends the session. Works the same with piped input."})
final class PracticeCommand extends BankCommand {
  @Spec @Nullable CommandSpec spec;

  @Mixin Selection selection = new Selection();

  @Option(names = "--count", defaultValue = "3", paramLabel = "N",
      description = "How many questions (default: ${DEFAULT-VALUE}).")
  int count = 3;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the question draw; the same seed asks the same questions.")
  @Nullable Long seed;

  @Option(names = "--no-follow-ups", description = "Do not ask follow-up questions.")
  boolean noFollowUps;

  private boolean endOfInput;

  /** One graded answer, for the summary. */
  private record Scored(Question question, double score) {}

  @Override
  public Integer call() throws IOException {
    if (count < 1 || count > 1000) {
      throw new ParameterException(java.util.Objects.requireNonNull(spec).commandLine(),
          "--count must be from 1 to 1000, was " + count);
    }
    long drawSeed = seed != null ? seed : Math.abs(System.nanoTime() % 1_000_000);
    List<Question> questions = bank().sample(selection.query(bank()), count, drawSeed);
    if (questions.isEmpty()) {
      throw new InvalidInputException("no question matches the filters");
    }
    AnswerGrader grader = grader();
    FollowUpProposer followUps = FollowUpProposer.fromBank();
    PrintWriter out = out();
    Terminal t = terminal();
    out.println(t.bold("Interview Bank practice") + ": " + questions.size() + " question"
        + (questions.size() == 1 ? "" : "s") + ", grader " + grader.id() + ", seed " + drawSeed
        + t.dim(" (repeat with --seed " + drawSeed + ")"));
    out.println(t.dim("Answer over as many lines as you like; an empty line ends the answer."
        + " End of input (Ctrl-D) ends the session."));
    List<Scored> main = new ArrayList<>();
    List<Double> followUpScores = new ArrayList<>();
    for (int i = 0; i < questions.size() && !endOfInput; i++) {
      Question q = questions.get(i);
      out.println();
      out.println(t.bold("Question " + (i + 1) + " of " + questions.size()) + t.dim("  "
          + q.difficulty().id() + " | "
          + String.join(", ", q.topics().stream().map(Topic::name).toList())));
      Text.wrap(q.prompt(), 88, "").forEach(out::println);
      String answer = readAnswer();
      if (answer == null) {
        break;
      }
      Grade grade = grader.grade(GradingRequest.builder(q, answer).bank(bank()).build());
      main.add(new Scored(q, grade.score()));
      out.println();
      Report.grade(out, t, q, grade, answer, true);
      if (noFollowUps || endOfInput) {
        continue;
      }
      Optional<ProposedFollowUp> followUp = followUps.propose(
          FollowUpRequest.builder(q, answer, grade).bank(bank()).build());
      if (followUp.isEmpty()) {
        continue;
      }
      Question probe = followUpQuestion(q, followUp.get(), grade);
      boolean ownRubric = followUp.get().bankFollowUp()
          .flatMap(FollowUp::referenceAnswer).isPresent();
      List<KeyPoint> aimedAt = aimedAt(q, followUp.get(), grade);
      out.println();
      out.println(t.bold("Follow-up") + (aimedAt.size() == 1
          ? t.dim("  on: " + aimedAt.get(0).text()) : ""));
      Text.wrap(followUp.get().prompt(), 88, "").forEach(out::println);
      String followAnswer = readAnswer();
      if (followAnswer == null) {
        break;
      }
      Grade followGrade = grader.grade(
          GradingRequest.builder(probe, followAnswer).bank(bank()).build());
      followUpScores.add(followGrade.score());
      out.println();
      if (ownRubric) {
        Report.grade(out, t, probe, followGrade, followAnswer, true);
      } else {
        out.println(t.bold("Score    ") + t.bar(followGrade.score(), 20) + "  "
            + t.bold(followGrade.band().label()));
        out.println(t.bold("Feedback ") + followGrade.feedback());
      }
    }
    summary(out, t, main, followUpScores, questions.size());
    return 0;
  }

  /**
   * Reads lines up to an empty line. Returns null when input ends before any line, and notes the
   * end of input so the session stops after this answer.
   */
  private @Nullable String readAnswer() throws IOException {
    PrintWriter out = out();
    out.println(terminal().dim("Your answer (end with an empty line):"));
    out.flush();
    StringBuilder sb = new StringBuilder();
    while (true) {
      String line = session().in().readLine();
      if (line == null) {
        endOfInput = true;
        return sb.length() == 0 ? null : sb.toString();
      }
      if (line.isBlank()) {
        // An empty first line is a deliberately blank answer.
        return sb.toString();
      }
      sb.append(line).append('\n');
    }
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

  private static void summary(PrintWriter out, Terminal t, List<Scored> main,
      List<Double> followUps, int asked) {
    out.println();
    out.println(t.bold("Summary"));
    if (main.isEmpty()) {
      out.println("  No answers were given.");
      return;
    }
    double mean = main.stream().mapToDouble(Scored::score).average().orElse(0);
    out.println(String.format(Locale.ROOT, "  %d of %d question%s answered, mean %s", main.size(),
        asked, asked == 1 ? "" : "s", Report.percent(mean)));
    Map<String, List<Double>> byTopic = new LinkedHashMap<>();
    Map<String, List<Double>> byDifficulty = new LinkedHashMap<>();
    for (Scored s : main) {
      for (Topic topic : s.question().topics()) {
        byTopic.computeIfAbsent(topic.name(), k -> new ArrayList<>()).add(s.score());
      }
      byDifficulty.computeIfAbsent(s.question().difficulty().id(), k -> new ArrayList<>())
          .add(s.score());
    }
    out.println("  By topic:");
    byTopic.forEach((topic, scores) -> out.println(row(topic, scores)));
    out.println("  By difficulty:");
    byDifficulty.forEach((level, scores) -> out.println(row(level, scores)));
    if (!followUps.isEmpty()) {
      out.println(row("Follow-ups", followUps).replaceFirst("^    ", "  "));
    }
  }

  private static String row(String label, List<Double> scores) {
    double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return String.format(Locale.ROOT, "    %-26s %d answer%s, mean %s", label, scores.size(),
        scores.size() == 1 ? "" : "s", Report.percent(mean));
  }
}
