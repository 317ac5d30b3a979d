package io.github.interviewbank.grading.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.core.Topic;
import io.github.interviewbank.grading.AnswerGrader;
import io.github.interviewbank.grading.Band;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.GradingRequest;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The contract every {@link AnswerGrader} should pass, as a jqwik test interface: implement it in
 * a test class and return your grader from {@link #grader()}.
 *
 * <pre>{@code
 * class MyGraderProperties implements AnswerGraderContract {
 *   private final AnswerGrader grader = new MyGrader();
 *
 *   @Override
 *   public AnswerGrader grader() {
 *     return grader;
 *   }
 * }
 * }</pre>
 *
 * <p>It checks what holds for every grader: scores stay within [0, 1] and grades describe the
 * request, whatever Unicode the answer holds (emoji, combining marks, right-to-left text, control
 * characters, a 1 MB answer); a blank answer gets {@link Grade#noAnswer}; the question's own
 * reference answer scores at least as high as an empty or an off-topic answer; grading from many
 * threads at once never fails. Properties that hold only for some graders are opt-in: implement
 * {@link DeterministicGraderContract} and {@link MonotonicGraderContract} as well.
 *
 * <p>The properties draw questions from {@link #bank()}, the bundled bank unless overridden.
 *
 * @since 1.0.0
 */
public interface AnswerGraderContract {

  /**
   * {@return the grader under test; never {@code null}. Called for every try, so return a shared
   * instance rather than building one each time.}
   *
   * @since 1.0.0
   */
  AnswerGrader grader();

  /**
   * {@return the bank questions are drawn from; never {@code null}}
   *
   * <p>The default implementation returns {@link QuestionBank#builtIn()}.
   *
   * @since 1.0.0
   */
  default QuestionBank bank() {
    return QuestionBank.builtIn();
  }

  /**
   * {@return the questions of {@link #bank()}; never {@code null}}
   *
   * @since 1.0.0
   */
  @Provide
  default Arbitrary<Question> questions() {
    return Arbitraries.of(bank().questions());
  }

  /**
   * {@return hostile answers: text from every Unicode plane, emoji, combining marks,
   * right-to-left scripts, control characters, lone surrogates and technical symbols, mixed with
   * words of the bank; never {@code null}}
   *
   * @since 1.0.0
   */
  @Provide
  default Arbitrary<String> unicodeAnswers() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
    Arbitrary<String> pieces =
        Arbitraries.of(
            "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDCBB", "e\u0301", "\u0627\u0644\u0633\u0644\u0627\u0645",
            "\u05E9\u05DC\u05D5\u05DD", "\u202E", "\u0000", "\u0007", "\r\n", "\t", "\uFEFF", "\uD800",
            "\uDFFF", "\u00A0", "\u3000", "\uFFFD", "n+1", "HTTP/2", "O(log n)", "2PC", "3NF", "'",
            "isn't", "-", "...", "/", "(", ")", "cache", "index", "not", "stateless", "REST",
            "\u0130stanbul", "stra\u00DFe", "\uFB01le", "\u1E9E", "\u03A3\u03C3\u03C2");
    Arbitrary<String> mixed =
        pieces.list().ofMaxSize(60).map(parts -> String.join(" ", parts));
    return Arbitraries.oneOf(anyChars, mixed, Combinators.combine(mixed, anyChars).as(String::concat));
  }

  /**
   * {@return answers made only of white space; never {@code null}}
   *
   * @since 1.0.0
   */
  @Provide
  default Arbitrary<String> blankAnswers() {
    return Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\u000B', '\f', '\u2003', '\u3000')
        .ofMaxLength(20);
  }

  /**
   * {@return pairs of a question and a question sharing none of its topics, whose reference
   * answer is off-topic for the first; never {@code null}}
   *
   * @since 1.0.0
   */
  @Provide
  default Arbitrary<Tuple2<Question, Question>> offTopicPairs() {
    List<Tuple2<Question, Question>> pairs = new ArrayList<>();
    List<Question> all = bank().questions();
    for (Question q : all) {
      Set<String> topics = q.topics().stream().map(Topic::id).collect(Collectors.toSet());
      for (Question other : all) {
        if (!other.id().equals(q.id()) && other.topics().stream().noneMatch(t -> topics.contains(t.id()))) {
          pairs.add(Tuple.of(q, other));
        }
      }
    }
    return Arbitraries.of(pairs);
  }

  /**
   * Grades through {@link #grader()} with {@link #bank()} as context; the contract's properties
   * all grade through here.
   *
   * @param question the question; never {@code null}
   * @param answer the answer; never {@code null}
   * @return the grade, checked to describe the request; never {@code null}
   * @since 1.0.0
   */
  default Grade gradeChecked(Question question, String answer) {
    GradingRequest request = GradingRequest.builder(question, answer).bank(bank()).build();
    Grade grade = grader().grade(request);
    assertTrue(grade != null, "grade() returned null");
    assertTrue(grade.score() >= 0 && grade.score() <= 1, () -> "score out of range: " + grade);
    assertEquals(question.id(), grade.questionId(), "the grade names the graded question");
    assertTrue(!grade.graderId().isBlank(), "the grade names its grader");
    Set<String> pointIds =
        question.keyPoints().stream().map(KeyPoint::id).collect(Collectors.toSet());
    for (KeyPointResult r : grade.keyPoints()) {
      assertTrue(pointIds.contains(r.keyPointId()),
          () -> "result for unknown key point " + r.keyPointId() + " of " + question.id());
      for (Span span : r.evidence()) {
        assertTrue(span.end() <= answer.length(),
            () -> "evidence " + span + " lies outside the answer of length " + answer.length());
      }
    }
    return grade;
  }

  /**
   * Scores stay within [0, 1] and grades describe the request, for any text.
   *
   * @param question a question of the bank
   * @param answer hostile Unicode
   * @since 1.0.0
   */
  @Property(tries = 200)
  default void anyUnicodeAnswerGetsAValidGrade(
      @ForAll("questions") Question question, @ForAll("unicodeAnswers") String answer) {
    gradeChecked(question, answer);
  }

  /**
   * A one-megabyte answer, the longest a request accepts ({@value
   * GradingRequest#MAX_ANSWER_LENGTH} characters), is graded without an exception.
   *
   * @since 1.0.0
   */
  @Example
  default void aOneMegabyteAnswerIsGraded() {
    Question q = bank().questions().get(0);
    int limit = GradingRequest.MAX_ANSWER_LENGTH;
    StringBuilder sb = new StringBuilder(limit + 64);
    String[] fillers = {q.referenceAnswer(), " \uD83D\uDE00 e\u0301 \u05E9\u05DC\u05D5\u05DD ",
        "not stateless, isn't it? ", "\u0000\u0007\t\r\n"};
    for (int i = 0; sb.length() < limit; i++) {
      sb.append(fillers[i % fillers.length]);
    }
    gradeChecked(q, sb.substring(0, limit));
  }

  /**
   * A blank answer gets {@link Grade#noAnswer}: score 0, {@link Band#MISSING}, nothing covered and
   * the feedback {@value Grade#NO_ANSWER_FEEDBACK}
   *
   * @param question a question of the bank
   * @param blank white space only
   * @since 1.0.0
   */
  @Property(tries = 50)
  default void blankAnswersScoreZeroSayingNoAnswerWasGiven(
      @ForAll("questions") Question question, @ForAll("blankAnswers") String blank) {
    Grade g = gradeChecked(question, blank);
    assertEquals(0.0, g.score(), "score of a blank answer");
    assertEquals(Band.MISSING, g.band(), "band of a blank answer");
    assertEquals(List.of(), g.coveredIds(), "key points covered by a blank answer");
    assertEquals(Grade.NO_ANSWER_FEEDBACK, g.feedback(), "feedback for a blank answer");
  }

  /**
   * A question's reference answer scores at least as high as an empty answer and as another
   * question's reference answer on unrelated topics.
   *
   * @param pair a question and an off-topic question
   * @since 1.0.0
   */
  @Property(tries = 100)
  default void theReferenceAnswerBeatsEmptyAndOffTopicAnswers(
      @ForAll("offTopicPairs") Tuple2<Question, Question> pair) {
    Question q = pair.get1();
    double reference = gradeChecked(q, q.referenceAnswer()).score();
    double empty = gradeChecked(q, "").score();
    double offTopic = gradeChecked(q, pair.get2().referenceAnswer()).score();
    assertTrue(reference >= empty, () -> q.id() + ": reference " + reference + " < empty " + empty);
    assertTrue(reference >= offTopic, () -> q.id() + ": reference " + reference
        + " < off-topic answer of " + pair.get2().id() + " " + offTopic);
  }

  /**
   * Many threads grading at once never fail.
   *
   * @throws Exception if the pool fails
   * @since 1.0.0
   */
  @Example
  default void gradingFromManyThreadsAtOnceNeverFails() throws Exception {
    List<Question> questions = bank().questions();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Grade>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (Question q : questions) {
          futures.add(pool.submit(() -> gradeChecked(q, q.referenceAnswer())));
          futures.add(pool.submit(() -> gradeChecked(q, "I am not sure, maybe caching?")));
        }
      }
      for (Future<Grade> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
