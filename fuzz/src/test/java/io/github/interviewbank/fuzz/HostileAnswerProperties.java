package io.github.interviewbank.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Span;
import io.github.interviewbank.grading.keyword.KeywordGrader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile answers to the keyword grader: random Unicode with lone surrogates and control
 * characters, texts up to and past the length limit, one word of a million characters, a key
 * phrase stuffed ten thousand times. Every answer within the limit grades to a finite score in
 * [0, 1] with evidence inside the answer; every answer past it is refused with the documented
 * message; sixteen threads grade exactly as one. Tries come from {@code jqwik.tries.default}: a
 * hundred in the build, a million in {@code fuzz/run.sh}.
 */
class HostileAnswerProperties {
  private static final QuestionBank BANK = QuestionBank.builtIn();
  private static final KeywordGrader GRADER = KeywordGrader.create();
  private static final int LIMIT = GradingRequest.MAX_ANSWER_LENGTH;

  @Provide
  Arbitrary<Question> questions() {
    return Arbitraries.of(BANK.questions());
  }

  /** Any UTF-16 code unit, lone surrogates and controls included. */
  private static Arbitrary<String> anyChars(int max) {
    return Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(max);
  }

  @Provide
  Arbitrary<String> answers() {
    Arbitrary<String> phrase = Arbitraries.of(BANK.questions()).map(q -> q.keyPoints().isEmpty()
        ? q.referenceAnswer() : q.keyPoints().get(0).text());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(40, anyChars(2_000)),
        net.jqwik.api.Tuple.of(20, Arbitraries.strings()
            .withChars("\u0000\u0007\t\r\n\u2028\u202e\ud800\udc00\ufeff .?!;:-not ")
            .ofMaxLength(500)),
        net.jqwik.api.Tuple.of(20, Combinators.combine(phrase, Arbitraries.integers()
            .between(1, 10_000)).as((p, n) -> (p + " ").repeat(Math.min(n, LIMIT / (p.length()
            + 1))))),
        net.jqwik.api.Tuple.of(5, Arbitraries.of('a', 'x', '\u00e9', '1')
            .map(c -> String.valueOf(c).repeat(LIMIT))),
        net.jqwik.api.Tuple.of(5, Combinators.combine(anyChars(50), Arbitraries.integers()
            .between(1, LIMIT)).as((s, n) -> s.isEmpty() ? "" : s.repeat(n / s.length() + 1)
            .substring(0, n))),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(LIMIT + 1, 10 * LIMIT)
            .map(n -> "consistency ".repeat(n / 12 + 1))));
  }

  private static Grade grade(Question q, String answer) {
    return GRADER.grade(GradingRequest.builder(q, answer).bank(BANK).build());
  }

  @Property
  void everyAnswerGradesWithinRangeOrIsRefusedOverTheLimit(
      @ForAll("questions") Question q, @ForAll("answers") String answer) {
    if (answer.length() > LIMIT) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> grade(q, answer));
      assertEquals(String.format(Locale.ROOT,
          "the answer to '%s' is %,d characters long; the limit is %,d", q.id(), answer.length(),
          LIMIT), e.getMessage());
      return;
    }
    Grade g = grade(q, answer);
    assertTrue(g.score() >= 0 && g.score() <= 1 && !Double.isNaN(g.score()), g::toString);
    assertEquals(q.id(), g.questionId());
    for (KeyPointResult r : g.keyPoints()) {
      for (Span s : r.evidence()) {
        assertTrue(s.end() <= answer.length(), r::toString);
      }
    }
    if (!q.keyPoints().isEmpty()) {
      assertEquals(q.keyPoints().stream().map(KeyPoint::id).toList(),
          g.keyPoints().stream().map(KeyPointResult::keyPointId).toList());
    }
  }

  /** Answers mixing every hostile kind, for the agreement check. */
  private static List<String> mixedAnswers() {
    List<String> answers = new ArrayList<>();
    for (Question q : BANK.questions()) {
      answers.add(q.referenceAnswer());
      answers.add(q.referenceAnswer().replace(' ', '\ud800'));
      answers.add("not " + q.referenceAnswer().toUpperCase(Locale.ROOT));
      answers.add((q.prompt() + " ").repeat(200));
    }
    return answers;
  }

  @Example
  void sixteenThreadsGradeExactlyAsOne() throws Exception {
    List<Question> qs = BANK.questions();
    List<String> answers = mixedAnswers();
    List<Grade> alone = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      alone.add(grade(qs.get(i % qs.size()), answers.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (int round = 0; round < 4; round++) {
        List<Future<Grade>> together = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
          int at = (i * 7 + round) % answers.size();
          together.add(pool.submit(() -> grade(qs.get(at % qs.size()), answers.get(at))));
        }
        for (int i = 0; i < answers.size(); i++) {
          int at = (i * 7 + round) % answers.size();
          assertEquals(alone.get(at), together.get(i).get(), "answer " + at);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
