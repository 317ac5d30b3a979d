package io.github.interviewbank.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run of the launcher's start-up archive: the commands people run most, one after
 * another in one JVM, their output thrown away and the practice history in a temporary folder.
 * The launcher runs it once per build and Java installation, recording what it loads and links
 * (a class list for a class-data archive on Java 17 to 24, an ahead-of-time cache on Java 25 and
 * later); every later run of the command line starts from that record. One process rather than
 * one per command: an ahead-of-time cache is written from a single training run. Public only for
 * the launcher, which runs {@link #main}.
 *
 * @since 0.1.0
 */
public final class ArchiveTraining {
  private static final String ANSWER = "Pick two of consistency, availability and partition"
      + " tolerance; during a partition a CP store refuses writes and an AP store answers.";

  /** The runs, in order: what {@code show}, {@code list} and {@code grade} load, then the rest. */
  private static final List<String[]> RUNS = List.of(
      new String[] {"show", "cap-theorem"},
      new String[] {"show", "rest-vs-graphql", "--format", "json"},
      new String[] {"list"},
      new String[] {"list", "--topic", "caching", "--difficulty", "beginner", "--text", "cache",
          "--format", "json"},
      new String[] {"grade", "-q", "cap-theorem", "--answer", ANSWER},
      new String[] {"grade", "--question", "rest-vs-graphql", "--format", "json", "--answer",
          "REST has many endpoints; GraphQL has one and clients pick fields."},
      new String[] {"practice", "--count", "1", "--seed", "1"},
      new String[] {"show", "--help"},
      new String[] {"--help"});

  private ArchiveTraining() {}

  /**
   * Runs the training commands; exits with 0 when every one succeeded, 1 otherwise.
   *
   * @param args ignored; never {@code null}
   * @throws IOException if the temporary practice folder cannot be made
   * @since 0.1.0
   */
  public static void main(String[] args) throws IOException {
    Path data = Files.createTempDirectory("interview-bank-training-");
    int failed;
    try {
      failed = run(data);
    } finally {
      delete(data);
    }
    System.exit(failed == 0 ? 0 : 1);
  }

  /**
   * Runs the training commands with their practice history in {@code dataDir}.
   *
   * @return how many of them failed (exited with a code other than 0)
   */
  static int run(Path dataDir) {
    // A home that does not exist: the user's configured graders are not part of the training.
    Environment environment = new Environment(
        Map.of(HistoryLocation.ENVIRONMENT_VARIABLE, dataDir.toString()),
        dataDir.resolve("home"));
    int failed = 0;
    for (String[] run : RUNS) {
      int code = InterviewBankCli.run(run, InputStream.nullInputStream(),
          OutputStream.nullOutputStream(), new PrintWriter(Writer.nullWriter()), Terminal.PLAIN,
          environment, false);
      if (code != 0) {
        failed++;
      }
    }
    return failed;
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
