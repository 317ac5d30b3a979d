package io.github.interviewbank.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The streams and environment of one run: answers come from {@code in}, data goes to {@code out},
 * errors to {@code err}. {@code interactive} says whether {@code in} and {@code out} are a
 * person's terminal, where practice edits lines with JLine.
 */
record Session(BufferedReader in, PrintWriter out, PrintWriter err, Terminal terminal,
    Environment environment, boolean interactive) {
  static final Session NONE = new Session(new BufferedReader(new StringReader("")),
      new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Terminal.PLAIN,
      new Environment(Map.of(), Path.of(".")), false);
}
