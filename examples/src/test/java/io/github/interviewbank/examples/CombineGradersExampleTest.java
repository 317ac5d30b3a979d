package io.github.interviewbank.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CombineGradersExampleTest {

  @Test
  void blendsAndFallsBackToTheKeywordGrader() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CombineGradersExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        Duration.ofMillis(50));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.matches("(?s)blend: 0\\.\\d\\d \\w+.*"), out);
    assertTrue(out.contains("fell back from remote-llm: grader remote-llm did not answer within 50 ms"), out);
    assertTrue(out.contains("graded by keyword"), out);
  }
}
