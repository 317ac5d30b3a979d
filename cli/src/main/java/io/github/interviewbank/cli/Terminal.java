package io.github.interviewbank.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How output is decorated: colours and bold on an interactive terminal, plain text when the
 * output is piped or {@code NO_COLOR} is set. The words are the same either way. The decorations
 * are {@linkplain PrintableOutput.Styles style marks} that only {@link PrintableOutput} turns into
 * escape sequences: text from anywhere else never writes one.
 */
enum Terminal {
  PLAIN,
  COLOR;

  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is asked where it exists
  static Terminal detect() {
    if (standardOutputIsNoTerminal()) {
      return PLAIN;
    }
    java.io.Console console = System.console();
    if (console == null || System.getenv("NO_COLOR") != null || !isTerminal(console)) {
      return PLAIN;
    }
    String term = System.getenv("TERM");
    return term == null || term.toLowerCase(Locale.ROOT).equals("dumb") ? PLAIN : COLOR;
  }

  /**
   * Whether standard input and output are a person's terminal that can edit lines: both are a
   * terminal, and {@code TERM} is set and not {@code dumb}.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is asked where it exists
  static boolean interactive() {
    if (standardOutputIsNoTerminal()) {
      return false;
    }
    java.io.Console console = System.console();
    String term = System.getenv("TERM");
    return console != null && isTerminal(console) && term != null
        && !term.toLowerCase(Locale.ROOT).equals("dumb");
  }

  /**
   * Whether standard output is certainly not a terminal: on Linux, when descriptor 1 is a pipe, a
   * socket, a regular file or {@code /dev/null}. Then neither colours nor line editing apply,
   * and the console is not asked: on Java 22 and later its first use looks up console providers
   * among the JDK's modules, milliseconds of every piped run. False when it cannot tell.
   */
  static boolean standardOutputIsNoTerminal() {
    try {
      return isNoTerminal(Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString());
    } catch (IOException | RuntimeException e) {
      return false; // not Linux: the console says
    }
  }

  /**
   * Whether what a descriptor's link in {@code /proc/self/fd} names is certainly not a terminal:
   * anything outside {@code /dev} ({@code pipe:[...]}, {@code socket:[...]}, a file), and {@code
   * /dev/null}.
   */
  static boolean isNoTerminal(String linkTarget) {
    return !linkTarget.startsWith("/dev/") || linkTarget.equals("/dev/null");
  }

  /** JDK 22 and later return a console even when redirected; ask it. Earlier JDKs do not. */
  private static boolean isTerminal(java.io.Console console) {
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  String bold(String s) {
    return this == COLOR ? PrintableOutput.Styles.BOLD + s + PrintableOutput.Styles.RESET : s;
  }

  String dim(String s) {
    return this == COLOR ? PrintableOutput.Styles.DIM + s + PrintableOutput.Styles.RESET : s;
  }

  String green(String s) {
    return this == COLOR ? PrintableOutput.Styles.GREEN + s + PrintableOutput.Styles.RESET : s;
  }

  String yellow(String s) {
    return this == COLOR ? PrintableOutput.Styles.YELLOW + s + PrintableOutput.Styles.RESET : s;
  }

  String red(String s) {
    return this == COLOR ? PrintableOutput.Styles.RED + s + PrintableOutput.Styles.RESET : s;
  }

  /** A score as a bar, coloured by how good it is: {@code [########------------]  40%}. */
  String bar(double score, int width) {
    int filled = (int) Math.round(score * width);
    String bar = "#".repeat(filled) + "-".repeat(width - filled);
    // As "%3d%%" would write it, without String.format: its first use in a run loads the
    // formatter's regular expression and locale data, milliseconds of a grade's start-up.
    String percent = Long.toString(Math.round(score * 100));
    String text = "[" + bar + "] " + " ".repeat(Math.max(0, 3 - percent.length())) + percent
        + "%";
    if (score >= 0.8) {
      return green(text);
    }
    return score >= 0.5 ? yellow(text) : red(text);
  }
}
