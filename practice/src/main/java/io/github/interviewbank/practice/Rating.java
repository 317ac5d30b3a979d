package io.github.interviewbank.practice;

/**
 * FSRS's four ratings of a review, from forgotten to effortless. {@link RatingScale} derives one
 * from a grade's score.
 *
 * @since 1.0.0
 */
public enum Rating {
  /** Forgotten: the answer missed what matters (FSRS grade 1). */
  AGAIN(1),
  /** Recalled with serious difficulty (FSRS grade 2). */
  HARD(2),
  /** Recalled (FSRS grade 3). */
  GOOD(3),
  /** Recalled easily and completely (FSRS grade 4). */
  EASY(4);

  private final int grade;

  Rating(int grade) {
    this.grade = grade;
  }

  /**
   * {@return FSRS's number for this rating, 1 (again) to 4 (easy): the {@code G} of its formulas}
   *
   * @since 1.0.0
   */
  public int grade() {
    return grade;
  }

  /**
   * {@return the lower-case name used in JSON and on the command line, such as {@code good};
   * never {@code null}}
   *
   * @since 1.0.0
   */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
