package io.github.interviewbank.grading.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.Grade;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Opt-in contract for graders that declare themselves {@linkplain
 * io.github.interviewbank.grading.AnswerGrader#isDeterministic() deterministic}: the same request
 * always gets an equal grade, and many threads grading at once get exactly the grades one thread
 * gets.
 *
 * @since 1.0.0
 */
public interface DeterministicGraderContract extends AnswerGraderContract {

  /**
   * The grader declares itself deterministic.
   *
   * @since 1.0.0
   */
  @Example
  default void declaresItselfDeterministic() {
    assertTrue(grader().isDeterministic(), "isDeterministic() returns false");
  }

  /**
   * Grading the same request twice gives equal grades.
   *
   * @param question a question of the bank
   * @param answer hostile Unicode
   * @since 1.0.0
   */
  @Property(tries = 100)
  default void theSameRequestGetsAnEqualGrade(
      @ForAll("questions") Question question, @ForAll("unicodeAnswers") String answer) {
    assertEquals(gradeChecked(question, answer), gradeChecked(question, answer));
    assertEquals(gradeChecked(question, question.referenceAnswer()),
        gradeChecked(question, question.referenceAnswer()));
  }

  /**
   * Eight threads grading every question's reference answer and two variants, in shuffled order,
   * get exactly the grades one thread gets.
   *
   * @throws Exception if the pool fails
   * @since 1.0.0
   */
  @Example
  default void manyThreadsGetTheGradesOneThreadGets() throws Exception {
    List<Question> questions = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    for (Question q : bank().questions()) {
      String ref = q.referenceAnswer();
      for (String a : List.of(ref, ref.substring(0, ref.length() / 2),
          "Honestly it is not " + ref.toLowerCase(java.util.Locale.ROOT))) {
        questions.add(q);
        answers.add(a);
      }
    }
    List<Grade> expected = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      expected.add(gradeChecked(questions.get(i), answers.get(i)));
    }
    List<Integer> order = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < questions.size(); i++) {
        order.add(i);
      }
    }
    Collections.shuffle(order, new Random(42));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Grade>> futures = new ArrayList<>();
      for (int i : order) {
        futures.add(pool.submit(() -> gradeChecked(questions.get(i), answers.get(i))));
      }
      for (int k = 0; k < order.size(); k++) {
        assertEquals(expected.get(order.get(k)), futures.get(k).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
