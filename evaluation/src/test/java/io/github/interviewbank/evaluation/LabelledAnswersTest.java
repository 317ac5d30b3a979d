package io.github.interviewbank.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledAnswersTest {

  private static List<LabelledAnswer> read(String text) {
    return LabelledAnswers.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "labels.jsonl");
  }

  @Test
  void readsObjectsPerLineIgnoringOtherFieldsAndBlankLines() {
    List<LabelledAnswer> labels = read("""
        {"questionId": "cap-theorem", "answer": "Pick two.", "score": 0.4, "kind": "weak", "note": "x"}

        {"questionId": "jwt-structure", "answer": "", "score": 0}
        """);
    assertEquals(2, labels.size());
    assertEquals(LabelledAnswer.of("cap-theorem", "Pick two.", 0.4).withKind("weak").atLine(1),
        labels.get(0));
    assertEquals(OptionalInt.of(3), labels.get(1).line());
    assertEquals(Optional.empty(), labels.get(1).kind());
  }

  @Test
  void everyBadLineIsNamed() {
    LabelFileException e = assertThrows(LabelFileException.class, () -> read("""
        {"questionId": "a", "answer": "x", "score": 0.5}
        {"questionId": "a", "answer": "x", "score": 1.5}
        not json
        [1, 2]
        {"answer": "x", "score": 0.5}
        {"questionId": "a", "answer": 3, "score": "high"}
        """));
    assertEquals(List.of(
        "labels.jsonl:2: 'score' must be within [0, 1], was 1.5",
        "labels.jsonl:3: not valid JSON: " + e.problems().get(1).substring("labels.jsonl:3: not valid JSON: ".length()),
        "labels.jsonl:4: expected a JSON object",
        "labels.jsonl:5: 'questionId' must be a non-blank string",
        "labels.jsonl:6: 'answer' must be a string",
        "labels.jsonl:6: 'score' must be a number in [0, 1]"), e.problems());
    assertEquals("labels.jsonl:2: 'score' must be within [0, 1], was 1.5 (and 5 more problems)",
        e.getMessage());
  }

  @Test
  void aRepeatedKeyIsAProblemNotASilentChoice() {
    LabelFileException e = assertThrows(LabelFileException.class, () -> read(
        "{\"questionId\": \"a\", \"answer\": \"x\", \"score\": 0.1, \"score\": 0.9}\n"));
    assertEquals(1, e.problems().size());
    assertTrue(e.getMessage().startsWith("labels.jsonl:1: not valid JSON: Duplicate Object property"
        + " \"score\""), e.getMessage());
  }

  @Test
  void invalidUtf8IsAProblemOfItsLine() {
    byte[] bytes = "{\"questionId\": \"a\", \"answer\": \"x\u00ff\", \"score\": 0.5}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    LabelFileException e = assertThrows(LabelFileException.class,
        () -> LabelledAnswers.read(new ByteArrayInputStream(bytes), "labels.jsonl"));
    assertEquals(List.of("labels.jsonl:1: not UTF-8 text"), e.problems());
  }

  @Test
  void problemsBeyondTheListedOnesAreCounted() {
    LabelFileException e = assertThrows(LabelFileException.class, () -> read("[]\n".repeat(250)));
    assertEquals(LabelFileException.MAX_LISTED_PROBLEMS, e.problems().size());
    assertEquals(250, e.problemCount());
    assertEquals("labels.jsonl:1: expected a JSON object (and 249 more problems)", e.getMessage());
  }

  @Test
  void missingFilesAreNamed(@TempDir Path dir) {
    Path missing = dir.resolve("labels.jsonl");
    LabelFileException e = assertThrows(LabelFileException.class, () -> LabelledAnswers.read(missing));
    assertEquals(missing + ": no such file", e.getMessage());
  }

  @Test
  void aFolderGivenForTheFileIsNamedInPlainWords(@TempDir Path dir) {
    LabelFileException e = assertThrows(LabelFileException.class, () -> LabelledAnswers.read(dir));
    assertEquals(dir + ": is a directory", e.getMessage());
  }
}
