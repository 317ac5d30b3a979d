package io.github.interviewbank.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * @since 1.0.0
 */
public final class ArchiveTraining {
  private static final String ANSWER = "Pick two of consistency, availability and partition"
      + " tolerance; during a partition a CP store refuses writes and an AP store answers.";

  /** The runs of the plain spellings of {@code show}, {@code list} and {@code grade}. */
  private static final List<String[]> COMMON = List.of(
      new String[] {"show", "cap-theorem"},
      new String[] {"list"},
      new String[] {"grade", "-q", "cap-theorem", "--answer", ANSWER});

  /** The other runs: JSON output, filters, practice and help, read by picocli. */
  private static final List<String[]> OTHERS = List.of(
      new String[] {"show", "rest-vs-graphql", "--format", "json"},
      new String[] {"list", "--topic", "caching", "--difficulty", "beginner", "--text", "cache",
          "--format", "json"},
      new String[] {"grade", "--question", "rest-vs-graphql", "--format", "json", "--answer",
          "REST has many endpoints; GraphQL has one and clients pick fields."},
      new String[] {"practice", "--count", "1", "--seed", "1"},
      new String[] {"show", "--help"},
      new String[] {"--help"});

  private ArchiveTraining() {}

  /**
   * Runs the training commands; exits with 0 when every one succeeded, 1 otherwise. With the
   * argument {@code --common}, only the plain spellings of {@code show}, {@code list} and {@code
   * grade}: an ahead-of-time cache loads every class it holds when the JVM starts, so a cache of
   * everything the other commands load left those three little or no faster than no cache.
   *
   * @param args {@code --common} or nothing; never {@code null}
   * @throws IOException if the temporary practice folder cannot be made
   * @since 1.0.0
   */
  public static void main(String[] args) throws IOException {
    Path data = Files.createTempDirectory("interview-bank-training-");
    int failed;
    try {
      failed = run(data, args.length > 0 && args[0].equals("--common"));
    } finally {
      delete(data);
    }
    System.exit(failed == 0 ? 0 : 1);
  }

  /**
   * Runs the training commands with their practice history in {@code dataDir}: the common ones,
   * then unless {@code commonOnly} the others.
   *
   * @return how many of them failed (exited with a code other than 0)
   */
  static int run(Path dataDir, boolean commonOnly) {
    // A home that does not exist: the user's configured graders are not part of the training.
    Environment environment = new Environment(
        Map.of(HistoryLocation.ENVIRONMENT_VARIABLE, dataDir.toString()),
        dataDir.resolve("home"));
    int failed = 0;
    List<String[]> runs = new ArrayList<>(COMMON);
    if (!commonOnly) {
      runs.addAll(OTHERS);
    }
    for (String[] run : runs) {
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
