package io.github.interviewbank.practice;

import static io.github.interviewbank.practice.Attempts.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.QuestionQuery;
import io.github.interviewbank.core.Topic;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PracticeSchedulerTest {
  private static final Topic A = Topic.of("topic-a", "Topic A");
  private static final Topic B = Topic.of("topic-b", "Topic B");
  private static final Topic C = Topic.of("topic-c", "Topic C");
  private static final QuestionBank BANK = QuestionBank.of(List.of(
      question("a1", A), question("a2", A), question("a3", A),
      question("b1", B), question("b2", B),
      question("c1", C), question("c2", C)));
  private static final Instant DAY_0 = Instant.parse("2026-11-01T10:00:00Z");
  private final PracticeScheduler scheduler = PracticeScheduler.defaults();

  private static Question question(String id, Topic topic) {
    return Question.builder(id).prompt("Question " + id + "?").difficulty(Difficulty.BEGINNER)
        .topics(topic).referenceAnswer("The answer to " + id + ".")
        .keyPoints(KeyPoint.of("point", "A point")).build();
  }

  private static List<String> ids(List<PlannedQuestion> plan) {
    return plan.stream().map(p -> p.question().id()).toList();
  }

  private static List<PlannedQuestion.Reason> reasons(List<PlannedQuestion> plan) {
    return plan.stream().map(PlannedQuestion::reason).toList();
  }

  @Test
  void withNoHistoryAPlanIsTheBanksSeededSample() {
    QuestionBank bank = QuestionBank.builtIn();
    List<PlannedQuestion> plan = scheduler.plan(bank, List.of(), PlanRequest.of(5, 7, DAY_0));
    assertEquals(bank.sample(5, 7).stream().map(Question::id).toList(), ids(plan));
    assertTrue(plan.stream().allMatch(p -> p.reason() == PlannedQuestion.Reason.NEW));
  }

  @Test
  void theSameHistoryTimeAndSeedGiveTheSamePlan() {
    List<Attempt> history = List.of(at("a1", 0.9, "2026-11-01T10:00:00Z"));
    PlanRequest request = PlanRequest.of(4, 42, DAY_0.plusSeconds(3600));
    assertEquals(scheduler.plan(BANK, history, request), scheduler.plan(BANK, history, request));
    QuestionBank bank = QuestionBank.builtIn();
    assertNotEquals(ids(scheduler.plan(bank, history, PlanRequest.of(5, 1, DAY_0))),
        ids(scheduler.plan(bank, history, PlanRequest.of(5, 2, DAY_0))));
  }

  @Test
  void replayingAttemptsFollowsTheFsrsFormulas() {
    // Good (0.8) on day 0: S = w2 = 2.3065, due in round(2.3065) = 2 days. Good again on day 2:
    // S = 10.964332 (see FsrsTest), due 11 days later, on day 13.
    Map<String, ReviewState> states = scheduler.states(List.of(
        at("a1", 0.8, "2026-11-01T10:00:00Z"), at("a1", 0.8, "2026-11-03T09:00:00Z")));
    ReviewState s = states.get("a1");
    assertEquals(10.964332, s.memory().stability(), 1e-6);
    assertEquals(LocalDate.parse("2026-11-14"), s.due());
    assertEquals(2, s.reviews());
    assertEquals(0, s.lapses());
    assertEquals(Rating.GOOD, s.lastRating());
  }

  @Test
  void followUpAnswersDoNotChangeTheQuestionsMemory() {
    Attempt main = at("a1", 0.8, "2026-11-01T10:00:00Z");
    Attempt followUp = at("a1", 0.1, "2026-11-01T10:05:00Z").withFollowUp("Why?");
    assertEquals(scheduler.states(List.of(main)), scheduler.states(List.of(main, followUp)));
  }

  @Test
  void lapsesAreCounted() {
    ReviewState s = scheduler.states(List.of(at("a1", 0.2, "2026-11-01T10:00:00Z"),
        at("a1", 0.9, "2026-11-02T10:00:00Z"), at("a1", 0.1, "2026-11-05T10:00:00Z"))).get("a1");
    assertEquals(3, s.reviews());
    assertEquals(2, s.lapses());
  }

  @Test
  void aQuestionAnsweredBadlyIsDueBeforeOneAnsweredWell() {
    // Again (0.2): S = 0.212, 1 day. Good (0.8): S = 2.3065, 2 days.
    List<Attempt> history = List.of(at("a1", 0.2, "2026-11-01T10:00:00Z"),
        at("b1", 0.8, "2026-11-01T10:01:00Z"));
    Map<String, ReviewState> states = scheduler.states(history);
    assertTrue(states.get("a1").due().isBefore(states.get("b1").due()));
    PlanRequest dueOnly = PlanRequest.of(5, 1, Instant.parse("2026-11-02T08:00:00Z"))
        .withMode(PlanRequest.Mode.DUE_ONLY);
    assertEquals(List.of("a1"), ids(scheduler.plan(BANK, history, dueOnly)));
  }

  @Test
  void aQuestionIsDueAllDayOnItsDueDay() {
    ReviewState s = scheduler.states(List.of(at("a1", 0.2, "2026-11-01T22:00:00Z"))).get("a1");
    assertTrue(scheduler.isDue(s, Instant.parse("2026-11-02T00:30:00Z")));
    assertTrue(!scheduler.isDue(s, Instant.parse("2026-11-01T23:59:00Z")));
  }

  @Test
  void daysAreCalendarDaysInTheSchedulersZone() {
    // 23:00 and 01:00 the next night are one calendar day apart in UTC, so the second review is
    // a recall after one day, not a same-day review; in UTC-5 both fall on the same day.
    List<Attempt> history = List.of(at("a1", 0.8, "2026-11-01T23:00:00Z"),
        at("a1", 0.8, "2026-11-02T01:00:00Z"));
    MemoryState first = Fsrs.defaults().initial(Rating.GOOD);
    assertEquals(Fsrs.defaults().next(first, 1, Rating.GOOD),
        scheduler.states(history).get("a1").memory());
    assertEquals(Fsrs.defaults().next(first, 0, Rating.GOOD),
        scheduler.withZone(ZoneId.of("-05:00")).states(history).get("a1").memory());
  }

  @Test
  void dueReviewsComeFirstTheLeastLikelyToBeRecalledFirst() {
    // Both due on day 3; c1 (again, S 0.212) is less likely recalled than b1 (hard, S 1.2931).
    List<Attempt> history = List.of(at("b1", 0.55, "2026-11-01T10:00:00Z"),
        at("c1", 0.1, "2026-11-01T10:00:00Z"));
    List<PlannedQuestion> plan = scheduler.plan(BANK, history,
        PlanRequest.of(2, 3, Instant.parse("2026-11-04T10:00:00Z")));
    assertEquals(List.of("c1", "b1"), ids(plan));
    assertEquals(List.of(PlannedQuestion.Reason.DUE, PlannedQuestion.Reason.DUE), reasons(plan));
    assertTrue(plan.get(0).state().isPresent());
  }

  @Test
  void weakTopicsComeNextWeakestFirstOneQuestionPerTopicInTurn() {
    // Same day: nothing is due. Topic B (0.3) is weaker than topic A (0.5); C is strong (0.95).
    List<Attempt> history = List.of(at("a1", 0.5, "2026-11-01T10:00:00Z"),
        at("b1", 0.3, "2026-11-01T10:00:00Z"), at("c1", 0.95, "2026-11-01T10:00:00Z"));
    List<PlannedQuestion> plan = scheduler.plan(BANK, history,
        PlanRequest.of(4, 3, Instant.parse("2026-11-01T12:00:00Z")));
    assertEquals(List.of(PlannedQuestion.Reason.WEAK_TOPIC, PlannedQuestion.Reason.WEAK_TOPIC,
        PlannedQuestion.Reason.WEAK_TOPIC, PlannedQuestion.Reason.WEAK_TOPIC), reasons(plan));
    List<String> ids = ids(plan);
    assertEquals("b2", ids.get(0));                        // B's unanswered question
    assertTrue(ids.get(1).equals("a2") || ids.get(1).equals("a3"), ids::toString);
    assertEquals("b1", ids.get(2));                        // B has no new question left
    assertTrue(ids.get(3).equals("a2") || ids.get(3).equals("a3"), ids::toString);
  }

  @Test
  void newQuestionsFollowThenAnsweredOnesAheadOfTime() {
    List<Attempt> history = List.of(at("c1", 0.95, "2026-11-01T10:00:00Z"));
    List<PlannedQuestion> plan = scheduler.plan(BANK, history,
        PlanRequest.of(7, 3, Instant.parse("2026-11-01T12:00:00Z")));
    assertEquals(7, plan.size());
    assertEquals(PlannedQuestion.Reason.AHEAD, plan.get(6).reason());
    assertEquals("c1", plan.get(6).question().id());
    assertTrue(plan.subList(0, 6).stream().allMatch(p -> p.reason() == PlannedQuestion.Reason.NEW));
  }

  @Test
  void newOnlyPlansOnlyUnansweredQuestionsAndDueOnlyOnlyDueOnes() {
    List<Attempt> history = List.of(at("a1", 0.1, "2026-11-01T10:00:00Z"));
    Instant later = Instant.parse("2026-11-05T10:00:00Z");
    List<PlannedQuestion> fresh = scheduler.plan(BANK, history,
        PlanRequest.of(10, 3, later).withMode(PlanRequest.Mode.NEW_ONLY));
    assertEquals(6, fresh.size());
    assertTrue(!ids(fresh).contains("a1"));
    assertEquals(List.of("a1"), ids(scheduler.plan(BANK, history,
        PlanRequest.of(10, 3, later).withMode(PlanRequest.Mode.DUE_ONLY))));
  }

  @Test
  void theQueryLimitsEveryKindOfQuestion() {
    List<Attempt> history = List.of(at("a1", 0.1, "2026-11-01T10:00:00Z"));
    QuestionQuery onlyB = QuestionQuery.topic("topic-b");
    List<PlannedQuestion> plan = scheduler.plan(BANK, history,
        PlanRequest.of(10, 3, Instant.parse("2026-11-05T10:00:00Z")).withQuery(onlyB));
    assertEquals(List.of("b1", "b2"), ids(plan).stream().sorted().toList());
  }

  @Test
  void attemptsAtQuestionsNotInTheBankAreIgnored() {
    List<Attempt> history = List.of(at("elsewhere", 0.1, "2026-11-01T10:00:00Z"));
    List<PlannedQuestion> plan = scheduler.plan(BANK, history,
        PlanRequest.of(3, 3, Instant.parse("2026-11-05T10:00:00Z")));
    assertEquals(List.of(PlannedQuestion.Reason.NEW, PlannedQuestion.Reason.NEW,
        PlannedQuestion.Reason.NEW), reasons(plan));
  }
}
