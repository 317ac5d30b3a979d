package io.github.interviewbank.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line through its real entry point with captured streams. */
record Cli(int code, String out, String err) {

  /** An environment with no variables and a home folder that does not exist. */
  static final Environment EMPTY = new Environment(Map.of(), Path.of("/nonexistent-home"));

  static Cli input(String stdin, String... args) {
    return in(EMPTY, stdin, args);
  }

  /** Runs with the given environment variables and home folder. */
  static Cli in(Environment environment, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InterviewBankCli.run(args,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true), Terminal.PLAIN, environment);
    return new Cli(code, out.toString(), err.toString());
  }

  static Cli run(String... args) {
    return input("", args);
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
