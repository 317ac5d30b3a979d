package io.github.interviewbank.core;

import io.github.interviewbank.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question an interviewer asks next to probe deeper, optionally aimed at key points of its
 * question, and optionally with a reference answer and a rubric of its own.
 *
 * <p>A follow-up without a reference answer is judged against the key points of its question
 * that it probes. One with a reference answer is a small question of its own: its answer is
 * graded against its {@code rubric} (or, when the rubric is empty, against its reference answer
 * alone), see {@link #asQuestion(Question)}.
 *
 * @param prompt the follow-up question; never {@code null} or blank
 * @param keyPointIds ids of the key points of the enclosing question that this follow-up probes;
 *     never {@code null}, may be empty, no repeats
 * @param referenceAnswer a model answer to this follow-up; never {@code null}, empty when the
 *     follow-up has none, never blank when present
 * @param rubric the follow-up's own key points, with ids unique within the follow-up; never
 *     {@code null}, may be empty, and not empty unless a reference answer is present
 * @since 1.0.0
 */
public record FollowUp(
    String prompt, List<String> keyPointIds, Optional<String> referenceAnswer,
    List<KeyPoint> rubric) {

  /**
   * Validates the components and copies the lists.
   *
   * @param prompt the follow-up question; never {@code null} or blank
   * @param keyPointIds ids of the key points of the enclosing question that this follow-up probes;
   *     never {@code null}, may be empty, no repeats
   * @param referenceAnswer a model answer to this follow-up; never {@code null}, empty when the
   *     follow-up has none, never blank when present
   * @param rubric the follow-up's own key points, with ids unique within the follow-up; never
   *     {@code null}, may be empty, and not empty unless a reference answer is present
   * @throws NullPointerException if a component or element is {@code null}
   * @throws IllegalArgumentException if the prompt or the reference answer is blank, longer than
   *     {@link QuestionBank#MAX_STRING_LENGTH} or not valid Unicode, an id is not kebab-case or
   *     repeats, or the rubric has points but there is no reference answer
   * @since 1.0.0
   */
  public FollowUp {
    Checks.notBlank(prompt, "follow-up prompt");
    keyPointIds = Checks.copy(keyPointIds, "keyPointIds");
    for (String id : keyPointIds) {
      Checks.kebabId(id, "follow-up key point id");
    }
    Checks.unique(keyPointIds, "follow-up key point id");
    Objects.requireNonNull(referenceAnswer, "referenceAnswer");
    if (referenceAnswer.isPresent()) {
      Checks.notBlank(referenceAnswer.get(), "follow-up referenceAnswer");
    }
    rubric = Checks.copy(rubric, "rubric");
    List<String> rubricIds = new ArrayList<>(rubric.size());
    for (KeyPoint point : rubric) {
      rubricIds.add(point.id());
    }
    Checks.unique(rubricIds, "follow-up rubric key point id");
    if (!rubric.isEmpty() && referenceAnswer.isEmpty()) {
      throw new IllegalArgumentException(
          "follow-up '" + prompt + "': a rubric needs a reference answer");
    }
  }

  /**
   * Creates a follow-up without a reference answer or rubric of its own.
   *
   * @param prompt the follow-up question; never {@code null} or blank
   * @param keyPointIds ids of key points of the enclosing question that it probes; never
   *     {@code null}
   * @throws IllegalArgumentException as the canonical constructor
   * @since 1.0.0
   */
  public FollowUp(String prompt, List<String> keyPointIds) {
    this(prompt, keyPointIds, Optional.empty(), List.of());
  }

  /**
   * Creates a follow-up that aims at no particular key point.
   *
   * @param prompt the question; never {@code null} or blank
   * @return the follow-up, never {@code null}
   * @since 1.0.0
   */
  public static FollowUp of(String prompt) {
    return new FollowUp(prompt, List.of());
  }

  /**
   * Creates a follow-up that probes the given key points.
   *
   * @param prompt the question; never {@code null} or blank
   * @param keyPointIds ids of key points of the enclosing question; never {@code null}
   * @return the follow-up, never {@code null}
   * @since 1.0.0
   */
  public static FollowUp probing(String prompt, String... keyPointIds) {
    return new FollowUp(prompt, List.of(keyPointIds));
  }

  /**
   * {@return a copy with the given reference answer and rubric of its own, never {@code null}}
   *
   * @param answer a model answer to this follow-up; never {@code null} or blank
   * @param points the follow-up's own key points, ids unique; never {@code null}, may be empty
   * @throws IllegalArgumentException if the answer is blank or a key point id repeats
   * @since 1.0.0
   */
  public FollowUp withReferenceAnswer(String answer, List<KeyPoint> points) {
    return new FollowUp(prompt, keyPointIds, Optional.of(answer), points);
  }

  /**
   * {@return the follow-up as a question of its own, when it has a reference answer; empty
   * otherwise}
   *
   * <p>The question has the enclosing question's id, difficulty and topics, this follow-up's
   * prompt and reference answer, and its rubric as key points, so any grader can grade an answer
   * to the follow-up as it grades an answer to a question.
   *
   * @param parent the question this follow-up belongs to; never {@code null}
   * @since 1.0.0
   */
  public Optional<Question> asQuestion(Question parent) {
    Objects.requireNonNull(parent, "parent");
    return referenceAnswer.map(answer -> Question.builder(parent.id()).prompt(prompt)
        .difficulty(parent.difficulty()).topics(parent.topics().toArray(Topic[]::new))
        .referenceAnswer(answer).keyPoints(rubric.toArray(KeyPoint[]::new)).build());
  }
}
