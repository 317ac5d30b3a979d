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

  /** {@code "1 question"}, {@code "2 questions"}: a count and its noun, plural unless one. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A weight without a needless ".0". */
  static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
