package io.github.interviewbank.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option of the commands whose output is data. */
final class OutputFormat {
  enum Kind {
    text,
    json
  }

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output as text for people or JSON for programs (default: ${DEFAULT-VALUE}).")
  Kind kind = Kind.text;

  boolean json() {
    return kind == Kind.json;
  }
}
