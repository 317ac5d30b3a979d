package io.github.interviewbank.grading.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.AnswerGrader;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The grader's per-question and per-bank caches release what the caller no longer holds: a JVM
 * with a 64 MB heap grades 20,000 distinct questions from 2,000 distinct banks, built and dropped
 * one after another, and the heap retained after a full collection stays flat. When a cached
 * value held its key (a compiled question its question, a bank's context its bank), every
 * question stayed alive and this ran out of memory.
 */
class CacheRetentionTest {
  private static final int BANKS = 2_000;

  /** Growth allowed between the first and the last checkpoint: noise, not 15,000 questions. */
  private static final long SLACK_BYTES = 2L * 1024 * 1024;

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void retainedHeapStaysFlatWhileBanksComeAndGo() throws IOException, InterruptedException {
    List<String> command = List.of(
        ProcessHandle.current().info().command().orElse("java"), "-Xmx64m", "-XX:+UseSerialGC",
        "-cp", String.join(File.pathSeparator, location(CacheRetentionProbe.class),
            location(KeywordGrader.class), location(AnswerGrader.class),
            location(QuestionBank.class), location(tools.jackson.core.JsonParser.class)),
        CacheRetentionProbe.class.getName(), Integer.toString(BANKS));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
    assertEquals(0, p.exitValue(), output);
    List<Long> retained = output.lines().filter(l -> l.startsWith("retained "))
        .map(l -> Long.parseLong(l.substring("retained ".length()))).toList();
    assertEquals(4, retained.size(), output);
    assertTrue(output.strip().endsWith("done"), output);
    long growth = retained.get(3) - retained.get(0);
    assertTrue(growth < SLACK_BYTES,
        "retained heap grew by " + growth + " bytes from 500 to 2,000 banks: " + retained);
  }
}
