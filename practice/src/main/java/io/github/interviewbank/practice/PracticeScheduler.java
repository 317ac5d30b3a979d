package io.github.interviewbank.practice;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.QuestionQuery;
import io.github.interviewbank.core.Topic;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses what to practise next from a bank and a history, with the FSRS memory model.
 *
 * <p>A question's attempts (follow-up answers aside) are replayed in time order: the first sets
 * {@link Fsrs#initial(Rating)}, each later one {@link Fsrs#next(MemoryState, long, Rating)} with
 * the whole calendar days since the one before, and the rating comes from the score through the
 * {@link RatingScale}. The question is due on the day of its last answer plus {@link
 * Fsrs#interval(double)} days. Days are calendar days in the scheduler's time zone (UTC unless
 * {@link #withZone(ZoneId)} says otherwise), so that a question due today is due all day.
 *
 * <p>{@link #plan} fills a session in this order, never repeating a question:
 *
 * <ol>
 *   <li>due reviews, the least likely to be recalled now first;
 *   <li>questions of weak topics: topics whose mean last score is below the {@linkplain
 *       RatingScale#good() good} threshold, weakest first, one question per topic in turn,
 *       unanswered questions first (drawn with the seed), then answered ones least likely to be
 *       recalled;
 *   <li>new questions, drawn with the seed exactly as {@link QuestionBank#sample(QuestionQuery,
 *       int, long)} draws them, so that with an empty history a plan is that sample;
 *   <li>answered questions that are not due, least likely to be recalled first.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 1.0.0
 */
public final class PracticeScheduler {
  private static final PracticeScheduler DEFAULTS =
      new PracticeScheduler(Fsrs.defaults(), RatingScale.DEFAULT, ZoneOffset.UTC);

  private final Fsrs fsrs;
  private final RatingScale scale;
  private final ZoneId zone;

  private PracticeScheduler(Fsrs fsrs, RatingScale scale, ZoneId zone) {
    this.fsrs = fsrs;
    this.scale = scale;
    this.zone = zone;
  }

  /**
   * {@return the scheduler with FSRS-6's defaults, the default rating scale and UTC days; never
   * {@code null}}
   *
   * @since 1.0.0
   */
  public static PracticeScheduler defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a copy with this memory model, never {@code null}}
   *
   * @param model the model; never {@code null}
   * @since 1.0.0
   */
  public PracticeScheduler withFsrs(Fsrs model) {
    return new PracticeScheduler(Objects.requireNonNull(model, "model"), scale, zone);
  }

  /**
   * {@return a copy with this mapping from scores to ratings, never {@code null}}
   *
   * @param ratings the scale; never {@code null}
   * @since 1.0.0
   */
  public PracticeScheduler withRatingScale(RatingScale ratings) {
    return new PracticeScheduler(fsrs, Objects.requireNonNull(ratings, "ratings"), zone);
  }

  /**
   * {@return a copy whose days are calendar days in this time zone, never {@code null}}
   *
   * @param timeZone the zone, such as {@code ZoneId.systemDefault()}; never {@code null}
   * @since 1.0.0
   */
  public PracticeScheduler withZone(ZoneId timeZone) {
    return new PracticeScheduler(fsrs, scale, Objects.requireNonNull(timeZone, "timeZone"));
  }

  /**
   * {@return the memory model, never {@code null}}
   *
   * @since 1.0.0
   */
  public Fsrs fsrs() {
    return fsrs;
  }

  /**
   * {@return the mapping from scores to ratings, never {@code null}}
   *
   * @since 1.0.0
   */
  public RatingScale ratingScale() {
    return scale;
  }

  /**
   * {@return the time zone of the scheduler's days, never {@code null}}
   *
   * @since 1.0.0
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Replays attempts into the state of each question answered. Follow-up answers are left out:
   * they probe a point, they do not recall the question.
   *
   * @param attempts the attempts, in any order; never {@code null}
   * @return the state of each question with at least one answer, by question id, in the order of
   *     first answers; never {@code null}, unmodifiable
   * @since 1.0.0
   */
  public Map<String, ReviewState> states(Collection<Attempt> attempts) {
    List<Attempt> ordered = new ArrayList<>(Objects.requireNonNull(attempts, "attempts"));
    ordered.sort(Comparator.comparing(Attempt::answeredAt));
    Map<String, ReviewState> states = new LinkedHashMap<>();
    for (Attempt a : ordered) {
      if (!a.isFollowUp()) {
        states.put(a.questionId(), review(states.get(a.questionId()), a));
      }
    }
    return java.util.Collections.unmodifiableMap(states);
  }

  private ReviewState review(@org.jspecify.annotations.Nullable ReviewState before, Attempt a) {
    Rating rating = scale.ratingOf(a.score());
    LocalDate day = day(a.answeredAt());
    MemoryState memory;
    int reviews = 1;
    int lapses = rating == Rating.AGAIN ? 1 : 0;
    if (before == null) {
      memory = fsrs.initial(rating);
    } else {
      long elapsed = Math.max(0, ChronoUnit.DAYS.between(day(before.lastReview()), day));
      memory = fsrs.next(before.memory(), elapsed, rating);
      reviews += before.reviews();
      lapses += before.lapses();
    }
    return new ReviewState(a.questionId(), memory, a.answeredAt(),
        day.plusDays(fsrs.interval(memory.stability())), reviews, lapses, a.score(), rating);
  }

  /**
   * {@return the probability that the question is recalled at {@code now}: {@code R(t, S)} with
   * {@code t} the whole calendar days since the last answer}
   *
   * @param state the question's state; never {@code null}
   * @param now the time; never {@code null}
   * @since 1.0.0
   */
  public double retrievability(ReviewState state, Instant now) {
    long days = Math.max(0, ChronoUnit.DAYS.between(day(state.lastReview()), day(now)));
    return fsrs.retrievability((double) days, state.memory().stability());
  }

  /**
   * {@return whether the question is due on the day of {@code now}}
   *
   * @param state the question's state; never {@code null}
   * @param now the time; never {@code null}
   * @since 1.0.0
   */
  public boolean isDue(ReviewState state, Instant now) {
    return !state.due().isAfter(day(now));
  }

  /**
   * {@return the calendar day of an instant in the scheduler's time zone, never {@code null}}
   *
   * @param instant the instant; never {@code null}
   * @since 1.0.0
   */
  public LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  /**
   * Plans a session. See the class description for the order.
   *
   * @param bank the questions; never {@code null}
   * @param attempts the history, in any order; attempts at questions not in the bank are
   *     ignored; never {@code null}
   * @param request how many, which, when and with what seed; never {@code null}
   * @return at most {@code request.count()} questions, without repeats; fewer when the bank has
   *     no more of the requested kind; never {@code null}, unmodifiable
   * @since 1.0.0
   */
  public List<PlannedQuestion> plan(QuestionBank bank, Collection<Attempt> attempts,
      PlanRequest request) {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(request, "request");
    Map<String, ReviewState> states = states(attempts);
    Instant now = request.now();
    List<Question> pool = bank.select(request.query());
    Plan plan = new Plan(request.count(), states);
    Comparator<Question> leastRecalled = Comparator.comparingDouble(
        q -> retrievability(stateOf(states, q), now));
    List<Question> seen = pool.stream().filter(q -> states.containsKey(q.id())).toList();
    List<Question> due = new ArrayList<>(
        seen.stream().filter(q -> isDue(stateOf(states, q), now)).toList());
    due.sort(leastRecalled);

    if (request.mode() != PlanRequest.Mode.NEW_ONLY) {
      due.forEach(q -> plan.add(q, PlannedQuestion.Reason.DUE));
    }
    if (request.mode() == PlanRequest.Mode.MIXED) {
      addWeakTopics(plan, bank, pool, request, leastRecalled, due);
    }
    if (request.mode() != PlanRequest.Mode.DUE_ONLY) {
      QuestionQuery unseen = q -> !states.containsKey(q.id()) && !plan.has(q);
      bank.sample(request.query().and(unseen), plan.room(), request.seed())
          .forEach(q -> plan.add(q, PlannedQuestion.Reason.NEW));
    }
    if (request.mode() == PlanRequest.Mode.MIXED) {
      List<Question> ahead = new ArrayList<>(seen);
      ahead.sort(leastRecalled);
      ahead.forEach(q -> plan.add(q, PlannedQuestion.Reason.AHEAD));
    }
    return List.copyOf(plan.chosen);
  }

  /** The state of a question known to have one. */
  private static ReviewState stateOf(Map<String, ReviewState> states, Question q) {
    return Objects.requireNonNull(states.get(q.id()), q.id());
  }

  private void addWeakTopics(Plan plan, QuestionBank bank, List<Question> pool,
      PlanRequest request, Comparator<Question> leastRecalled, List<Question> due) {
    Map<String, Double> weakness = topicMeans(pool, plan.states);
    List<Topic> weak = new ArrayList<>();
    for (Topic t : bank.topics()) {
      Double mean = weakness.get(t.id());
      if (mean != null && mean < scale.good()) {
        weak.add(t);
      }
    }
    weak.sort(Comparator.comparingDouble(t -> weakness.get(t.id())));
    Map<String, List<Question>> candidates = new LinkedHashMap<>();
    Set<String> dueIds = new HashSet<>();
    due.forEach(q -> dueIds.add(q.id()));
    for (Topic t : weak) {
      QuestionQuery inTopic = q -> q.topics().contains(t);
      List<Question> list = new ArrayList<>(bank.sample(request.query().and(inTopic)
          .and(q -> !plan.states.containsKey(q.id())), Integer.MAX_VALUE, request.seed()));
      List<Question> answered = new ArrayList<>(pool.stream().filter(inTopic::matches)
          .filter(q -> plan.states.containsKey(q.id()) && !dueIds.contains(q.id())).toList());
      answered.sort(leastRecalled);
      list.addAll(answered);
      candidates.put(t.id(), list);
    }
    boolean added = true;
    while (plan.room() > 0 && added) {
      added = false;
      for (List<Question> list : candidates.values()) {
        while (!list.isEmpty() && plan.has(list.get(0))) {
          list.remove(0);
        }
        if (!list.isEmpty() && plan.room() > 0) {
          plan.add(list.remove(0), PlannedQuestion.Reason.WEAK_TOPIC);
          added = true;
        }
      }
    }
  }

  /** The mean last score of the answered questions of each topic, by topic id. */
  private static Map<String, Double> topicMeans(List<Question> pool,
      Map<String, ReviewState> states) {
    Map<String, double[]> sums = new HashMap<>();
    for (Question q : pool) {
      ReviewState s = states.get(q.id());
      if (s == null) {
        continue;
      }
      for (Topic t : q.topics()) {
        double[] sum = sums.computeIfAbsent(t.id(), k -> new double[2]);
        sum[0] += s.lastScore();
        sum[1]++;
      }
    }
    Map<String, Double> means = new HashMap<>();
    sums.forEach((id, sum) -> means.put(id, sum[0] / sum[1]));
    return means;
  }

  /** The questions chosen so far. */
  private static final class Plan {
    final int count;
    final Map<String, ReviewState> states;
    final List<PlannedQuestion> chosen = new ArrayList<>();
    final Set<String> ids = new HashSet<>();

    Plan(int count, Map<String, ReviewState> states) {
      this.count = count;
      this.states = states;
    }

    int room() {
      return count - chosen.size();
    }

    boolean has(Question q) {
      return ids.contains(q.id());
    }

    void add(Question q, PlannedQuestion.Reason reason) {
      if (room() > 0 && ids.add(q.id())) {
        ReviewState state = states.get(q.id());
        chosen.add(state == null ? PlannedQuestion.unseen(q, reason)
            : PlannedQuestion.seen(q, reason, state));
      }
    }
  }
}
