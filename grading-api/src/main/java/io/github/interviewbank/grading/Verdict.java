package io.github.interviewbank.grading;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an answer did with one key point of the rubric.
 *
 * @since 1.0.0
 */
public enum Verdict {
  /** The answer showed the point. */
  COVERED,
  /** The answer did not show the point, and did not deny it. */
  MISSED,
  /** The answer asserted the opposite of the point. */
  CONTRADICTED;

  /**
   * {@return the lower-case name used in JSON and on the command line ({@code covered}, {@code
   * missed}, {@code contradicted}); never {@code null}}
   *
   * @since 1.0.0
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the verdict with this {@link #id()}, or empty when there is none; never {@code null}}
   *
   * @param id the lower-case name; never {@code null}
   * @since 1.0.0
   */
  public static Optional<Verdict> fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (Verdict v : values()) {
      if (v.id().equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
