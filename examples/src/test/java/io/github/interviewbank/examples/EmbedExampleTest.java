package io.github.interviewbank.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbedExampleTest {

  private static String run(long seed) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbedExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), seed);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void queriesSamplesAndExports() {
    String out = run(20261129L);
    assertTrue(out.contains("advanced database questions, first: "), out);
    assertEquals(3, out.lines().filter(l -> l.startsWith("today: ")).count(), out);
    assertTrue(out.contains("exported 3 questions"), out);
  }

  @Test
  void theSameDayGivesTheSameQuestions() {
    assertEquals(run(7L), run(7L));
  }
}
