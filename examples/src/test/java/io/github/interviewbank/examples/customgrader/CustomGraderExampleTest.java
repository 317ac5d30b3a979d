package io.github.interviewbank.examples.customgrader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.examples.cli.CliRunner;
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

  @Test
  void isUsableFromTheCommandLineByName() {
    String out = CliRunner.stdout("grade", "--grader", "overlap", "-q", "cap-theorem",
        "--answer", "consistency availability partition tolerance", "--format", "json");
    assertTrue(out.contains("\"grader\":\"overlap\""), out);
  }
}
