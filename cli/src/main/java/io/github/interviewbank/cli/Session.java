package io.github.interviewbank.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

/** The streams of one run: answers come from {@code in}, data goes to {@code out}. */
record Session(BufferedReader in, PrintWriter out, PrintWriter err, Terminal terminal) {
  static final Session NONE = new Session(new BufferedReader(new StringReader("")),
      new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Terminal.PLAIN);
}
