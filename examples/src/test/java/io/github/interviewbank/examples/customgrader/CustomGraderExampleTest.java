package io.github.interviewbank.examples.customgrader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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

  /**
   * The example grader reaches the published command line through its grader path, not through
   * the command line's own jar: run in a fresh JVM whose class path is the command line's, with
   * this module's classes on {@code --grader-path}.
   */
  @Test
  void isUsableFromTheCommandLineThroughTheGraderPath() throws Exception {
    Path examples = Path.of(CustomGraderExample.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    String classPath = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator))
        .filter(e -> !Path.of(e).toAbsolutePath().startsWith(examples.getParent()))
        .collect(Collectors.joining(File.pathSeparator));
    Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-cp", classPath, "io.github.interviewbank.cli.InterviewBankCli",
        "--grader-path", examples.toString(), "--grader", "overlap",
        "grade", "-q", "cap-theorem", "--answer",
        "consistency availability partition tolerance", "--format", "json")
        .redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("\"grader\":\"overlap\""), out);
  }
}
