package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lets tests in other packages run the command line. */
public final class CliRunner {
  private CliRunner() {}

  /** Runs the command line, asserts success, and returns standard output. */
  public static String stdout(String... args) {
    Cli result = Cli.run(args);
    assertEquals(0, result.code(), result.toString());
    return result.out();
  }
}
