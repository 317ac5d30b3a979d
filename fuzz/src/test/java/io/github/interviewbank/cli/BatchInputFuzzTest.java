package io.github.interviewbank.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Fuzz target: any bytes read as a batch for {@code grade --input} give one entry per line,
 * numbered from 1 without gaps, each either an answer to grade (question id and answer) or a
 * problem, never both and never an exception. (In the command line's package: the reader is not
 * public.)
 */
public class BatchInputFuzzTest {
  public static void fuzzerTestOneInput(byte[] data) {
    BatchInput batch = new BatchInput(new ByteArrayInputStream(data));
    int expected = 1;
    try {
      for (Optional<BatchInput.Entry> next = batch.next(); next.isPresent();
          next = batch.next()) {
        BatchInput.Entry e = next.get();
        check(e.line() == expected, "lines numbered without gaps", e);
        boolean item = e.questionId() != null && e.answer() != null;
        check(item != (e.problem() != null), "an answer or a problem", e);
        check(e.problem() == null || !e.problem().isBlank(), "a problem in words", e);
        expected++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    check(expected - 1 == lines(data), "one entry per line", expected - 1);
  }

  /** Lines as the reader counts them: each newline ends one, and a last unended line counts. */
  private static int lines(byte[] data) {
    int n = 0;
    for (byte b : data) {
      if (b == '\n') {
        n++;
      }
    }
    return data.length > 0 && data[data.length - 1] != '\n' ? n + 1 : n;
  }

  private static void check(boolean holds, String what, Object evidence) {
    if (!holds) {
      throw new AssertionError("expected: " + what + "; got: " + evidence);
    }
  }

  @FuzzTest
  void readsEveryLine(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
