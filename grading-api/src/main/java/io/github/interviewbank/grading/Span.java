package io.github.interviewbank.grading;

import java.util.Objects;

/**
 * A range of characters of an answer, {@code [start, end)} in UTF-16 indices as {@link
 * String#substring(int, int)} takes them: evidence that a key point was covered or contradicted.
 *
 * @param start index of the first character, at least 0
 * @param end index after the last character, at least {@code start}
 * @since 1.0.0
 */
public record Span(int start, int end) {

  /**
   * Validates the bounds.
   *
   * @param start index of the first character, at least 0
   * @param end index after the last character, at least {@code start}
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   * @since 1.0.0
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /**
   * Creates a span.
   *
   * @param start index of the first character, at least 0
   * @param end index after the last character, at least {@code start}
   * @return the span, never {@code null}
   * @since 1.0.0
   */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /**
   * {@return the number of characters covered}
   *
   * @since 1.0.0
   */
  public int length() {
    return end - start;
  }

  /**
   * Returns the text this span covers in {@code answer}.
   *
   * @param answer the answer the span was found in; never {@code null}
   * @return the covered text, never {@code null}
   * @throws IndexOutOfBoundsException if the span does not fit in {@code answer}
   * @since 1.0.0
   */
  public String textIn(String answer) {
    Objects.requireNonNull(answer, "answer");
    return answer.substring(start, end);
  }
}
