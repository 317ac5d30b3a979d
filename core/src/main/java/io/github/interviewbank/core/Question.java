package io.github.interviewbank.core;

import io.github.interviewbank.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An interview question with its reference answer, rubric and follow-ups.
 *
 * <p>Immutable and thread-safe; lists are unmodifiable copies. Two questions are equal when all
 * components are equal. Create one with the canonical constructor or {@link #builder(String)}.
 *
 * @param id stable kebab-case id, unique in its bank; never {@code null}
 * @param prompt the question as an interviewer asks it; never {@code null} or blank
 * @param difficulty how demanding the question is; never {@code null}
 * @param topics the topics it belongs to, without repeated ids; never {@code null}, may be empty
 * @param referenceAnswer a model answer; never {@code null} or blank
 * @param keyPoints the rubric, with unique ids; never {@code null}, may be empty
 * @param followUps deeper questions, whose key point ids name points of this question; never
 *     {@code null}, may be empty
 * @param contrasts the named things the question compares, whose roles graders may check;
 *     never {@code null}, may be empty
 * @since 1.0.0
 */
public record Question(
    String id,
    String prompt,
    Difficulty difficulty,
    List<Topic> topics,
    String referenceAnswer,
    List<KeyPoint> keyPoints,
    List<FollowUp> followUps,
    List<Contrast> contrasts) {

  /**
   * The most topics a question belongs to.
   *
   * @since 1.0.0
   */
  public static final int MAX_TOPICS = 100;

  /**
   * The most key points a question's rubric holds.
   *
   * @since 1.0.0
   */
  public static final int MAX_KEY_POINTS = 1_000;

  /**
   * Validates the components and copies the lists.
   *
   * @param id stable kebab-case id, unique in its bank; never {@code null}
   * @param prompt the question as an interviewer asks it; never {@code null} or blank
   * @param difficulty how demanding the question is; never {@code null}
   * @param topics the topics it belongs to, without repeated ids; never {@code null}, may be empty
   * @param referenceAnswer a model answer; never {@code null} or blank
   * @param keyPoints the rubric, with unique ids; never {@code null}, may be empty
   * @param followUps deeper questions, whose key point ids name points of this question; never
   *     {@code null}, may be empty
   * @param contrasts the named things the question compares, whose roles graders may check;
   *     never {@code null}, may be empty
   * @throws NullPointerException if a component or list element is {@code null}
   * @throws IllegalArgumentException if the id is not kebab-case, a text is blank, longer than
   *     {@link QuestionBank#MAX_STRING_LENGTH} or not valid Unicode, a topic or key point id
   *     repeats, there are more than {@link #MAX_TOPICS} topics or {@link #MAX_KEY_POINTS} key
   *     points, or a follow-up names a key point this question does not have
   * @since 1.0.0
   */
  public Question {
    Checks.kebabId(id, "question id");
    Checks.notBlank(prompt, "prompt");
    Objects.requireNonNull(difficulty, "difficulty");
    topics = Checks.copy(topics, "topics");
    Checks.notBlank(referenceAnswer, "referenceAnswer");
    keyPoints = Checks.copy(keyPoints, "keyPoints");
    followUps = Checks.copy(followUps, "followUps");
    contrasts = Checks.copy(contrasts, "contrasts");
    if (topics.size() > MAX_TOPICS) {
      throw new IllegalArgumentException(
          "question '" + id + "': a question has at most " + MAX_TOPICS + " topics, was given "
              + topics.size());
    }
    if (keyPoints.size() > MAX_KEY_POINTS) {
      throw new IllegalArgumentException(
          "question '" + id + "': a question has at most " + MAX_KEY_POINTS
              + " key points, was given " + keyPoints.size());
    }
    List<String> topicIds = new ArrayList<>(topics.size());
    for (Topic topic : topics) {
      topicIds.add(topic.id());
    }
    Checks.unique(topicIds, "topic id");
    Set<String> pointIds = new HashSet<>();
    for (KeyPoint point : keyPoints) {
      if (!pointIds.add(point.id())) {
        throw new IllegalArgumentException(
            "question '" + id + "': duplicate key point id '" + point.id() + "'");
      }
    }
    for (FollowUp followUp : followUps) {
      for (String target : followUp.keyPointIds()) {
        if (!pointIds.contains(target)) {
          throw new IllegalArgumentException(
              "question '" + id + "': follow-up names unknown key point '" + target + "'");
        }
      }
    }
  }

  /**
   * Creates a question that declares no contrasts.
   *
   * @param id stable kebab-case id; never {@code null}
   * @param prompt the question; never {@code null} or blank
   * @param difficulty how demanding it is; never {@code null}
   * @param topics its topics; never {@code null}
   * @param referenceAnswer a model answer; never {@code null} or blank
   * @param keyPoints the rubric; never {@code null}
   * @param followUps deeper questions; never {@code null}
   * @throws NullPointerException if a component or list element is {@code null}
   * @throws IllegalArgumentException if a component is invalid (see the canonical constructor)
   * @since 1.0.0
   */
  public Question(String id, String prompt, Difficulty difficulty, List<Topic> topics,
      String referenceAnswer, List<KeyPoint> keyPoints, List<FollowUp> followUps) {
    this(id, prompt, difficulty, topics, referenceAnswer, keyPoints, followUps, List.of());
  }

  /**
   * Finds a key point of this question by id.
   *
   * @param keyPointId the id; never {@code null}
   * @return the key point, or empty if this question has none with that id
   * @since 1.0.0
   */
  public Optional<KeyPoint> keyPoint(String keyPointId) {
    Objects.requireNonNull(keyPointId, "keyPointId");
    for (KeyPoint point : keyPoints) {
      if (point.id().equals(keyPointId)) {
        return Optional.of(point);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether this question belongs to the topic with the given id}
   *
   * @param topicId a topic id; never {@code null}
   * @since 1.0.0
   */
  public boolean hasTopic(String topicId) {
    Objects.requireNonNull(topicId, "topicId");
    for (Topic topic : topics) {
      if (topic.id().equals(topicId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the sum of the key points' weights, 0 when there are none}
   *
   * @since 1.0.0
   */
  public double totalWeight() {
    double total = 0;
    for (KeyPoint point : keyPoints) {
      total += point.weight();
    }
    return total;
  }

  @Override
  public String toString() {
    return "Question[" + id + ", " + difficulty.id() + "]";
  }

  /**
   * Starts building a question with the given id.
   *
   * @param id stable kebab-case id; never {@code null}
   * @return a new builder, never {@code null}
   * @since 1.0.0
   */
  public static Builder builder(String id) {
    return new Builder(Objects.requireNonNull(id, "id"));
  }

  /**
   * {@return a builder initialised with this question's components, never {@code null}}
   *
   * @since 1.0.0
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.prompt = prompt;
    b.difficulty = difficulty;
    b.topics.addAll(topics);
    b.referenceAnswer = referenceAnswer;
    b.keyPoints.addAll(keyPoints);
    b.followUps.addAll(followUps);
    b.contrasts.addAll(contrasts);
    return b;
  }

  /**
   * Builds a {@link Question}. Not thread-safe; validation happens in {@link #build()}.
   *
   * @since 1.0.0
   */
  public static final class Builder {
    private final String id;
    private String prompt = "";
    private Difficulty difficulty = Difficulty.BEGINNER;
    private final List<Topic> topics = new ArrayList<>();
    private String referenceAnswer = "";
    private final List<KeyPoint> keyPoints = new ArrayList<>();
    private final List<FollowUp> followUps = new ArrayList<>();
    private final List<Contrast> contrasts = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets the prompt.
     *
     * @param text the question; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder prompt(String text) {
      this.prompt = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Sets the difficulty ({@link Difficulty#BEGINNER} unless set).
     *
     * @param level the difficulty; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder difficulty(Difficulty level) {
      this.difficulty = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Adds topics.
     *
     * @param more topics to add, in order; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder topics(Topic... more) {
      topics.addAll(List.of(more));
      return this;
    }

    /**
     * Sets the reference answer.
     *
     * @param text the model answer; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder referenceAnswer(String text) {
      this.referenceAnswer = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Adds key points.
     *
     * @param more key points to add, in order; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder keyPoints(KeyPoint... more) {
      keyPoints.addAll(List.of(more));
      return this;
    }

    /**
     * Adds follow-ups.
     *
     * @param more follow-ups to add, in order; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder followUps(FollowUp... more) {
      followUps.addAll(List.of(more));
      return this;
    }

    /**
     * Adds contrasts: the named things the question compares.
     *
     * @param more contrasts to add, in order; never {@code null}
     * @return this builder
     * @since 1.0.0
     */
    public Builder contrasts(Contrast... more) {
      contrasts.addAll(List.of(more));
      return this;
    }

    /**
     * {@return the question, never {@code null}}
     *
     * @throws IllegalArgumentException if a component is invalid (see {@link Question})
     * @since 1.0.0
     */
    public Question build() {
      return new Question(id, prompt, difficulty, topics, referenceAnswer, keyPoints, followUps,
          contrasts);
    }
  }
}
