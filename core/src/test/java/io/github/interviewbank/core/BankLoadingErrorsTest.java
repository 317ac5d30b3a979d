package io.github.interviewbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad bank gets one {@link QuestionBankException} naming what and where. */
class BankLoadingErrorsTest {

  private static final String TINY = tinyText();

  private static String tinyText() {
    try (InputStream in = BankLoadingErrorsTest.class.getResourceAsStream("tiny-bank.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static QuestionBankException failure(String json) {
    return assertThrows(QuestionBankException.class, () -> Fixtures.read(json));
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, "fixture lacks " + from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertTrue(at >= 0, "fixture lacks " + needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void malformedJsonNamesTheFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    String json = replaceOnce(TINY, "\"prompt\": \"What is a cache?\",", "\"prompt\": \"What\" is,");
    Files.writeString(file, json);
    QuestionBankException e =
        assertThrows(QuestionBankException.class, () -> QuestionBank.load(file));
    BankProblem p = e.problems().get(0);
    int line = lineOf(json, "\"What\" is,");
    assertEquals(OptionalInt.of(line), p.line());
    assertTrue(p.column().isPresent());
    assertTrue(e.getMessage().startsWith(file + ":" + line + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
  }

  @Test
  void truncatedDocumentsAreMalformed() {
    QuestionBankException e = failure(TINY.substring(0, TINY.length() / 2));
    assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
  }

  @Test
  void aTruncatedDocumentSaysWhatWasLeftOpenInPlainWords() {
    assertEquals("test.json:1:33: malformed JSON: the file ends inside an array opened at line 1,"
        + " column 32", failure("{\"formatVersion\":1,\"questions\":[").getMessage());
    assertEquals("test.json:1:2: malformed JSON: the file ends inside an object opened at line 1,"
        + " column 1", failure("{").getMessage());
    assertEquals("test.json:1:10: malformed JSON: the file ends inside a string",
        failure("{\"a\":\"abc").getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"formatVersion\":1,\"questions\":[", "{\"a\":[1,2}}", "{\"a\" 1}",
    "{\"a\":\"x\ty\"}", "{\"a\":NaN}", "{/*c*/}", "{\"a\":1}}", "\n\uFEFF{}", "{\"a\":tru}",
    "{\"a\":", "{\"a"})
  void syntaxErrorsAreOneLineWithoutTheParsersInternals(String json) {
    String message = failure(json).getMessage();
    assertTrue(message.startsWith("test.json:") && message.contains(": malformed JSON: "), message);
    for (String internal : List.of("\n", "Source", "REDACTED", "(code ", "`", "Feature",
        "end-of-input", "VALUE_STRING", "#UNKNOWN")) {
      assertFalse(message.contains(internal), internal + " in " + message);
    }
  }

  @Test
  void aFolderWhereTheBankShouldBeIsNamedInOneLine(@TempDir Path dir) {
    QuestionBankException e =
        assertThrows(QuestionBankException.class, () -> QuestionBank.load(dir));
    assertEquals(dir + ": is a directory", e.getMessage());
  }

  @Test
  void anUnreadableBankIsNamedInOneLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("secret.json"), TINY);
    assertTrue(file.toFile().setReadable(false, false));
    assumeFalse(Files.isReadable(file), "the superuser reads every file");
    QuestionBankException e =
        assertThrows(QuestionBankException.class, () -> QuestionBank.load(file));
    assertEquals(file + ": permission denied", e.getMessage());
  }

  @Test
  void emptyDocumentsAndNonObjectsAreRejected() {
    assertTrue(failure("").getMessage().contains("document is empty"));
    assertTrue(failure("  \n ").getMessage().contains("document is empty"));
    assertTrue(failure("[1, 2]").getMessage().contains("must be an object, was an array"));
  }

  @Test
  void trailingContentIsRejected() {
    QuestionBankException e = failure(TINY + "\n{}");
    assertTrue(e.getMessage().contains("after the end of the document"), e.getMessage());
  }

  @Test
  void unknownOrMissingFormatVersionIsRejected() {
    QuestionBankException e = failure(replaceOnce(TINY, "\"formatVersion\": 1", "\"formatVersion\": 2"));
    assertTrue(e.getMessage().contains("unsupported formatVersion 2"), e.getMessage());
    assertEquals(Optional.of("$.formatVersion"), e.problems().get(0).jsonPath());
    e = failure(replaceOnce(TINY, "\"formatVersion\": 1,", ""));
    assertTrue(e.getMessage().contains("missing field 'formatVersion'"), e.getMessage());
    e = failure(replaceOnce(TINY, "\"formatVersion\": 1", "\"formatVersion\": \"1\""));
    assertTrue(e.getMessage().contains("unsupported formatVersion '1'"), e.getMessage());
  }

  @Test
  void missingAndBlankFieldsNameTheQuestion() {
    String json = replaceOnce(TINY, "\"prompt\": \"What is a database index?\",", "");
    QuestionBankException e = failure(json);
    BankProblem p = e.problems().get(0);
    assertEquals(Optional.of("what-is-an-index"), p.questionId());
    assertEquals("missing field 'prompt'", p.message());
    assertEquals(Optional.of("$.questions[1]"), p.jsonPath());

    e = failure(replaceOnce(TINY, "\"What is a database index?\"", "\"  \""));
    assertEquals("'prompt' must not be blank", e.problems().get(0).message());
    assertEquals(OptionalInt.of(lineOf(TINY, "What is a database index?")), e.problems().get(0).line());
  }

  @Test
  void wronglyTypedFieldsAreRejected() {
    QuestionBankException e = failure(replaceOnce(TINY, "\"required\": true", "\"required\": \"yes\""));
    assertEquals("required must be true or false, was a string", e.problems().get(0).message());
    e = failure(replaceOnce(TINY, "\"topics\": [\"databases\"]", "\"topics\": \"databases\""));
    assertTrue(e.getMessage().contains("expected an array of strings"), e.getMessage());
  }

  @Test
  void unknownFieldsAreRejectedSoTyposDoNotPassSilently() {
    QuestionBankException e =
        failure(replaceOnce(TINY, "\"referenceAnswer\": \"A structure", "\"referenceAnswr\": \"A structure"));
    assertTrue(
        e.problems().stream().anyMatch(p -> p.message().startsWith("unknown field 'referenceAnswr'")),
        e.problems().toString());
  }

  @Test
  void badDifficultyIsRejected() {
    QuestionBankException e = failure(replaceOnce(TINY, "\"difficulty\": \"advanced\"", "\"difficulty\": \"expert\""));
    assertEquals(Optional.of("cache-database-consistency"), e.problems().get(0).questionId());
    assertTrue(e.getMessage().contains("'expert'"), e.getMessage());
  }

  @Test
  void duplicateQuestionIdsNameTheFirstUse() {
    String json = replaceOnce(TINY, "\"id\": \"what-is-an-index\"", "\"id\": \"what-is-a-cache\"");
    QuestionBankException e = failure(json);
    BankProblem p = e.problems().get(0);
    assertEquals(Optional.of("what-is-a-cache"), p.questionId());
    assertTrue(p.message().contains("duplicate question id (first used on line "
        + lineOf(json, "\"id\": \"what-is-a-cache\"") + ")"), p.message());
  }

  @Test
  void duplicateKeyPointIdsAndTopicIdsAreRejected() {
    QuestionBankException e = failure(replaceOnce(TINY, "\"id\": \"hot-data\"", "\"id\": \"fast-copy\""));
    assertTrue(e.getMessage().contains("duplicate key point id 'fast-copy'"), e.getMessage());
    e = failure(replaceOnce(TINY, "{ \"id\": \"databases\", \"name\": \"Databases\" }",
        "{ \"id\": \"caching\", \"name\": \"Databases\" }"));
    assertTrue(e.getMessage().contains("duplicate topic id 'caching'"), e.getMessage());
  }

  @Test
  void duplicateJsonKeysAreRejected() {
    QuestionBankException e = failure(replaceOnce(TINY, "\"prompt\": \"What is a cache?\",",
        "\"prompt\": \"What is a cache?\", \"prompt\": \"Again?\","));
    assertTrue(e.getMessage().contains("duplicate key 'prompt'"), e.getMessage());
  }

  @Test
  void unknownTopicReferencesAreRejected() {
    QuestionBankException e = failure(replaceOnce(TINY, "\"topics\": [\"databases\"]", "\"topics\": [\"security\"]"));
    BankProblem p = e.problems().get(0);
    assertEquals("unknown topic 'security' (declare it in 'topics')", p.message());
    assertEquals(Optional.of("$.questions[1].topics[0]"), p.jsonPath());
    assertEquals(Optional.of("what-is-an-index"), p.questionId());
  }

  @Test
  void nonPositiveAndNonNumericWeightsAreRejected() {
    for (String bad : List.of("0", "-1", "-0.5", "1e999")) {
      QuestionBankException e = failure(replaceOnce(TINY, "\"weight\": 2", "\"weight\": " + bad));
      assertTrue(e.getMessage().contains("weight must be finite and greater than 0"), bad + ": " + e.getMessage());
      assertEquals(Optional.of("$.questions[0].keyPoints[0].weight"), e.problems().get(0).jsonPath());
    }
    // The example in BankProblem's javadoc, built as a reader builds it and as the reader finds it.
    String example = "weight must be finite and greater than 0, was -1";
    assertEquals("bank.json:36:21: question 'cap-theorem': " + example
            + " ($.questions[3].keyPoints[0].weight)",
        BankProblem.of("bank.json", example).withLocation(36, 21)
            .withJsonPath("$.questions[3].keyPoints[0].weight").withQuestionId("cap-theorem")
            .toString());
    BankProblem minusOne =
        failure(replaceOnce(TINY, "\"weight\": 2", "\"weight\": -1")).problems().get(0);
    assertEquals(example, minusOne.message());
    assertTrue(minusOne.toString().endsWith(": question 'what-is-a-cache': " + example
        + " ($.questions[0].keyPoints[0].weight)"), minusOne.toString());
    QuestionBankException e = failure(replaceOnce(TINY, "\"weight\": 2", "\"weight\": null"));
    assertTrue(e.getMessage().contains("weight must be a number, was null"), e.getMessage());
  }

  @Test
  void invalidPatternsAreRejected() {
    QuestionBankException e = failure(replaceOnce(TINY, "\"cache slow*\"", "\"cache s*\""));
    assertTrue(e.getMessage().contains("invalid pattern"), e.getMessage());
    assertEquals(Optional.of("$.questions[0].keyPoints[0].contradictions[0]"), e.problems().get(0).jsonPath());
  }

  @Test
  void badContrastsAreRejectedWithTheirPath() {
    String contrast = "\"contrasts\": [[\"cache\", \"database|db\"]]";
    QuestionBankException e = failure(replaceOnce(TINY, contrast, "\"contrasts\": [[\"cache\"]]"));
    assertTrue(e.getMessage().contains("a contrast needs at least two terms"), e.getMessage());
    assertEquals(Optional.of("$.questions[0].contrasts[0]"), e.problems().get(0).jsonPath());
    assertEquals(OptionalInt.of(lineOf(TINY, contrast)), e.problems().get(0).line());
    e = failure(replaceOnce(TINY, contrast, "\"contrasts\": [[\"cache & hit\", \"db\"]]"));
    assertTrue(e.getMessage().contains("must be one phrase, without '&' or '~'"), e.getMessage());
    e = failure(replaceOnce(TINY, contrast, "\"contrasts\": [[\"cache\", \"Cache\"]]"));
    assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    e = failure(replaceOnce(TINY, contrast, "\"contrasts\": [[\"cache\", 3]]"));
    assertEquals(Optional.of("$.questions[0].contrasts[0][1]"), e.problems().get(0).jsonPath());
    e = failure(replaceOnce(TINY, contrast, "\"contrasts\": [\"cache\"]"));
    assertTrue(e.getMessage().contains("expected an array of strings"), e.getMessage());
  }

  @Test
  void followUpsNamingUnknownKeyPointsAreRejected() {
    QuestionBankException e = failure(replaceOnce(TINY, "\"keyPoints\": [\"fast-copy\"]", "\"keyPoints\": [\"nope\"]"));
    assertTrue(e.getMessage().contains("follow-up names unknown key point 'nope'"), e.getMessage());
  }

  @Test
  void aFollowUpRubricWithoutAReferenceAnswerIsRejectedWhereItStands() {
    String json = replaceOnce(TINY,
        "\"referenceAnswer\": \"Memory is finite, so a full cache evicts entries, often the least"
            + " recently used.\",", "");
    QuestionBankException e = failure(json);
    BankProblem p = e.problems().get(0);
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertEquals("a follow-up with a 'rubric' needs a 'referenceAnswer'", p.message());
    assertEquals(Optional.of("$.questions[0].followUps[1].rubric"), p.jsonPath());
    assertEquals(Optional.of("what-is-a-cache"), p.questionId());
    assertEquals(OptionalInt.of(lineOf(json, "\"rubric\": [")), p.line());
  }

  @Test
  void aBlankFollowUpReferenceAnswerIsRejected() {
    QuestionBankException e = failure(replaceOnce(TINY, "\"Memory is finite, so", "\" \\t\", \"x\": \""));
    assertTrue(e.problems().stream().anyMatch(p -> p.message().equals(
        "'referenceAnswer' must not be blank")
        && p.jsonPath().equals(Optional.of("$.questions[0].followUps[1].referenceAnswer"))),
        e.problems().toString());
    assertTrue(e.problems().stream().anyMatch(p -> p.message().startsWith("unknown field 'x'")),
        e.problems().toString());
  }

  @Test
  void followUpRubricKeyPointsAreValidatedLikeAQuestionsWithTheirLocation() {
    String json = replaceOnce(TINY, "\"id\": \"eviction\"", "\"id\": \"memory-bound\"");
    QuestionBankException e = failure(json);
    BankProblem p = e.problems().get(0);
    assertTrue(p.message().startsWith("duplicate key point id 'memory-bound' (first used on line "
        + lineOf(json, "\"id\": \"memory-bound\"") + ")"), p.message());
    assertEquals(Optional.of("$.questions[0].followUps[1].rubric[1].id"), p.jsonPath());
    assertEquals(Optional.of("what-is-a-cache"), p.questionId());

    e = failure(replaceOnce(TINY, "\"evict*\"", "\"ev*\""));
    assertEquals(Optional.of("$.questions[0].followUps[1].rubric[1].phrasings[0]"),
        e.problems().get(0).jsonPath());
    assertTrue(e.getMessage().contains("invalid pattern"), e.getMessage());

    e = failure(replaceOnce(TINY, "\"weight\": 2.5", "\"weight\": -1"));
    assertEquals(Optional.of("$.questions[0].followUps[1].rubric[1].weight"),
        e.problems().get(0).jsonPath());

    e = failure(replaceOnce(TINY, "\"text\": \"Cache memory is finite\"", "\"txt\": \"Cache\""));
    assertTrue(e.problems().stream().anyMatch(p2 -> p2.message().startsWith("unknown field 'txt'")),
        e.problems().toString());
    assertTrue(e.problems().stream().anyMatch(p2 -> p2.message().equals("missing field 'text'")),
        e.problems().toString());
  }

  @Test
  void tooDeepNestingIsRejected() {
    String deep = "[".repeat(40) + "]".repeat(40);
    String json = "{\"formatVersion\": 1, \"questions\": [], \"$comment\": " + deep + "}";
    QuestionBankException e = failure(json);
    assertEquals("test.json:1:" + (json.indexOf('[' + "[".repeat(32)) + 33)
        + ": nesting is deeper than the limit of 32 levels", e.getMessage());
  }

  @Test
  void documentsOverTheSizeLimitAreRejectedBeforeParsing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.json");
    byte[] padding = new byte[(int) QuestionBank.MAX_DOCUMENT_BYTES + 1];
    java.util.Arrays.fill(padding, (byte) ' ');
    Files.write(file, padding);
    QuestionBankException e = assertThrows(QuestionBankException.class, () -> QuestionBank.load(file));
    assertTrue(e.getMessage().contains("larger than the limit of 16777216 bytes"), e.getMessage());
    e = assertThrows(QuestionBankException.class,
        () -> QuestionBank.read(Files.newInputStream(file), "stream"));
    assertTrue(e.getMessage().startsWith("stream: document is larger"), e.getMessage());
  }

  @Test
  void missingFilesAndResourcesAreNamed(@TempDir Path dir) {
    Path missing = dir.resolve("absent.json");
    QuestionBankException e = assertThrows(QuestionBankException.class, () -> QuestionBank.load(missing));
    assertEquals(missing + ": no such file", e.getMessage());
    e = assertThrows(QuestionBankException.class, () -> QuestionBank.fromResource(getClass(), "absent.json"));
    assertEquals("resource io/github/interviewbank/core/absent.json: resource not found", e.getMessage());
  }

  @Test
  void everyProblemIsListedNotOnlyTheFirst() {
    String json = replaceOnce(TINY, "\"weight\": 2", "\"weight\": 0");
    json = replaceOnce(json, "\"difficulty\": \"advanced\"", "\"difficulty\": \"hard\"");
    json = replaceOnce(json, "\"topics\": [\"databases\"]", "\"topics\": [\"nope\"]");
    QuestionBankException e = failure(json);
    assertEquals(3, e.problems().size(), e.problems().toString());
    assertTrue(e.getMessage().endsWith("(and 2 more problems)"), e.getMessage());
  }

  @Test
  void aLeadingByteOrderMarkIsSkippedAndOneElsewhereIsMalformed() {
    assertEquals(Fixtures.tiny(), Fixtures.read("\uFEFF" + TINY));
    QuestionBankException e = failure("\n\uFEFF" + TINY);
    assertTrue(e.getMessage().startsWith("test.json:2:"), e.getMessage());
    assertTrue(e.getMessage().contains(": malformed JSON: unexpected character U+FEFF"),
        e.getMessage());
  }

  @Test
  void problemsBeyondTheListedOnesAreCountedNotKept() {
    String json = "{\"formatVersion\": 1, \"questions\": [" + "1,".repeat(249) + "1]}";
    QuestionBankException e = failure(json);
    assertEquals(QuestionBankException.MAX_LISTED_PROBLEMS, e.problems().size());
    assertEquals(250, e.problemCount());
    assertEquals("test.json:1:36: expected an object, was a number ($.questions[0])"
        + " (and 249 more problems)", e.getMessage());
    assertEquals(Optional.of("$.questions[99]"), e.problems().get(99).jsonPath());
  }

  @Test
  void questionsMayComeBeforeTheTopicsTheyName() {
    String json = "{\"questions\": [{\"id\": \"q\", \"prompt\": \"p\", \"difficulty\": \"beginner\","
        + " \"topics\": [\"caching\"], \"referenceAnswer\": \"a\"}],"
        + " \"topics\": [{\"id\": \"caching\", \"name\": \"Caching\"}], \"formatVersion\": 1}";
    QuestionBank bank = Fixtures.read(json);
    assertEquals(List.of(Fixtures.CACHING), bank.find("q").orElseThrow().topics());

    QuestionBankException e = failure(json.replace("[\"caching\"]", "[\"security\"]"));
    BankProblem p = e.problems().get(0);
    assertEquals("unknown topic 'security' (declare it in 'topics')", p.message());
    assertEquals(Optional.of("q"), p.questionId());
    assertEquals(Optional.of("$.questions[0].topics[0]"), p.jsonPath());
    assertEquals(OptionalInt.of(json.indexOf("[\"caching\"]") + 2), p.column());
  }

  @Test
  void followUpsMayComeBeforeTheKeyPointsTheyName() {
    String json = "{\"formatVersion\": 1, \"questions\": [{\"followUps\": [{\"prompt\": \"Why?\","
        + " \"keyPoints\": [\"k\"]}], \"id\": \"q\", \"prompt\": \"p\", \"difficulty\": \"beginner\","
        + " \"referenceAnswer\": \"a\", \"keyPoints\": [{\"id\": \"k\", \"text\": \"t\"}]}]}";
    assertEquals(List.of(FollowUp.probing("Why?", "k")),
        Fixtures.read(json).find("q").orElseThrow().followUps());

    QuestionBankException e = failure(json.replace("[\"k\"]", "[\"nope\"]"));
    BankProblem p = e.problems().get(0);
    assertEquals("follow-up names unknown key point 'nope'", p.message());
    assertEquals(Optional.of("q"), p.questionId());
    assertEquals(Optional.of("$.questions[0].followUps[0].keyPoints[0]"), p.jsonPath());
  }

  @Test
  void problemsFoundBeforeAQuestionsIdNameTheQuestion() {
    String json = replaceOnce(TINY, "\"id\": \"what-is-an-index\",", "");
    json = replaceOnce(json, "\"prompt\": \"What is a database index?\",",
        "\"prompt\": 7, \"id\": \"what-is-an-index\",");
    BankProblem p = failure(json).problems().get(0);
    assertEquals("'prompt' must be a string, was a number", p.message());
    assertEquals(Optional.of("what-is-an-index"), p.questionId());
  }

  @Test
  void aLoneSurrogateIsRejectedWhereItStands() {
    String json = replaceOnce(TINY, "\"What is a cache?\"", "\"What is a \\ud800 cache?\"");
    BankProblem p = failure(json).problems().get(0);
    assertEquals("the text holds a lone surrogate (\\ud800) at character 11: text must be valid"
        + " Unicode", p.message());
    assertEquals(OptionalInt.of(lineOf(json, "What is a \\ud800")), p.line());
    assertEquals(Optional.of("$.questions[0].prompt"), p.jsonPath());
  }

  @Test
  void aHugeInvalidIdIsNotEchoedWhole() {
    String id = "X".repeat(1_000_000);
    QuestionBankException e = failure(replaceOnce(TINY, "\"what-is-a-cache\"", "\"" + id + "\""));
    String message = e.problems().get(0).message();
    assertEquals("'" + "X".repeat(80) + "...' (1,000,000 characters) is not a kebab-case id"
        + " (lower-case letters and digits joined by single hyphens, at most 64 characters)",
        message);
  }

  @Test
  void anUnknownFieldWithAHugeNameIsNotEchoedWhole() {
    String name = "n".repeat(1_000);
    QuestionBankException e = failure(replaceOnce(TINY, "\"prompt\": \"What is a cache?\",",
        "\"prompt\": \"What is a cache?\", \"" + name + "\": 1,"));
    assertTrue(e.problems().get(0).message().startsWith(
        "unknown field '" + "n".repeat(80) + "...' (1,000 characters) (expected one of"),
        e.getMessage());
  }

  @Test
  void problemsRenderAsSourceLineColumnQuestionMessageAndPath() {
    BankProblem p = BankProblem.of("bank.json", "bad").withLocation(12, 7)
        .withJsonPath("$.questions[3].id").withQuestionId("cap-theorem");
    assertEquals("bank.json:12:7: question 'cap-theorem': bad ($.questions[3].id)", p.toString());
    assertEquals("merge: bad", BankProblem.of("merge", "bad").toString());
  }
}
