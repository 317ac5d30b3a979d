package io.github.interviewbank.cli;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.Topic;
import io.github.interviewbank.practice.Attempt;
import io.github.interviewbank.practice.PracticeScheduler;
import io.github.interviewbank.practice.ReviewState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code interview-bank progress}: per topic and difficulty, mastery from the memory model,
 * answers, mean score and trend, what is due today and this week, and a sparkline of scores; then
 * every question answered.
 */
@Command(name = "progress", mixinStandardHelpOptions = true,
    description = {"Your progress from the practice history: per topic and difficulty, mastery"
        + " (the mean probability of recalling each question now, unanswered ones counting 0),"
        + " answers, mean score, trend (the last three answers against the three before), due"
        + " reviews today and this week, and scores over time; then each question answered."})
final class ProgressCommand extends BankCommand {
  private static final String SPARKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
  private static final int SPARKLINE_LENGTH = 20;

  @Mixin Selection selection = new Selection();
  @Mixin HistoryLocation location = new HistoryLocation();
  @Mixin OutputFormat format = new OutputFormat();

  /** What progress knows of one question. */
  private record Seen(Question question, ReviewState state, List<Attempt> attempts,
      double recall) {}

  /** The figures of one group of questions: a topic, a difficulty, or all. */
  private record Group(String id, String name, int questions, int seen, double mastery,
      int answers, @Nullable Double mean, @Nullable Double trend, int dueToday, int dueThisWeek,
      List<Double> scores) {}

  @Override
  public Integer call() {
    Path file = location.file(session().environment());
    List<Attempt> attempts = HistoryCommand.read(file);
    PracticeScheduler scheduler = PracticeScheduler.defaults().withZone(ZoneId.systemDefault());
    Instant now = Instant.now();
    LocalDate today = scheduler.day(now);
    List<Question> pool = bank().select(selection.query(bank()));
    Map<String, ReviewState> states = scheduler.states(attempts);
    Map<String, Seen> seen = new LinkedHashMap<>();
    for (Map.Entry<String, ReviewState> e : states.entrySet()) {
      Question q = pool.stream().filter(p -> p.id().equals(e.getKey())).findFirst().orElse(null);
      if (q != null) {
        List<Attempt> own = attempts.stream()
            .filter(a -> !a.isFollowUp() && a.questionId().equals(q.id())).toList();
        seen.put(q.id(), new Seen(q, e.getValue(), own,
            scheduler.retrievability(e.getValue(), now)));
      }
    }
    List<Group> topics = new ArrayList<>();
    for (Topic topic : bank().topics()) {
      Group g = group(topic.id(), topic.name(), pool, q -> q.topics().contains(topic), seen,
          today);
      if (g.questions() > 0) {
        topics.add(g);
      }
    }
    List<Group> levels = new ArrayList<>();
    for (Difficulty d : Difficulty.values()) {
      Group g = group(d.id(), d.id(), pool, q -> q.difficulty() == d, seen, today);
      if (g.questions() > 0) {
        levels.add(g);
      }
    }
    Group all = group("all", "All", pool, q -> true, seen, today);
    if (format.json()) {
      out().println(Json.pretty(json(file, now, all, topics, levels, seen.values(), today)));
    } else {
      text(file, attempts.stream().filter(a -> !a.isFollowUp()).count(), all, topics, levels,
          seen.values(), today);
    }
    return 0;
  }

  private static Group group(String id, String name, List<Question> pool,
      Predicate<Question> member, Map<String, Seen> seen, LocalDate today) {
    int questions = 0;
    double recall = 0;
    int dueToday = 0;
    int dueThisWeek = 0;
    List<Attempt> attempts = new ArrayList<>();
    int answered = 0;
    for (Question q : pool) {
      if (!member.test(q)) {
        continue;
      }
      questions++;
      Seen s = seen.get(q.id());
      if (s == null) {
        continue;
      }
      answered++;
      recall += s.recall();
      attempts.addAll(s.attempts());
      if (!s.state().due().isAfter(today)) {
        dueToday++;
      }
      if (!s.state().due().isAfter(today.plusDays(6))) {
        dueThisWeek++;
      }
    }
    attempts.sort(java.util.Comparator.comparing(Attempt::answeredAt));
    List<Double> scores = attempts.stream().map(Attempt::score).toList();
    return new Group(id, name, questions, answered, questions == 0 ? 0 : recall / questions,
        scores.size(), scores.isEmpty() ? null : mean(scores), trend(scores), dueToday,
        dueThisWeek, scores);
  }

  /** The mean of the last three scores minus the mean of the three before (fewer if fewer). */
  static @Nullable Double trend(List<Double> scores) {
    int n = scores.size();
    if (n < 2) {
      return null;
    }
    int k = Math.min(3, n / 2);
    return mean(scores.subList(n - k, n)) - mean(scores.subList(n - 2 * k, n - k));
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** Scores as bars from ▁ (0) to █ (1), the last twenty. */
  static String sparkline(List<Double> scores) {
    StringBuilder sb = new StringBuilder();
    for (double s : scores.subList(Math.max(0, scores.size() - SPARKLINE_LENGTH), scores.size())) {
      sb.append(SPARKS.charAt(Math.min(SPARKS.length() - 1, (int) (s * SPARKS.length()))));
    }
    return sb.toString();
  }

  private void text(Path file, long answersInHistory, Group all, List<Group> topics,
      List<Group> levels, java.util.Collection<Seen> seen, LocalDate today) {
    PrintWriter out = out();
    Terminal t = terminal();
    if (all.answers() == 0) {
      if (answersInHistory == 0) {
        out.println("No answers yet in " + file + ". Start with: interview-bank practice");
      } else if (!selection.all()) {
        out.println("No answer in " + file + " matches the filters (it holds "
            + Text.count(answersInHistory, "answer") + " to other questions).");
      } else {
        out.println("No answer in " + file + " is to a question of this bank (it holds "
            + Text.count(answersInHistory, "answer") + " to other questions).");
      }
      return;
    }
    out.println(t.bold("Progress") + "  " + all.answers() + " answer"
        + (all.answers() == 1 ? "" : "s") + " to " + all.seen() + " of "
        + Text.count(all.questions(), "question") + "; " + all.dueToday() + " due today, " + all.dueThisWeek() + " this week");
    String header = String.format(Locale.ROOT, "  %-26s %-17s %7s %7s %5s %6s %9s  %s", "",
        "mastery", "seen", "answers", "mean", "trend", "due/week", "scores");
    out.println();
    out.println(t.bold("By topic") + t.dim(header.substring(8)));
    topics.forEach(g -> out.println(row(t, g)));
    out.println(t.bold("By difficulty"));
    levels.forEach(g -> out.println(row(t, g)));
    out.println();
    out.println(t.bold("Questions answered") + t.dim("  (answers, last score, next review)"));
    seen.stream().sorted(java.util.Comparator.comparing((Seen s) -> s.state().due())
            .thenComparing(s -> s.question().id()))
        .forEach(s -> out.println(String.format(Locale.ROOT, "  %-40s %3d  %4s  %s  %s",
            s.question().id(), s.state().reviews(), Report.percent(s.state().lastScore()),
            when(s.state().due(), today), sparkline(scores(s)))));
  }

  private static List<Double> scores(Seen s) {
    return s.attempts().stream().map(Attempt::score).toList();
  }

  private static String when(LocalDate due, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, due);
    if (days < 0) {
      return "due " + due + " (overdue)";
    }
    if (days == 0) {
      return "due today";
    }
    return "due " + due + " (in " + days + " day" + (days == 1 ? "" : "s") + ")";
  }

  private static String row(Terminal t, Group g) {
    String trend = g.trend() == null ? "" : String.format(Locale.ROOT, "%+d",
        Math.round(g.trend() * 100));
    return String.format(Locale.ROOT, "  %-26s %s %7s %7d %5s %6s %9s  %s", g.name(),
        t.bar(g.mastery(), 10), g.seen() + "/" + g.questions(), g.answers(),
        g.mean() == null ? "" : Report.percent(g.mean()), trend,
        g.dueToday() + "/" + g.dueThisWeek(), sparkline(g.scores()));
  }

  private static Map<String, Object> json(Path file, Instant now, Group all, List<Group> topics,
      List<Group> levels, java.util.Collection<Seen> seen, LocalDate today) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generatedAt", now.toString());
    m.put("today", today.toString());
    m.put("history", file.toString());
    m.put("overall", groupJson(all));
    m.put("topics", topics.stream().map(ProgressCommand::groupJson).toList());
    m.put("difficulties", levels.stream().map(ProgressCommand::groupJson).toList());
    m.put("questions", seen.stream().map(s -> {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("id", s.question().id());
      q.put("difficulty", s.question().difficulty().id());
      q.put("topics", s.question().topics().stream().map(Topic::id).toList());
      q.put("attempts", s.state().reviews());
      q.put("lapses", s.state().lapses());
      q.put("meanScore", round(mean(scores(s))));
      q.put("lastScore", round(s.state().lastScore()));
      q.put("lastRating", s.state().lastRating().id());
      q.put("lastAnsweredAt", s.state().lastReview().toString());
      q.put("due", s.state().due().toString());
      q.put("dueInDays", ChronoUnit.DAYS.between(today, s.state().due()));
      q.put("stability", round(s.state().memory().stability()));
      q.put("fsrsDifficulty", round(s.state().memory().difficulty()));
      q.put("recall", round(s.recall()));
      q.put("scores", scores(s).stream().map(ProgressCommand::round).toList());
      return q;
    }).toList());
    return m;
  }

  private static Map<String, Object> groupJson(Group g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", g.id());
    m.put("name", g.name());
    m.put("questions", g.questions());
    m.put("seen", g.seen());
    m.put("mastery", round(g.mastery()));
    m.put("attempts", g.answers());
    m.put("meanScore", g.mean() == null ? null : round(g.mean()));
    m.put("trend", g.trend() == null ? null : round(g.trend()));
    m.put("dueToday", g.dueToday());
    m.put("dueThisWeek", g.dueThisWeek());
    m.put("scores", g.scores().stream().map(ProgressCommand::round).toList());
    return m;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
