package io.github.interviewbank.grading.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import io.github.interviewbank.grading.Grade;
import io.github.interviewbank.grading.KeyPointResult;
import io.github.interviewbank.grading.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Opt-in contract for rubric graders: adding a sentence that covers one more key point, and
 * contradicts none, never lowers the score.
 *
 * <p>An answer is built from some sentences of the reference answer and key point texts; another
 * such sentence is appended. Whenever the longer answer covers every point the shorter one did
 * and at least one more, and contradicts no point the shorter one did not, its score must be at
 * least as high. (Sentences taken out of the reference answer can make a wrong claim where they
 * land: "It gives lower latency" after a sentence about strong consistency says it of strong
 * consistency, and a grader may rightly charge for that.) The property reports how often that
 * condition held, so a grader that never covers anything cannot pass vacuously unnoticed.
 *
 * @since 1.0.0
 */
public interface MonotonicGraderContract extends AnswerGraderContract {

  /**
   * A base answer and a sentence to append, for one question.
   *
   * @param question the question; never {@code null}
   * @param base the base answer; never {@code null}
   * @param extra the sentence appended; never {@code null}
   * @since 1.0.0
   */
  record Extension(Question question, String base, String extra) {}

  /**
   * {@return base answers and extra sentences drawn from each question's reference answer and key
   * point texts; never {@code null}}
   *
   * @since 1.0.0
   */
  @Provide
  default Arbitrary<Extension> extensions() {
    return Arbitraries.of(bank().questions()).filter(q -> !q.keyPoints().isEmpty()).flatMap(q -> {
      List<String> sentences = new ArrayList<>(List.of(q.referenceAnswer().split("(?<=[.!?])\\s+")));
      for (KeyPoint k : q.keyPoints()) {
        sentences.add(k.text());
      }
      Arbitrary<List<String>> base = Arbitraries.of(sentences).list().ofMaxSize(4).uniqueElements();
      return base.flatMap(chosen -> Arbitraries.of(sentences)
          .map(extra -> new Extension(q, String.join(" ", chosen), extra)));
    });
  }

  /**
   * Covering one more key point, contradicting none, never lowers the score.
   *
   * @param extension the answer and the appended sentence
   * @since 1.0.0
   */
  @Property(tries = 300)
  default void coveringOneMoreKeyPointNeverLowersTheScore(
      @ForAll("extensions") Extension extension) {
    Question q = extension.question();
    Grade before = gradeChecked(q, extension.base());
    String longer = extension.base().isEmpty() ? extension.extra()
        : extension.base() + " " + extension.extra();
    Grade after = gradeChecked(q, longer);
    Set<String> coveredBefore = new HashSet<>(before.coveredIds());
    Set<String> coveredAfter = new HashSet<>(after.coveredIds());
    boolean coversMore = coveredAfter.containsAll(coveredBefore)
        && coveredAfter.size() > coveredBefore.size()
        && contradicted(before).containsAll(contradicted(after));
    Statistics.label("appended sentence covers one more key point, contradicting none")
        .collect(coversMore);
    if (coversMore) {
      assertTrue(after.score() >= before.score(), () -> q.id() + ": covering "
          + coveredAfter + " instead of " + coveredBefore + " lowered the score from "
          + before.score() + " to " + after.score() + "\nbase: " + extension.base()
          + "\nextra: " + extension.extra());
    }
  }

  private static Set<String> contradicted(Grade grade) {
    Set<String> ids = new HashSet<>();
    for (KeyPointResult r : grade.keyPoints()) {
      if (r.verdict() == Verdict.CONTRADICTED) {
        ids.add(r.keyPointId());
      }
    }
    return ids;
  }
}
