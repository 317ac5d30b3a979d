package io.github.interviewbank.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The calibration set for the bundled bank: realistic candidate answers, each scored 0-5 by a
 * strict interviewer and stored as score / 5, with a kind ({@code excellent}, {@code good},
 * {@code partial}, {@code weak}, {@code misconception}, {@code keywords}, {@code off-topic},
 * {@code non-answer}). It is the development set of the keyword grader; the notes on how scores
 * were decided ship beside it as {@code calibration-notes.md}.
 *
 * @since 1.0.0
 */
public final class CalibrationSet {
  private static final String RESOURCE = "calibration.jsonl";

  private CalibrationSet() {}

  /** Lazy holder: read once on first use. */
  private static final class Holder {
    static final List<LabelledAnswer> ANSWERS = load();
  }

  private static List<LabelledAnswer> load() {
    try (InputStream in = CalibrationSet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return LabelledAnswers.read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the labelled answers for the bundled bank, in file order; never {@code null},
   * unmodifiable}
   *
   * @since 1.0.0
   */
  public static List<LabelledAnswer> builtIn() {
    return Holder.ANSWERS;
  }
}
