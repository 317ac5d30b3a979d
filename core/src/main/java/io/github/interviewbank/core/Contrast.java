package io.github.interviewbank.core;

import io.github.interviewbank.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Named things a question compares, such as {@code ["optimistic", "pessimistic"]} or {@code
 * ["authentication|authn", "authorization|authz"]}: the roles of a comparison.
 *
 * <p>Each term is a {@linkplain MatchPattern pattern} of one sub-pattern (no {@code &} and no
 * {@code ~}), written in the phrasing syntax so that alternatives, prefixes and exact words work
 * as they do in phrasings. A grader may use the terms to check that a key point about one term is
 * said of that term and not of its counterpart: "optimistic locking takes a lock first" does not
 * show the point that pessimistic locking takes a lock first.
 *
 * @param terms two or more distinct terms; never {@code null}
 * @since 1.0.0
 */
public record Contrast(List<String> terms) {

  /**
   * Validates and copies the terms.
   *
   * @param terms two or more distinct terms; never {@code null}
   * @throws NullPointerException if the list or a term is {@code null}
   * @throws IllegalArgumentException if there are fewer than two terms, a term is blank, repeats
   *     another, is not a valid pattern, or uses {@code &} or {@code ~}
   * @since 1.0.0
   */
  public Contrast {
    terms = Checks.nonBlankList(terms, "contrast terms");
    if (terms.size() < 2) {
      throw new IllegalArgumentException("a contrast needs at least two terms, had " + terms);
    }
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      MatchPattern pattern;
      try {
        pattern = MatchPattern.parse(term);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("contrast term " + i + ": " + e.getMessage(), e);
      }
      if (pattern.sequences().size() != 1 || pattern.sequences().get(0).anyOrder()) {
        throw new IllegalArgumentException("contrast term " + i + " '" + term
            + "' must be one phrase, without '&' or '~'");
      }
      String key = term.strip().toLowerCase(Locale.ROOT);
      if (seen.contains(key)) {
        throw new IllegalArgumentException("contrast term '" + term + "' is listed twice");
      }
      seen.add(key);
    }
  }

  /**
   * Creates a contrast.
   *
   * @param terms two or more distinct terms; never {@code null}
   * @return the contrast, never {@code null}
   * @throws IllegalArgumentException if the terms are invalid (see {@link Contrast})
   * @since 1.0.0
   */
  public static Contrast of(String... terms) {
    return new Contrast(List.of(terms));
  }
}
