package io.github.interviewbank.grading;

import io.github.interviewbank.core.KeyPoint;
import io.github.interviewbank.core.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of grading one answer.
 *
 * <p>Immutable and validated: the score is finite and within [0, 1], key point ids do not repeat,
 * texts are not blank.
 *
 * @param questionId the id of the graded question; never {@code null}
 * @param graderId the {@linkplain AnswerGrader#id() id} of the grader that produced this grade;
 *     never {@code null} or blank
 * @param score how good the answer is, from 0 (nothing of value) to 1 (complete and correct)
 * @param band the verdict for people; never {@code null}
 * @param keyPoints one result per key point the grader judged, in rubric order; never {@code
 *     null}, may be empty (for example when the question has no key points)
 * @param feedback a short explanation for the candidate, naming what was missed; never {@code
 *     null} or blank
 * @since 1.0.0
 */
public record Grade(
    String questionId,
    String graderId,
    double score,
    Band band,
    List<KeyPointResult> keyPoints,
    String feedback) {

  /**
   * The feedback of a grade for a blank answer.
   *
   * @since 1.0.0
   */
  public static final String NO_ANSWER_FEEDBACK = "No answer was given.";

  /**
   * How a grader says that it is unsure of a grade: the last part of the feedback starts with
   * this prefix and says why (little evidence for a long answer, heavy negation, a swapped role),
   * so that tools can show it apart and a person can check. See {@link #unsureNote()}.
   *
   * @since 1.0.0
   */
  public static final String UNSURE_PREFIX = "Unsure:";

  /**
   * Validates the components and copies the list.
   *
   * @param questionId the id of the graded question; never {@code null}
   * @param graderId the {@linkplain AnswerGrader#id() id} of the grader that produced this grade;
   *     never {@code null} or blank
   * @param score how good the answer is, from 0 (nothing of value) to 1 (complete and correct)
   * @param band the verdict for people; never {@code null}
   * @param keyPoints one result per key point the grader judged, in rubric order; never {@code
   *     null}, may be empty (for example when the question has no key points)
   * @param feedback a short explanation for the candidate, naming what was missed; never {@code
   *     null} or blank
   * @throws NullPointerException if a component or element is {@code null}
   * @throws IllegalArgumentException if the score is NaN or outside [0, 1], the grader id or
   *     feedback is blank, or a key point id repeats
   * @since 1.0.0
   */
  public Grade {
    Objects.requireNonNull(questionId, "questionId");
    checkGraderId(graderId);
    checkScore(score);
    Objects.requireNonNull(band, "band");
    keyPoints = Lists.copyOf(keyPoints, "keyPoints");
    // Rubrics are short: a quadratic check costs less than a set, and allocates nothing.
    for (int i = 1; i < keyPoints.size(); i++) {
      String id = keyPoints.get(i).keyPointId();
      for (int j = 0; j < i; j++) {
        if (keyPoints.get(j).keyPointId().equals(id)) {
          throw new IllegalArgumentException("duplicate key point result '" + id + "'");
        }
      }
    }
    Objects.requireNonNull(feedback, "feedback");
    if (feedback.isBlank()) {
      throw new IllegalArgumentException("feedback must not be blank");
    }
  }

  static String checkGraderId(String graderId) {
    Objects.requireNonNull(graderId, "graderId");
    if (graderId.isBlank()) {
      throw new IllegalArgumentException("graderId must not be blank");
    }
    return graderId;
  }

  static double checkScore(double score) {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be within [0, 1], was " + score);
    }
    return score;
  }

  /**
   * Returns the grade every grader gives a blank answer: score 0, {@link Band#MISSING}, every key
   * point missed, and the feedback {@value #NO_ANSWER_FEEDBACK}
   *
   * @param question the question; never {@code null}
   * @param graderId the grader's id; never {@code null} or blank
   * @return the grade, never {@code null}
   * @since 1.0.0
   */
  public static Grade noAnswer(Question question, String graderId) {
    Objects.requireNonNull(question, "question");
    List<KeyPointResult> missed = new ArrayList<>();
    for (KeyPoint k : question.keyPoints()) {
      missed.add(KeyPointResult.missed(k.id()));
    }
    return new Grade(question.id(), graderId, 0.0, Band.MISSING, missed, NO_ANSWER_FEEDBACK);
  }

  /**
   * {@return the ids of the covered key points, in rubric order; never {@code null}}
   *
   * @since 1.0.0
   */
  public List<String> coveredIds() {
    return keyPoints.stream().filter(r -> r.verdict() == Verdict.COVERED).map(KeyPointResult::keyPointId)
        .toList();
  }

  /**
   * {@return the ids of the key points not covered (missed or contradicted), in rubric order;
   * never {@code null}}
   *
   * @since 1.0.0
   */
  public List<String> missedIds() {
    return keyPoints.stream().filter(r -> r.verdict() != Verdict.COVERED)
        .map(KeyPointResult::keyPointId).toList();
  }

  /**
   * Finds the result for one key point.
   *
   * @param keyPointId the key point's id; never {@code null}
   * @return the result, or empty if this grade has none for that point
   * @since 1.0.0
   */
  public Optional<KeyPointResult> keyPoint(String keyPointId) {
    Objects.requireNonNull(keyPointId, "keyPointId");
    return keyPoints.stream().filter(r -> r.keyPointId().equals(keyPointId)).findFirst();
  }

  /**
   * {@return why the grader is unsure of this grade: the feedback from {@link #UNSURE_PREFIX} on,
   * without the prefix; empty when the grader did not say it is unsure}
   *
   * @since 1.0.0
   */
  public Optional<String> unsureNote() {
    int at = feedback.lastIndexOf(UNSURE_PREFIX);
    return at < 0 ? Optional.empty()
        : Optional.of(feedback.substring(at + UNSURE_PREFIX.length()).strip());
  }

  /**
   * {@return the feedback without the note of {@link #unsureNote()}, never {@code null}}
   *
   * @since 1.0.0
   */
  public String feedbackWithoutUnsureNote() {
    int at = feedback.lastIndexOf(UNSURE_PREFIX);
    return at < 0 ? feedback : feedback.substring(0, at).strip();
  }

  /**
   * {@return a copy of this grade attributed to another grader, never {@code null}}
   *
   * @param newGraderId the grader id; never {@code null} or blank
   * @since 1.0.0
   */
  public Grade withGraderId(String newGraderId) {
    return new Grade(questionId, newGraderId, score, band, keyPoints, feedback);
  }
}
