package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.interviewbank.grading.llm.StubChatServer;
import io.github.interviewbank.grading.llm.StubChatServer.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Practice as a separate process fed through a pipe, killed or interrupted part-way, as a person
 * or a script would.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PracticeProcessTest {
  private static final String ANSWER = "One query loads the rows, then one query per row.\n\n";

  /** A running {@code interview-bank practice} with its output collected as it comes. */
  private static final class Running implements AutoCloseable {
    final Process process;
    @SuppressWarnings("JdkObsolete") // written by the reader thread, read by the test
    final StringBuffer out = new StringBuffer();
    final OutputStream in;

    Running(Path dataDir, String... args) throws IOException {
      List<String> command = new java.util.ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          InterviewBankCli.class.getName(), "practice"));
      command.addAll(List.of(args));
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().put(HistoryLocation.ENVIRONMENT_VARIABLE, dataDir.toString());
      process = pb.start();
      in = process.getOutputStream();
      Thread reader = new Thread(() -> {
        try (InputStream s = process.getInputStream()) {
          byte[] buffer = new byte[4096];
          int n;
          while ((n = s.read(buffer)) > 0) {
            out.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
          }
        } catch (IOException ignored) {
          // The process ended.
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    void type(String text) throws IOException {
      in.write(text.getBytes(StandardCharsets.UTF_8));
      in.flush();
    }

    void await(String text) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!out.toString().contains(text)) {
        if (System.nanoTime() > deadline || !process.isAlive()) {
          throw new AssertionError("never printed '" + text + "':\n" + out);
        }
        Thread.sleep(20);
      }
    }

    /**
     * Sends Ctrl-C's signal, SIGINT. A process started with SIGINT ignored (under nohup, or as a
     * background job of a shell without job control) keeps ignoring it, as Ctrl-C would be, so
     * the test is skipped there rather than failed: Linux shows it in /proc.
     */
    void interrupt() throws IOException, InterruptedException {
      Path status = Path.of("/proc", Long.toString(process.pid()), "status");
      if (java.nio.file.Files.isReadable(status)) {
        for (String line : java.nio.file.Files.readAllLines(status)) {
          if (line.startsWith("SigIgn:")) {
            long ignored = Long.parseLong(line.substring("SigIgn:".length()).strip(), 16);
            assumeTrue((ignored & 1L << 1) == 0, // bit 1: signal 2, SIGINT
                "this test runs with SIGINT ignored, so the session would ignore Ctrl-C too");
          }
        }
      }
      new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  @Test
  void killedAfterTheSecondAnswerItKeepsBothAnswers() throws Exception {
    Path dir = Cli.freshDataDir();
    try (Running p = new Running(dir, "--count", "3", "--seed", "4", "--no-follow-ups")) {
      p.await("Question 1 of 3");
      p.type(ANSWER);
      p.await("Question 2 of 3");
      p.type(ANSWER);
      p.await("Question 3 of 3");
      p.process.destroyForcibly(); // SIGKILL: no shutdown hook, no summary
      assertTrue(p.process.waitFor(30, TimeUnit.SECONDS));
      assertEquals(137, p.process.exitValue());
    }
    Cli export = Cli.in(dir, "", "history", "export");
    assertEquals(0, export.code(), export.toString());
    assertEquals(2, export.out().lines().count(), export.out());
  }

  @Test
  void interruptedItPrintsTheSummaryOfWhatWasAnswered() throws Exception {
    Path dir = Cli.freshDataDir();
    Path report = dir.resolve("report.json");
    try (Running p = new Running(dir, "--count", "3", "--seed", "4", "--no-follow-ups",
        "--report", report.toString())) {
      p.await("Question 1 of 3");
      p.type(ANSWER);
      p.await("Question 2 of 3");
      p.interrupt();
      assertTrue(p.process.waitFor(30, TimeUnit.SECONDS));
      assertEquals(130, p.process.exitValue());
      String out = p.out.toString();
      assertTrue(out.contains("Interrupted: the session ends here."), out);
      assertTrue(out.contains("1 of 3 questions answered"), out);
      assertTrue(out.contains("Saved 1 answer to the practice history"), out);
    }
    assertTrue(java.nio.file.Files.readString(report).contains("\"interrupted\" : true"));
  }

  @Test
  void aReportThatCannotBeWrittenAtTheEndIsExitCode4() throws Exception {
    Path dir = Cli.freshDataDir();
    Path report = dir.resolve("report.json");
    try (Running p = new Running(dir, "--count", "1", "--seed", "4", "--no-follow-ups",
        "--report", report.toString())) {
      p.await("Question 1 of 1");
      // Writable when the session started; a folder by the time it ends.
      java.nio.file.Files.createDirectory(report);
      p.type(ANSWER);
      p.in.close();
      assertTrue(p.process.waitFor(30, TimeUnit.SECONDS));
      assertEquals(4, p.process.exitValue(), p.out.toString());
      String out = p.out.toString();
      assertTrue(out.contains("1 of 1 question answered"), out);
      assertTrue(out.endsWith("interview-bank: cannot write " + report
          + ": it is a directory, not a regular file\n"), out);
    }
  }

  @Test
  void interruptedWhileTheModelGradesItPrintsTheSummaryAtOnce() throws Exception {
    Path dir = Cli.freshDataDir();
    try (StubChatServer stub = StubChatServer.start(
            call -> Reply.content("{}").after(Duration.ofSeconds(60)));
        Running p = new Running(dir, "--grader", "llm", "--grader-option",
            "base-url=" + stub.baseUrl(), "--grader-option", "model=stub", "--count", "2",
            "--seed", "4", "--no-follow-ups")) {
      p.await("Question 1 of 2");
      p.type(ANSWER);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (stub.calls().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(1, stub.calls().size(), "the answer is being graded by the model");
      p.interrupt();
      assertTrue(p.process.waitFor(30, TimeUnit.SECONDS), "the session ends without waiting"
          + " for the model's 60-second timeout");
      assertEquals(130, p.process.exitValue());
      String out = p.out.toString();
      assertTrue(out.contains("Interrupted: the session ends here."), out);
      assertTrue(out.contains("No answers were given."), out);
    }
  }
}
