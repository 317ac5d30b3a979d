package io.github.interviewbank.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Standard output and standard error as the commands write them: whatever is written goes out
 * {@linkplain Text#printable printable}, its control characters but line feed and tab replaced by
 * U+FFFD. Bank text, answers, a grader's feedback and file names all reach the terminal through
 * here, so none of them can send it an escape sequence (set its title, its colours, move the
 * cursor). JSON output is not changed: its writers escape every control character.
 *
 * <p>The colours and bold of {@link Terminal#COLOR} are the one exception, and cannot be forged:
 * they are written as a {@linkplain Styles style mark}, a noncharacter followed by a key drawn at
 * random when the first style is made, which only this writer turns into the escape sequence. Text
 * that is not this run's output never holds the key, so a mark in it stays what it is.
 */
final class PrintableOutput extends PrintWriter {
  /** Starts a style mark: then {@link Styles#KEY}, the parameters of an SGR sequence, and 'm'. */
  static final char MARK = '\uFDD0';

  /** The terminal's styles, as marks this writer turns into escape sequences. */
  static final class Styles {
    /**
     * Five characters of the private use area, 60 random bits: never in a bank, an answer or
     * feedback written before the run, and never shown. Not from a secure random source, whose
     * start costs milliseconds: nothing that could guess it sees the run.
     */
    static final String KEY = key();

    static final String RESET = mark("0");
    static final String BOLD = mark("1");
    static final String DIM = mark("2");
    static final String RED = mark("31");
    static final String GREEN = mark("32");
    static final String YELLOW = mark("33");

    private Styles() {}

    private static String key() {
      long bits = ThreadLocalRandom.current().nextLong();
      char[] key = new char[5];
      for (int i = 0; i < key.length; i++) {
        key[i] = (char) (0xE000 + (bits & 0xFFF));
        bits >>>= 12;
      }
      return new String(key);
    }

    private static String mark(String parameters) {
      return MARK + KEY + parameters + "m";
    }
  }

  /** Writes to {@code out}, flushing it at the end of each line as {@code println} does. */
  PrintableOutput(Writer out) {
    super(out, true);
  }

  @Override
  public void write(int c) {
    super.write(Text.printable(String.valueOf((char) c)).charAt(0));
  }

  @Override
  public void write(char[] buf, int off, int len) {
    write(new String(buf, off, len));
  }

  @Override
  public void write(String s, int off, int len) {
    String text = off == 0 && len == s.length() ? s : s.substring(off, off + len);
    String shown = printable(text);
    super.write(shown, 0, shown.length());
  }

  /** {@code text} as it goes out: printable, with this run's style marks as escape sequences. */
  static String printable(String text) {
    int mark = text.indexOf(MARK);
    if (mark < 0) {
      return Text.printable(text);
    }
    StringBuilder sb = new StringBuilder(text.length());
    int from = 0;
    while (mark >= 0) {
      int end = styleEnd(text, mark);
      if (end < 0) {
        mark = text.indexOf(MARK, mark + 1); // not a style: a character like any other
        continue;
      }
      sb.append(Text.printable(text.substring(from, mark))).append("\u001B[")
          .append(text, mark + 1 + Styles.KEY.length(), end);
      from = end;
      mark = text.indexOf(MARK, from);
    }
    return sb.append(Text.printable(text.substring(from))).toString();
  }

  /**
   * {@return the index after the style mark at {@code mark}, or -1 when what is there is no mark
   * of this run: the key, then digits and semicolons, then 'm'}
   */
  private static int styleEnd(String text, int mark) {
    String key = Styles.KEY;
    if (!text.startsWith(key, mark + 1)) {
      return -1;
    }
    for (int i = mark + 1 + key.length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'm') {
        return i + 1;
      }
      if ((c < '0' || c > '9') && c != ';') {
        return -1;
      }
    }
    return -1;
  }
}
