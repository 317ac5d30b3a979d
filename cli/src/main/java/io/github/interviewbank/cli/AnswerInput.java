package io.github.interviewbank.cli;

import io.github.interviewbank.grading.GradingRequest;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads answers from a file or standard input without ever holding more than the answer limit
 * ({@link GradingRequest#MAX_ANSWER_LENGTH} characters): endless input ({@code yes |}) stops at
 * the limit with a clear error instead of filling the heap.
 */
final class AnswerInput {
  private AnswerInput() {}

  /** Thrown when the input holds more than the limit; the rest of it is left unread. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super(String.format(Locale.ROOT, "the answer is longer than the limit of %,d characters",
          GradingRequest.MAX_ANSWER_LENGTH));
    }
  }

  /** The whole of {@code in} as one answer. */
  static String all(Reader in) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = in.read(buffer, 0, buffer.length)) > 0) {
      if (sb.length() + n > GradingRequest.MAX_ANSWER_LENGTH) {
        throw new TooLong();
      }
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }

  /**
   * The next line of {@code in} without its line end, or null at the end of input; longer than
   * {@code room} characters is too long.
   */
  static @Nullable String line(Reader in, int room) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (sb.length() >= room) {
        throw new TooLong();
      }
      sb.append((char) c);
    }
    if (c < 0 && sb.length() == 0) {
      return null;
    }
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == '\r') {
      sb.setLength(end - 1);
    }
    return sb.toString();
  }

  /** Why reading failed, in words for a one-line error. */
  static String reason(IOException e) {
    if (e instanceof TooLong) {
      return String.valueOf(e.getMessage());
    }
    return FileProblem.reason(e);
  }
}
