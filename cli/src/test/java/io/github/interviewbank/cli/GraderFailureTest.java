package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grader that fails, whichever way (a {@code GradingException}, a bug, no grade, endless
 * recursion), costs one line and exit code 3; a practice session it stops still ends with its
 * summary, its report and the answers graded before it failed.
 */
class GraderFailureTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "grading  | the grading service is down",
    "runtime  | the grader failing failed: the rubric cache is corrupt",
    "null     | the grader failing returned no grade",
    "overflow | the grader failing overflowed its stack"})
  void aGraderFailingMidPracticeEndsTheSessionWithItsSummaryAndReport(String how, String why)
      throws Exception {
    Path dir = Cli.freshDataDir();
    Path report = dir.resolve("report.json");
    Cli r = Cli.in(dir, "The first answer.\n\nThe second answer.\n\nThe third answer.\n\n",
        "practice", "--grader", "failing", "--grader-option", "after=1", "--grader-option",
        "how=" + how, "--count", "3", "--seed", "5", "--no-follow-ups", "--report",
        report.toString());
    assertEquals(3, r.code(), r.toString());
    assertEquals("interview-bank: grading failed: " + why + "\n", r.err());
    assertTrue(r.out().contains("\nSummary\n  1 of 3 questions answered, mean "), r.out());
    assertTrue(r.out().contains("Saved 1 answer to the practice history"), r.out());
    assertEquals(1, Cli.exported(dir).size());
    JsonNode json = JSON.readTree(Files.readString(report, StandardCharsets.UTF_8));
    assertEquals(1, json.get("attempts").size());
    assertEquals(1, json.get("summary").get("answered").asInt());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "runtime  | the grader failing failed: the rubric cache is corrupt",
    "null     | the grader failing returned no grade",
    "overflow | the grader failing overflowed its stack"})
  void aGraderFailingOnOneAnswerIsOneLineAndExitCodeThree(String how, String why) {
    Cli r = Cli.run("grade", "--grader", "failing", "--grader-option", "how=" + how,
        "-q", "cap-theorem", "--answer", "x");
    assertEquals(3, r.code(), r.toString());
    assertEquals("interview-bank: grading failed: " + why + "\n", r.err());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "runtime  | the grader failing failed: the rubric cache is corrupt",
    "overflow | the grader failing overflowed its stack"})
  void aGraderFailingInABatchFailsItsLinesAndExitsWithThree(String how, String why)
      throws Exception {
    Path input = Cli.freshDataDir().resolve("batch.jsonl");
    String line = "{\"questionId\":\"cap-theorem\",\"answer\":\"x\"}\n";
    Files.writeString(input, line + line);
    Cli r = Cli.run("grade", "--grader", "failing", "--grader-option", "how=" + how,
        "--input", input.toString());
    assertEquals(3, r.code(), r.toString());
    assertEquals(List.of("{\"line\":1,\"error\":\"grading failed: " + why + "\"}",
        "{\"line\":2,\"error\":\"grading failed: " + why + "\"}"), r.out().lines().toList());
    assertEquals("interview-bank: 2 of 2 lines not graded; the first: " + input
        + ":1: grading failed: " + why + "\n", r.err());
  }
}
