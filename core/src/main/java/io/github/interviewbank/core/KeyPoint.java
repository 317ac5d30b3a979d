package io.github.interviewbank.core;

import io.github.interviewbank.core.internal.Checks;
import java.util.List;

/**
 * One point of a question's rubric: something a good answer says.
 *
 * <p>{@code phrasings} are {@linkplain MatchPattern patterns} for the ways a candidate might
 * express the point; {@code contradictions} are patterns for the opposite claim, a confident
 * misconception. Both are validated as patterns on construction.
 *
 * @param id kebab-case id, unique within its question; never {@code null}
 * @param text what the point is, in plain words, shown as feedback; never {@code null} or blank
 * @param weight relative importance, finite and greater than 0
 * @param required whether an answer missing this point cannot score well
 * @param phrasings patterns that show the point; never {@code null}, may be empty (graders then
 *     match {@code text})
 * @param contradictions patterns that state the opposite; never {@code null}, may be empty
 * @since 1.0.0
 */
public record KeyPoint(
    String id,
    String text,
    double weight,
    boolean required,
    List<String> phrasings,
    List<String> contradictions) {

  /**
   * Validates the components and copies the lists.
   *
   * @param id kebab-case id, unique within its question; never {@code null}
   * @param text what the point is, in plain words, shown as feedback; never {@code null} or blank
   * @param weight relative importance, finite and greater than 0
   * @param required whether an answer missing this point cannot score well
   * @param phrasings patterns that show the point; never {@code null}, may be empty (graders then
   *     match {@code text})
   * @param contradictions patterns that state the opposite; never {@code null}, may be empty
   * @throws NullPointerException if a component or list element is {@code null}
   * @throws IllegalArgumentException if the id is not kebab-case, the text is blank, longer than
   *     {@link QuestionBank#MAX_STRING_LENGTH} or not valid Unicode, the weight is not finite and
   *     positive, or a pattern is invalid
   * @since 1.0.0
   */
  public KeyPoint {
    Checks.kebabId(id, "key point id");
    Checks.notBlank(text, "key point text");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          "key point '" + id + "': weight must be finite and greater than 0, was " + weight);
    }
    phrasings = patterns(phrasings, id, "phrasings");
    contradictions = patterns(contradictions, id, "contradictions");
  }

  private static List<String> patterns(List<String> patterns, String id, String what) {
    List<String> copy = Checks.nonBlankList(patterns, what);
    for (int i = 0; i < copy.size(); i++) {
      if (MatchPattern.isValid(copy.get(i))) {
        continue;
      }
      try {
        MatchPattern.parse(copy.get(i));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "key point '" + id + "': " + what + "[" + i + "]: " + e.getMessage(), e);
      }
    }
    return copy;
  }

  /**
   * Creates a key point of weight 1, not required, without patterns.
   *
   * @param id kebab-case id; never {@code null}
   * @param text what the point is; never {@code null} or blank
   * @return the key point, never {@code null}
   * @since 1.0.0
   */
  public static KeyPoint of(String id, String text) {
    return new KeyPoint(id, text, 1.0, false, List.of(), List.of());
  }

  /**
   * {@return a copy with the given weight, never {@code null}}
   *
   * @param newWeight finite and greater than 0
   * @since 1.0.0
   */
  public KeyPoint withWeight(double newWeight) {
    return new KeyPoint(id, text, newWeight, required, phrasings, contradictions);
  }

  /**
   * {@return a copy with the given required flag, never {@code null}}
   *
   * @param isRequired whether the point is required
   * @since 1.0.0
   */
  public KeyPoint withRequired(boolean isRequired) {
    return new KeyPoint(id, text, weight, isRequired, phrasings, contradictions);
  }

  /**
   * {@return a copy with the given phrasings, never {@code null}}
   *
   * @param patterns valid patterns; never {@code null}
   * @since 1.0.0
   */
  public KeyPoint withPhrasings(List<String> patterns) {
    return new KeyPoint(id, text, weight, required, patterns, contradictions);
  }

  /**
   * {@return a copy with the given contradictions, never {@code null}}
   *
   * @param patterns valid patterns; never {@code null}
   * @since 1.0.0
   */
  public KeyPoint withContradictions(List<String> patterns) {
    return new KeyPoint(id, text, weight, required, phrasings, patterns);
  }

  /**
   * {@return the phrasings parsed, in order; never {@code null}}
   *
   * @since 1.0.0
   */
  public List<MatchPattern> phrasingPatterns() {
    return phrasings.stream().map(MatchPattern::parse).toList();
  }

  /**
   * {@return the contradictions parsed, in order; never {@code null}}
   *
   * @since 1.0.0
   */
  public List<MatchPattern> contradictionPatterns() {
    return contradictions.stream().map(MatchPattern::parse).toList();
  }

  @Override
  public String toString() {
    return "KeyPoint[" + id + ", weight " + weight + (required ? ", required" : "") + "]";
  }
}
