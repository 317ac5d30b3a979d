package io.github.interviewbank.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A composable filter over questions, used by {@link QuestionBank#select(QuestionQuery)} and
 * {@link QuestionBank#sample(QuestionQuery, int, long)}.
 *
 * <pre>{@code
 * QuestionQuery query = QuestionQuery.topic("caching")
 *     .and(QuestionQuery.difficulty(Difficulty.INTERMEDIATE, Difficulty.ADVANCED))
 *     .and(QuestionQuery.text("redis").negate());
 * List<Question> questions = QuestionBank.builtIn().select(query);
 * }</pre>
 *
 * <p>Queries are functional interfaces: any lambda {@code question -> ...} is one. Those created
 * by the static factories are immutable and thread-safe.
 *
 * @since 1.0.0
 */
@FunctionalInterface
public interface QuestionQuery {

  /**
   * {@return whether the question passes this filter}
   *
   * @param question the question to test; never {@code null}
   * @since 1.0.0
   */
  boolean matches(Question question);

  /**
   * {@return a query that passes questions passing both this and {@code other}, never {@code
   * null}}
   *
   * @param other the other query; never {@code null}
   * @since 1.0.0
   */
  default QuestionQuery and(QuestionQuery other) {
    Objects.requireNonNull(other, "other");
    return q -> matches(q) && other.matches(q);
  }

  /**
   * {@return a query that passes questions passing this or {@code other}, never {@code null}}
   *
   * @param other the other query; never {@code null}
   * @since 1.0.0
   */
  default QuestionQuery or(QuestionQuery other) {
    Objects.requireNonNull(other, "other");
    return q -> matches(q) || other.matches(q);
  }

  /**
   * {@return a query that passes exactly the questions this one rejects, never {@code null}}
   *
   * @since 1.0.0
   */
  default QuestionQuery negate() {
    return q -> !matches(q);
  }

  /**
   * {@return a query that passes every question, never {@code null}}
   *
   * @since 1.0.0
   */
  static QuestionQuery all() {
    return q -> true;
  }

  /**
   * {@return a query passing questions of any of the given difficulties, never {@code null}}
   *
   * @param levels the accepted difficulties; never {@code null}; none accepts nothing
   * @since 1.0.0
   */
  static QuestionQuery difficulty(Difficulty... levels) {
    Set<Difficulty> accepted = EnumSet.noneOf(Difficulty.class);
    for (Difficulty level : levels) {
      accepted.add(Objects.requireNonNull(level, "level"));
    }
    return q -> accepted.contains(q.difficulty());
  }

  /**
   * {@return a query passing questions that belong to any of the given topics, never {@code
   * null}}
   *
   * @param topicIds the accepted topic ids; never {@code null}; none accepts nothing
   * @since 1.0.0
   */
  static QuestionQuery topic(String... topicIds) {
    List<String> accepted = List.of(topicIds);
    return q -> {
      for (String id : accepted) {
        if (q.hasTopic(id)) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * Returns a free-text query: every whitespace-separated term of {@code text} must occur, ignoring
   * case, in the question's id, prompt, reference answer, topic names or key point texts. A blank
   * text passes every question.
   *
   * @param text the terms; never {@code null}
   * @return the query, never {@code null}
   * @since 1.0.0
   */
  static QuestionQuery text(String text) {
    List<String> terms =
        List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+", -1)).stream()
            .filter(t -> !t.isEmpty())
            .toList();
    return q -> {
      String haystack = searchableText(q);
      for (String term : terms) {
        if (!haystack.contains(term)) {
          return false;
        }
      }
      return true;
    };
  }

  private static String searchableText(Question q) {
    StringBuilder sb = new StringBuilder(q.id()).append('\n');
    sb.append(q.prompt()).append('\n').append(q.referenceAnswer()).append('\n');
    for (Topic topic : q.topics()) {
      sb.append(topic.name()).append('\n');
    }
    for (KeyPoint point : q.keyPoints()) {
      sb.append(point.text()).append('\n');
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
