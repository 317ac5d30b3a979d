package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the command line through its real entry point with captured streams. Each run sees only
 * the environment given; by default a fresh data folder, so that no test touches the user's
 * practice history or another test's.
 */
record Cli(int code, String out, String err) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** An environment with no variables and a home folder that does not exist. */
  static final Environment EMPTY = new Environment(Map.of(), Path.of("/nonexistent-home"));

  static Cli input(String stdin, String... args) {
    return in(freshDataDir(), stdin, args);
  }

  /** Runs with {@code INTERVIEW_BANK_DATA_DIR} set to {@code dataDir}, and no other variable. */
  static Cli in(Path dataDir, String stdin, String... args) {
    return in(new Environment(Map.of(HistoryLocation.ENVIRONMENT_VARIABLE, dataDir.toString()),
        EMPTY.home()), stdin, args);
  }

  /** Runs with the given environment variables and home folder. */
  static Cli in(Environment environment, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InterviewBankCli.run(args,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true), Terminal.PLAIN, environment,
        false);
    return new Cli(code, out.toString(), err.toString());
  }

  static Cli run(String... args) {
    return input("", args);
  }

  /** The attempts {@code history export} writes for this data folder, oldest first. */
  static List<JsonNode> exported(Path dataDir) {
    Cli r = in(dataDir, "", "history", "export");
    assertEquals(0, r.code(), r.toString());
    List<JsonNode> lines = new ArrayList<>();
    r.out().lines().forEach(line -> lines.add(JSON.readTree(line)));
    return lines;
  }

  /** A new empty folder under target/. */
  static Path freshDataDir() {
    try {
      Path base = Files.createDirectories(Path.of("target", "test-data"));
      return Files.createTempDirectory(base, "data-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
