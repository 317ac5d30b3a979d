package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code grade --input} answers every input line with one output line naming it, keeps going past
 * bad lines, reads standard input with {@code -}, and treats a file and standard input alike.
 */
class BatchGradingTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String GOOD =
      "{\"questionId\": \"cap-theorem\", \"answer\": \"consistency, availability\"}";

  @TempDir Path dir;

  private static JsonNode json(String line) {
    return MAPPER.readTree(line);
  }

  private Path file(byte[] bytes) throws Exception {
    return Files.write(dir.resolve("batch.jsonl"), bytes);
  }

  private Path file(String text) throws Exception {
    return file(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Runs with raw bytes on standard input. */
  private static Cli withStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InterviewBankCli.run(args, new ByteArrayInputStream(stdin),
        new PrintWriter(out, true), new PrintWriter(err, true), Terminal.PLAIN, Cli.EMPTY, false);
    return new Cli(code, out.toString(), err.toString());
  }

  @Test
  void everyOutputLineNamesItsInputLineAndBadLinesDoNotStopTheOthers() throws Exception {
    Path input = file(GOOD + "\n"
        + "{\"questionId\": \"nope\", \"answer\": \"x\"}\n"
        + "\n"
        + "{\"questionId\": \"cap-theorem\", \"answer\": \"a\", \"answer\": \"b\"}\n"
        + "[1]\n"
        + "{\"questionId\": \"cap-theorem\"}\n"
        + GOOD + "\n");
    Cli r = Cli.run("grade", "--input", input.toString());
    assertEquals(1, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(7, lines.size(), r.out());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(i + 1, json(lines.get(i)).get("line").asInt(), lines.get(i));
    }
    assertEquals("cap-theorem", json(lines.get(0)).get("questionId").asString());
    assertEquals("unknown question id 'nope'", json(lines.get(1)).get("error").asString());
    assertEquals("blank line: expected a JSON object with questionId and answer",
        json(lines.get(2)).get("error").asString());
    assertTrue(json(lines.get(3)).get("error").asString()
        .startsWith("not valid JSON: Duplicate Object property \"answer\""), lines.get(3));
    assertEquals("expected a JSON object with questionId and answer",
        json(lines.get(4)).get("error").asString());
    assertEquals("missing 'answer'", json(lines.get(5)).get("error").asString());
    assertEquals("cap-theorem", json(lines.get(6)).get("questionId").asString());
    assertEquals("interview-bank: 5 of 7 lines not graded; the first: " + input
        + ":2: unknown question id 'nope'\n", r.err());
  }

  @Test
  void aValidBatchExitsZero() throws Exception {
    Cli r = Cli.run("grade", "--input", file(GOOD + "\n" + GOOD + "\r\n").toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals(2, r.out().lines().count());
    assertEquals("", r.err());
  }

  @Test
  void dashReadsStandardInput() {
    Cli r = Cli.input(GOOD + "\n", "grade", "--input", "-");
    assertEquals(0, r.code(), r.toString());
    assertEquals("cap-theorem", json(r.out().strip()).get("questionId").asString());
  }

  @Test
  void invalidUtf8IsAnErrorOfItsLineFromAFileAndFromStandardInputAlike() throws Exception {
    byte[] bytes = (GOOD + "\n{\"questionId\": \"cap-theorem\", \"answer\": \"caf\u00e9\"}\n" + GOOD)
        .getBytes(StandardCharsets.ISO_8859_1);
    Cli fromFile = Cli.run("grade", "--input", file(bytes).toString());
    Cli fromStdin = withStdin(bytes, "grade", "--input", "-");
    assertEquals(1, fromFile.code(), fromFile.toString());
    assertEquals(fromFile.out(), fromStdin.out());
    assertEquals("{\"line\":2,\"error\":\"not UTF-8 text\"}", fromFile.out().lines().toList().get(1));
    assertEquals("interview-bank: 1 of 3 lines not graded; the first: standard input:2: not UTF-8"
        + " text\n", fromStdin.err());
  }

  @Test
  void textFormatWritesTextNotJson() throws Exception {
    Cli r = Cli.run("grade", "--input",
        file(GOOD + "\n{\"questionId\": \"nope\", \"answer\": \"x\"}\n").toString(),
        "--format", "text");
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).matches("line 1  cap-theorem  +\\d+%  \\w+  .+"), lines.get(0));
    assertEquals("line 2  error: unknown question id 'nope'", lines.get(1));
  }

  @Test
  void anAnswerOverTheLimitIsAnErrorOfItsLine() throws Exception {
    String big = "{\"questionId\": \"cap-theorem\", \"answer\": \"" + "a".repeat(1_000_001) + "\"}";
    Cli r = Cli.run("grade", "--input", file(big + "\n" + GOOD + "\n").toString());
    List<String> lines = r.out().lines().toList();
    assertEquals("{\"line\":1,\"error\":\"a string is longer than the limit of 1,000,000"
        + " characters\"}", lines.get(0));
    assertEquals("cap-theorem", json(lines.get(1)).get("questionId").asString());
  }

  @Test
  void aMissingFileIsNamed() {
    Cli r = Cli.run("grade", "--input", dir.resolve("absent.jsonl").toString());
    assertEquals(1, r.code(), r.toString());
    assertEquals("interview-bank: " + dir.resolve("absent.jsonl") + ": no such file\n", r.err());
  }

  @Test
  void aFailingGraderFailsItsLinesAndExitsThree() throws Exception {
    Cli r = Cli.run("--grader", "failing", "grade", "--input", file(GOOD + "\n").toString());
    assertEquals(3, r.code(), r.toString());
    assertEquals("{\"line\":1,\"error\":\"grading failed: the grading service is down\"}\n",
        r.out());
  }

  @Test
  void writesAsItGoesSoOutputFollowsInput() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = InterviewBankCli.run(new String[] {"grade", "--input", "-"},
        new ByteArrayInputStream((GOOD + "\n").repeat(3).getBytes(StandardCharsets.UTF_8)),
        bytes, new PrintWriter(err, true), Terminal.PLAIN, Cli.EMPTY, false);
    assertEquals(0, code, err.toString());
    assertEquals(3, bytes.toString(StandardCharsets.UTF_8).lines().count());
  }
}
