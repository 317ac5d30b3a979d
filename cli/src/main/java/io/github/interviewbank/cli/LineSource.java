package io.github.interviewbank.cli;

import io.github.interviewbank.grading.GradingRequest;
import java.io.BufferedReader;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Where the lines of answers come from: a pipe or plain terminal, or JLine's line editor. */
interface LineSource extends AutoCloseable {
  /**
   * {@return the next line without its terminator, or {@code null} at the end of input}
   *
   * @throws Interrupted when the candidate pressed Ctrl-C
   */
  @Nullable String readLine() throws IOException;

  @Override
  default void close() {}

  /**
   * Lines from a reader, exactly as typed or piped, each within the answer limit: a line longer
   * than an answer may be ({@code yes | tr -d '\n'}) fails with {@link AnswerInput.TooLong}
   * before it fills the heap.
   */
  static LineSource of(BufferedReader in) {
    return () -> AnswerInput.line(in, GradingRequest.MAX_ANSWER_LENGTH);
  }

  /** Ctrl-C while reading a line. */
  final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Interrupted() {
      super("interrupted", null, false, false);
    }
  }
}
