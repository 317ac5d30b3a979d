package io.github.interviewbank.core;

import io.github.interviewbank.core.internal.Checks;
import java.util.List;

/**
 * Terms that mean the same thing to a grader, such as {@code ["jwt", "json web token"]}.
 *
 * <p>A bank may declare groups that extend a grader's built-in table. A term may hold several
 * words.
 *
 * @param terms two or more non-blank terms; never {@code null}
 * @since 1.0.0
 */
public record SynonymGroup(List<String> terms) {

  /**
   * Validates and copies the terms.
   *
   * @param terms two or more non-blank terms; never {@code null}
   * @throws NullPointerException if the list or an element is {@code null}
   * @throws IllegalArgumentException if there are fewer than two terms, or a term is blank,
   *     longer than {@link QuestionBank#MAX_STRING_LENGTH} or not valid Unicode
   * @since 1.0.0
   */
  public SynonymGroup {
    terms = Checks.nonBlankList(terms, "synonym terms");
    if (terms.size() < 2) {
      throw new IllegalArgumentException("a synonym group needs at least two terms, had " + terms);
    }
  }

  /**
   * Creates a group.
   *
   * @param terms two or more non-blank terms; never {@code null}
   * @return the group, never {@code null}
   * @since 1.0.0
   */
  public static SynonymGroup of(String... terms) {
    return new SynonymGroup(List.of(terms));
  }
}
