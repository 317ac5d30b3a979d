package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.interviewbank.core.QuestionBank;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input is read within the answer limit and strictly as UTF-8; a failed write to
 * standard output or to {@code --out} is an error, never silence; {@code --out} keeps what it
 * replaces.
 */
class InputAndOutputTest {
  private static final int LIMIT = 1_000_000;

  @TempDir Path dir;

  /** A stream that fails every write, as a full disk does. */
  private static OutputStream failing(String reason) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(reason);
      }
    };
  }

  private static Cli toStream(OutputStream out, byte[] stdin, String... args) {
    StringWriter err = new StringWriter();
    int code = InterviewBankCli.run(args, new ByteArrayInputStream(stdin), out,
        new PrintWriter(err, true), Terminal.PLAIN, Cli.EMPTY, false);
    return new Cli(code, "", err.toString());
  }

  @Test
  void anAnswerOnStandardInputUpToTheLimitIsGraded() {
    Cli r = Cli.input("a".repeat(LIMIT), "grade", "-q", "cap-theorem", "--answer-file", "-");
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void standardInputOverTheLimitIsAnErrorNotAFullHeap() {
    Cli r = Cli.input("consistency\n".repeat(LIMIT / 12 + 1), "grade", "-q", "cap-theorem",
        "--answer-file", "-");
    assertEquals(1, r.code(), r.toString());
    assertEquals("interview-bank: standard input: the answer is longer than the limit of"
        + " 1,000,000 characters\n", r.err());
  }

  @Test
  void anAnswerFileOverTheLimitIsNamed() throws IOException {
    Path file = Files.writeString(dir.resolve("answer.txt"), "a".repeat(LIMIT + 1));
    Cli r = Cli.run("grade", "-q", "cap-theorem", "--answer-file", file.toString());
    assertEquals(1, r.code(), r.toString());
    assertEquals("interview-bank: " + file + ": the answer is longer than the limit of 1,000,000"
        + " characters\n", r.err());
  }

  @Test
  void standardInputThatIsNotUtf8IsAnError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InterviewBankCli.run(new String[] {"grade", "-q", "cap-theorem", "--answer-file",
        "-"}, new ByteArrayInputStream(new byte[] {'c', 'a', 'f', (byte) 0xe9}),
        new PrintWriter(out, true), new PrintWriter(err, true), Terminal.PLAIN, Cli.EMPTY, false);
    assertEquals(1, code);
    assertEquals("interview-bank: standard input: not UTF-8 text\n", err.toString());
  }

  @Test
  void anOverLongPracticeAnswerEndsTheSessionWithItsSummary() {
    Cli r = Cli.input("y\n".repeat(LIMIT / 2 + 1), "practice", "--count", "2", "--seed", "1");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("Summary\n  No answers were given."), r.out());
    assertEquals("interview-bank: standard input: the answer is longer than the limit of"
        + " 1,000,000 characters; it was not graded, and the session ends\n", r.err());
  }

  @Test
  void aSingleEndlessPracticeLineEndsTheSessionToo() {
    Cli r = Cli.input("x".repeat(LIMIT + 10), "practice", "--count", "1", "--seed", "1");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("Summary"), r.out());
  }

  @Test
  void aPracticeAnswerAtTheLimitIsGraded() {
    String answer = "x".repeat(LIMIT - 1) + "\n\n";
    Cli r = Cli.input(answer, "practice", "--count", "1", "--seed", "1", "--no-follow-ups");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("1 of 1 question answered"), r.out());
  }

  @Test
  void aFailedWriteToStandardOutputIsReported() {
    for (String[] args : new String[][] {{"export", "--format", "json"}, {"list"},
        {"grade", "-q", "cap-theorem", "--answer", "x", "--format", "json"}}) {
      Cli r = toStream(failing("No space left on device"), new byte[0], args);
      assertEquals(4, r.code(), String.join(" ", args) + ": " + r);
      assertEquals("interview-bank: cannot write to standard output: No space left on device\n",
          r.err());
    }
  }

  @Test
  void practiceWithFailedOutputReadsNoAnswer() {
    Path data = Cli.freshDataDir();
    StringWriter err = new StringWriter();
    ByteArrayInputStream stdin = new ByteArrayInputStream(
        "An answer to a question never shown.\n\n".getBytes(StandardCharsets.UTF_8));
    int code = InterviewBankCli.run(new String[] {"practice", "--count", "1", "--no-follow-ups"},
        stdin, failing("No space left on device"), new PrintWriter(err, true), Terminal.PLAIN,
        new Environment(Map.of(HistoryLocation.ENVIRONMENT_VARIABLE, data.toString()),
            Cli.EMPTY.home()), false);
    assertEquals(4, code, err.toString());
    assertEquals("interview-bank: cannot write to standard output: No space left on device\n",
        err.toString());
    assertEquals(List.of(), Cli.exported(data), "nothing graded or saved");
    assertTrue(stdin.available() > 0, "the answer was not read");
  }

  @Test
  void aClosedPipeEndsQuietlyAsSigpipeWould() {
    Cli r = toStream(failing("Broken pipe"), new byte[0], "list");
    assertEquals(141, r.code());
    assertEquals("", r.err());
  }

  @Test
  void exportOutWritesThroughALinkAndKeepsPermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path real = Files.writeString(dir.resolve("bank.json"), "old");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
    Cli r = Cli.run("export", "--format", "json", "--out", link.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(QuestionBank.builtIn(), QuestionBank.load(real));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    r = Cli.run("export", "--format", "markdown", "--out", link.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(Files.readString(real).startsWith("#"), "markdown written through the link");
  }

  @Test
  void exportOutRefusesADirectoryWithExitFour() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Cli r = Cli.run("export", "--format", "gift", "--out", sub.toString());
    assertEquals(4, r.code(), r.toString());
    assertEquals("interview-bank: cannot write " + sub + ": it is a directory, not a regular"
        + " file\n", r.err());
    assertTrue(Files.isDirectory(sub));
  }

  @Test
  void validateListsTheFirstHundredProblemsAndCountsTheRest() throws IOException {
    Path bank = Files.writeString(dir.resolve("bad.json"),
        "{\"formatVersion\": 1, \"questions\": [" + "1,".repeat(249) + "1]}",
        StandardCharsets.UTF_8);
    Cli r = Cli.run("validate", bank.toString());
    assertEquals(1, r.code(), r.toString());
    assertEquals(101, r.out().lines().count(), r.out());
    assertTrue(r.out().endsWith("... and 150 more problems (only the first 100 are listed)\n"),
        r.out());
    assertEquals("interview-bank: " + bank + " is not a valid bank: 250 problems\n", r.err());
    assertFalse(r.out().contains("$.questions[100]"));
  }
}
