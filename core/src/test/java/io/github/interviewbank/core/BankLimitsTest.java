package io.github.interviewbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every limit of docs/limits.md that the bank enforces, at its edge: the limit passes, one more
 * fails with the documented message.
 */
class BankLimitsTest {
  private static final String HEAD = "{\"formatVersion\": 1, ";

  /** A question with the given extra fields (each ending with a comma). */
  private static String question(String id, String extra) {
    return "{\"id\": \"" + id + "\", \"prompt\": \"p\", \"difficulty\": \"beginner\", " + extra
        + "\"referenceAnswer\": \"a\"}";
  }

  private static String bank(String... questions) {
    return HEAD + "\"questions\": [" + String.join(", ", questions) + "]}";
  }

  private static String onlyProblem(String json) {
    QuestionBankException e = assertThrows(QuestionBankException.class, () -> Fixtures.read(json));
    assertEquals(1, e.problemCount(), e.getMessage());
    return e.problems().get(0).message();
  }

  private static String firstProblem(String json) {
    QuestionBankException e = assertThrows(QuestionBankException.class, () -> Fixtures.read(json));
    return e.problems().get(0).message();
  }

  @Test
  void aDocumentOfTheLimitLoadsAndOneByteMoreDoesNot(@TempDir Path dir) throws IOException {
    String json = bank(question("q", ""));
    String atLimit = json + " ".repeat((int) QuestionBank.MAX_DOCUMENT_BYTES - json.length());
    Path file = Files.writeString(dir.resolve("bank.json"), atLimit, StandardCharsets.US_ASCII);
    assertEquals(QuestionBank.MAX_DOCUMENT_BYTES, Files.size(file));
    assertEquals(1, QuestionBank.load(file).size());
    Files.writeString(file, atLimit + " ", StandardCharsets.US_ASCII);
    QuestionBankException e = assertThrows(QuestionBankException.class,
        () -> QuestionBank.load(file));
    assertEquals(file + ": document is larger than the limit of 16777216 bytes", e.getMessage());
    e = assertThrows(QuestionBankException.class, () -> QuestionBank.read(
        new ByteArrayInputStream((atLimit + " ").getBytes(StandardCharsets.US_ASCII)), "s"));
    assertEquals("s: document is larger than the limit of 16777216 bytes", e.getMessage());
  }

  @Test
  void nestingOfTheLimitLoadsAndOneLevelMoreDoesNot() {
    // The document's object is level 1; each bracket adds one.
    String atLimit = HEAD + "\"$comment\": " + "[".repeat(31) + "]".repeat(31) + ", \"questions\": []}";
    assertEquals(0, Fixtures.read(atLimit).size());
    String over = HEAD + "\"$comment\": " + "[".repeat(32) + "]".repeat(32) + ", \"questions\": []}";
    assertEquals("nesting is deeper than the limit of 32 levels", onlyProblem(over));
  }

  @Test
  void aStringOfTheLimitLoadsAndOneCharacterMoreDoesNot() {
    String text = "x".repeat(QuestionBank.MAX_STRING_LENGTH);
    QuestionBank bank = Fixtures.read(bank(question("q", "\"$comment\": \"" + text + "\", ")
        .replace("\"a\"", "\"" + text + "\"")));
    assertEquals(text, bank.questions().get(0).referenceAnswer());
    assertEquals("a string is longer than the limit of 1,000,000 characters",
        onlyProblem(bank(question("q", "").replace("\"a\"", "\"" + text + "x\""))));
  }

  @Test
  void aTextOfTheLimitCanBeBuiltAndOneCharacterMoreCannot() {
    String text = "x".repeat(QuestionBank.MAX_STRING_LENGTH);
    Question q = Fixtures.question("q", Difficulty.BEGINNER).toBuilder().referenceAnswer(text)
        .build();
    assertEquals(text, q.referenceAnswer());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> q.toBuilder().referenceAnswer(text + "x").build());
    assertEquals("referenceAnswer is 1,000,001 characters long; the limit is 1,000,000",
        e.getMessage());
  }

  @Test
  void aLongUnknownFieldNameIsCutInTheMessageAndInItsPath() {
    String name = "f".repeat(1_000);
    QuestionBankException e = assertThrows(QuestionBankException.class,
        () -> Fixtures.read(HEAD + "\"" + name + "\": 1, \"questions\": []}"));
    BankProblem p = e.problems().get(0);
    String cut = "f".repeat(80) + "...";
    assertTrue(p.message().startsWith("unknown field '" + cut + "' (1,000 characters)"),
        p.message());
    assertEquals(java.util.Optional.of("$." + cut), p.jsonPath());
    assertTrue(e.getMessage().length() < 400, e.getMessage().length() + ": " + e.getMessage());
    QuestionBankException nested = assertThrows(QuestionBankException.class,
        () -> Fixtures.read(bank(question("q", "\"" + name + "\": 1, "))));
    assertEquals(java.util.Optional.of("$.questions[0]." + cut),
        nested.problems().get(0).jsonPath());
  }

  @Test
  void aFieldNameOfTheLimitIsReadAndOneCharacterMoreIsNot() {
    String name = "n".repeat(1_000);
    assertTrue(onlyProblem(bank(question("q", "\"" + name + "\": 1, ")))
        .startsWith("unknown field 'nnn"));
    assertEquals("a field name is longer than the limit of 1,000 characters",
        onlyProblem(bank(question("q", "\"" + name + "n\": 1, "))));
  }

  @Test
  void aNumberOfTheLimitIsReadAndOneDigitMoreIsNot() {
    String digits = "1" + "0".repeat(99);
    String point = "\"keyPoints\": [{\"id\": \"k\", \"text\": \"t\", \"weight\": %s}], ";
    QuestionBank bank = Fixtures.read(bank(question("q", String.format(point, digits))));
    assertEquals(1e99, bank.questions().get(0).keyPoints().get(0).weight());
    assertEquals("a number is longer than the limit of 100 characters",
        onlyProblem(bank(question("q", String.format(point, digits + "0")))));
  }

  @Test
  void everyCharacterOfANumberCountsTowardsTheLimit() {
    String point = "\"keyPoints\": [{\"id\": \"k\", \"text\": \"t\", \"weight\": %s}], ";
    // A point, a sign and an exponent are characters of the number too (the parser counts digits).
    for (String atLimit : List.of("1." + "0".repeat(98), "1" + "0".repeat(96) + "e+1",
        "1." + "0".repeat(94) + "E-10")) {
      assertEquals(100, atLimit.length());
      assertEquals(1, Fixtures.read(bank(question("q", String.format(point, atLimit)))).size(),
          atLimit);
      for (String over : List.of(atLimit + "0", "-" + atLimit)) {
        String where = String.format(point, over);
        assertEquals("a number is longer than the limit of 100 characters",
            onlyProblem(bank(question("q", where))), over);
        assertEquals("a number is longer than the limit of 100 characters",
            onlyProblem(bank(question("q", "\"$comment\": [" + over + "], "))), "skipped: " + over);
      }
    }
  }

  private static String questions(int count) {
    StringBuilder sb = new StringBuilder(HEAD).append("\"questions\": [");
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : ",").append(question("q" + i, ""));
    }
    return sb.append("]}").toString();
  }

  @Test
  void aBankOfTheQuestionLimitLoadsAndOneQuestionMoreDoesNot() {
    assertEquals(QuestionBank.MAX_QUESTIONS,
        Fixtures.read(questions(QuestionBank.MAX_QUESTIONS)).size());
    assertEquals("the bank has more than 100,000 questions (the limit); the rest are checked, not"
        + " kept", onlyProblem(questions(QuestionBank.MAX_QUESTIONS + 1)));
  }

  @Test
  void aBankOfTheQuestionLimitCanBeBuiltAndMergedButNotOneMore() {
    List<Question> distinct = IntStream.rangeClosed(0, QuestionBank.MAX_QUESTIONS)
        .mapToObj(i -> Fixtures.question("q" + i, Difficulty.BEGINNER)).toList();
    QuestionBank full = QuestionBank.of(distinct.subList(0, QuestionBank.MAX_QUESTIONS));
    assertEquals(QuestionBank.MAX_QUESTIONS, full.size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuestionBank.of(distinct));
    assertEquals("a bank holds at most 100,000 questions, was given 100,001", e.getMessage());
    QuestionBank one = QuestionBank.of(distinct.subList(QuestionBank.MAX_QUESTIONS,
        QuestionBank.MAX_QUESTIONS + 1));
    QuestionBankException m = assertThrows(QuestionBankException.class,
        () -> full.merge(one, IdClashPolicy.REJECT));
    assertEquals("merge: the merged bank would hold 100,001 questions; the limit is 100,000",
        m.getMessage());
  }

  private static String topics(int count) {
    StringBuilder sb = new StringBuilder("\"topics\": [");
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\": \"t").append(i).append("\", \"name\": \"T\"}");
    }
    return sb.append("], ").toString();
  }

  private static String topicIds(int count) {
    return "\"topics\": [" + String.join(",", IntStream.range(0, count)
        .mapToObj(i -> "\"t" + i + "\"").toList()) + "], ";
  }

  @Test
  void aQuestionOfTheTopicLimitLoadsAndOneTopicMoreDoesNot() {
    String declared = HEAD + topics(Question.MAX_TOPICS + 1) + "\"questions\": [%s]}";
    assertEquals(Question.MAX_TOPICS, Fixtures.read(String.format(declared,
        question("q", topicIds(Question.MAX_TOPICS)))).questions().get(0).topics().size());
    assertEquals("a question has at most 100 topics", onlyProblem(String.format(declared,
        question("q", topicIds(Question.MAX_TOPICS + 1)))));
  }

  private static String keyPoints(int count) {
    return "\"keyPoints\": [" + String.join(",", IntStream.range(0, count)
        .mapToObj(i -> "{\"id\": \"k" + i + "\", \"text\": \"t\"}").toList()) + "], ";
  }

  @Test
  void aQuestionOfTheKeyPointLimitLoadsAndOneKeyPointMoreDoesNot() {
    assertEquals(Question.MAX_KEY_POINTS, Fixtures.read(bank(question("q",
        keyPoints(Question.MAX_KEY_POINTS)))).questions().get(0).keyPoints().size());
    assertEquals("a question has at most 1,000 key points; the rest are checked, not kept",
        onlyProblem(bank(question("q", keyPoints(Question.MAX_KEY_POINTS + 1)))));
  }

  @Test
  void anIdOfTheLimitLoadsAndOneCharacterMoreDoesNot() {
    String id = "a".repeat(64);
    assertEquals(id, Fixtures.read(bank(question(id, ""))).questions().get(0).id());
    assertEquals("'" + id + "a' is not a kebab-case id (lower-case letters and digits joined by"
        + " single hyphens, at most 64 characters)", onlyProblem(bank(question(id + "a", ""))));
  }

  @Test
  void aPatternOfTheLimitLoadsAndOneCharacterMoreDoesNot() {
    String pattern = "w".repeat(MatchPattern.MAX_LENGTH);
    String point = "\"keyPoints\": [{\"id\": \"k\", \"text\": \"t\", \"phrasings\": [\"%s\"]}], ";
    assertEquals(List.of(pattern), Fixtures.read(bank(question("q", String.format(point,
        pattern)))).questions().get(0).keyPoints().get(0).phrasings());
    assertEquals("invalid pattern: pattern is longer than 300 characters (301)",
        onlyProblem(bank(question("q", String.format(point, pattern + "w")))));
  }

  @Test
  void theFirstHundredProblemsAreListedAndTheRestCounted() {
    String hundred = HEAD + "\"questions\": [" + "1,".repeat(99) + "1]}";
    QuestionBankException e = assertThrows(QuestionBankException.class,
        () -> Fixtures.read(hundred));
    assertEquals(100, e.problems().size());
    assertEquals(100, e.problemCount());
    String more = HEAD + "\"questions\": [" + "1,".repeat(100) + "1]}";
    e = assertThrows(QuestionBankException.class, () -> Fixtures.read(more));
    assertEquals(100, e.problems().size());
    assertEquals(101, e.problemCount());
    assertTrue(e.getMessage().endsWith(" (and 100 more problems)"), e.getMessage());
    assertTrue(firstProblem(more).startsWith("expected an object"));
  }

  /** Distinct questions whose JSON takes about {@code bytes} each without white space. */
  private static QuestionBank bankOfSize(int count, int bytes) {
    List<Question> qs = new ArrayList<>(count);
    String answer = "r".repeat(Math.max(1, bytes - 80));
    for (int i = 0; i < count; i++) {
      qs.add(Question.builder("q" + i).prompt("p").difficulty(Difficulty.BEGINNER)
          .referenceAnswer(answer).build());
    }
    return QuestionBank.of(qs);
  }

  @Test
  void aBankTooLargeToIndentIsWrittenCompactAndReadsBack(@TempDir Path dir) {
    // About 150 bytes a question compact, 40 more indented: 15 MB against 19 MB.
    QuestionBank bank = bankOfSize(QuestionBank.MAX_QUESTIONS, 150);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    bank.write(out);
    assertTrue(out.size() <= QuestionBank.MAX_DOCUMENT_BYTES, "size " + out.size());
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("{\"formatVersion\":1,"));
    Path file = dir.resolve("bank.json");
    bank.write(file);
    assertEquals(bank, QuestionBank.load(file));
  }

  @Test
  void aBankTooLargeEvenCompactIsRefusedAndTheFileKept(@TempDir Path dir) throws IOException {
    QuestionBank bank = bankOfSize(QuestionBank.MAX_QUESTIONS, 200);
    Path file = Files.writeString(dir.resolve("bank.json"), "old");
    QuestionBankException e = assertThrows(QuestionBankException.class, () -> bank.write(file));
    assertEquals(file + ": cannot write the bank: its JSON would be more than 16,777,216 bytes,"
        + " the limit that loading accepts", e.getMessage());
    assertEquals("old", Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file");
    }
  }
}
