package io.github.interviewbank.examples.customgrader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CustomGraderExampleTest {

  @Test
  void findsTheCustomGraderByNameAndGrades() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CustomGraderExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("overlap") && out.contains("keyword"), out);
    assertTrue(out.matches("(?s).*overlap scored 0\\.\\d\\d .*"), out);
  }
}
