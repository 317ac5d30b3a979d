package io.github.interviewbank.cli;

import java.util.ArrayList;
import java.util.List;

/** Small text layout helpers for terminal output. */
final class Text {
  private Text() {}

  /** Word-wraps {@code text} to lines of at most {@code width} characters after {@code indent}. */
  static List<String> wrap(String text, int width, String indent) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\\R", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ", -1)) {
        if (word.isEmpty()) {
          continue;
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(indent + line);
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(indent + line);
    }
    return lines;
  }

  /**
   * {@code text} left-aligned in a column of {@code width} characters, as {@code %-<width>s}
   * lays it out: the first {@code String.format} of a run costs milliseconds of set-up, and
   * {@code list} made one per line.
   */
  static String padded(String text, int width) {
    if (text.length() >= width) {
      return text;
    }
    return text + " ".repeat(width - text.length());
  }

  /** What a control character is replaced with: U+FFFD, visible and inert on every terminal. */
  static final char REPLACEMENT = '\uFFFD';

  /**
   * {@code text} safe to show on a terminal: every control character but line feed and tab (C0,
   * U+0000 to U+001F; DEL, U+007F; C1, U+0080 to U+009F) replaced by {@link #REPLACEMENT}, so that
   * no escape sequence from a bank, an answer or a grader reaches the terminal ({@code ESC [31m}
   * shows as U+FFFD and {@code [31m}, in no colour). A carriage return that ends a line before a
   * line feed is dropped, as a line break. The same string when nothing is replaced; other text,
   * accents, CJK and emoji among it, is left as it is.
   */
  static String printable(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && !replaced(text, i)) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!replaced(text, i)) {
        sb.append(c);
      } else if (c != '\r' || i + 1 >= n || text.charAt(i + 1) != '\n') {
        sb.append(REPLACEMENT);
      }
    }
    return sb.toString();
  }

  /** Whether the character at {@code i} is a control character other than line feed and tab. */
  private static boolean replaced(String text, int i) {
    char c = text.charAt(i);
    return c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && c <= 0x9F;
  }

  /** {@code "1 question"}, {@code "2 questions"}: a count and its noun, plural unless one. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A weight without a needless ".0". */
  static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
