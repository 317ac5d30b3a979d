package io.github.interviewbank.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The lines of a UTF-8 stream, one at a time and each within {@value #MAX_LINE_BYTES} bytes, as
 * JSON Lines readers need them: the labelled-answer reader and the command line's batch grading.
 * Memory stays within the line limit however long the stream or a line is.
 *
 * <p>Lines end at {@code \n}, and a last line without a newline counts. A {@code \r} that ends
 * a line (before its {@code \n}, or last in the stream) is dropped; one anywhere else in a line
 * is kept. A UTF-8 byte order mark at the start of the stream, which some editors write, is
 * dropped too. A line that is longer than the limit or is not valid UTF-8 is reported as {@link
 * Line#problem()} and skipped (the rest of an over-long line is read and dropped), so that a
 * reader can go on with the next line and every line keeps its number. Not thread-safe.
 *
 * <pre>{@code
 * Utf8Lines lines = new Utf8Lines(in);
 * for (Optional<Utf8Lines.Line> l = lines.next(); l.isPresent(); l = lines.next()) { ... }
 * }</pre>
 *
 * @since 1.0.0
 */
public final class Utf8Lines {
  /**
   * The longest line read, in bytes without its line end: 8 MiB, room for an answer of {@link
   * io.github.interviewbank.grading.GradingRequest#MAX_ANSWER_LENGTH} characters in any script,
   * and escaped.
   *
   * @since 1.0.0
   */
  public static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int number;
  private boolean ended;

  /**
   * Reads lines of at most {@value #MAX_LINE_BYTES} bytes from a stream, which is not closed.
   *
   * @param in the stream; never {@code null}
   * @since 1.0.0
   */
  public Utf8Lines(InputStream in) {
    this(in, MAX_LINE_BYTES);
  }

  Utf8Lines(InputStream in, int maxLineBytes) {
    this.in = Objects.requireNonNull(in, "in");
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * One line: its 1-based number, and its text or why it cannot be read.
   *
   * @param number the line's 1-based number in the stream
   * @param text the line without its line end, or empty when it cannot be read; never {@code
   *     null}
   * @param problem why the line cannot be read, or empty when it can; never {@code null}
   * @since 1.0.0
   */
  public record Line(int number, Optional<String> text, Optional<String> problem) {
    /**
     * Validates the components.
     *
     * @param number the line's 1-based number in the stream
     * @param text the line without its line end, or empty when it cannot be read; never {@code
     *     null}
     * @param problem why the line cannot be read, or empty when it can; never {@code null}
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if not exactly one of {@code text} and {@code problem} is
     *     present
     * @since 1.0.0
     */
    public Line {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(problem, "problem");
      if (text.isPresent() == problem.isPresent()) {
        throw new IllegalArgumentException("a line has either a text or a problem");
      }
    }
  }

  /**
   * Reads the next line.
   *
   * @return the line, or empty at the end of the stream
   * @throws IOException if reading the stream fails
   * @since 1.0.0
   */
  public Optional<Line> next() throws IOException {
    if (ended) {
      return Optional.empty();
    }
    int length = 0;
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          ended = true;
          if (!sawAny) {
            return Optional.empty();
          }
          break;
        }
      }
      sawAny = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int n = position - start;
      if (!tooLong) {
        if ((long) length + n > maxLineBytes + 1L) {
          tooLong = true; // the rest of this line is read and dropped
        } else {
          if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(length + n, Math.min(line.length * 2,
                maxLineBytes + 1)));
          }
          System.arraycopy(buffer, start, line, length, n);
          length += n;
        }
      }
      if (position < limit) {
        position++; // the newline
        break;
      }
    }
    number++;
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (tooLong || length > maxLineBytes) {
      return Optional.of(new Line(number, Optional.empty(), Optional.of(String.format(Locale.ROOT,
          "the line is longer than the limit of %,d bytes", maxLineBytes))));
    }
    int from = number == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
        && line[2] == (byte) 0xBF ? 3 : 0;
    try {
      String text = decoder.decode(ByteBuffer.wrap(line, from, length - from)).toString();
      return Optional.of(new Line(number, Optional.of(text), Optional.empty()));
    } catch (CharacterCodingException e) {
      return Optional.of(new Line(number, Optional.empty(), Optional.of("not UTF-8 text")));
    }
  }
}
