package io.github.interviewbank.grading;

/**
 * A coarse verdict on an answer, from {@link #MISSING} to {@link #STRONG}, for people: a score of
 * 0.74 says little to a candidate, "acceptable" says more. Graders choose the band, usually from
 * the score with {@link BandThresholds}.
 *
 * @since 1.0.0
 */
public enum Band {
  /** No answer, or nothing of what the question asks for. */
  MISSING,
  /** Fragments of the right idea; most of what matters is absent or wrong. */
  WEAK,
  /** The core is right; some important points are missing. */
  ACCEPTABLE,
  /** Complete and correct, or nearly so. */
  STRONG;

  /**
   * {@return a lower-case label for display and JSON, such as {@code "acceptable"}; never {@code
   * null}}
   *
   * @since 1.0.0
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
