package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.Question;
import io.github.interviewbank.core.QuestionBank;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every command and exit code, through the real entry point with captured streams. */
class CliTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int BUILT_IN_SIZE = QuestionBank.builtIn().size();

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  @Nested
  class Practice {
    private static final String GOOD_N_PLUS_ONE =
        "The N+1 problem: one query loads the list, then one more query per row loads related"
            + " data.\nFix it with eager loading, a JOIN, or batching ids into an IN query.\n\n";

    @Test
    void asksGradesExplainsAndGrillsWithPipedInput() {
      Cli r = Cli.input(GOOD_N_PLUS_ONE + "Log the number of queries per request in tests.\n\n",
          "practice", "--count", "1", "--seed", "7", "--text", "N+1");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains("Question 1 of 1"), r.out());
      assertTrue(r.out().contains("Explain the N+1 query problem"), r.out());
      assertTrue(r.out().contains("Score    ["), r.out());
      assertTrue(r.out().contains("+ covered"), r.out());
      assertTrue(r.out().contains("Reference answer"), r.out());
      assertTrue(r.out().contains("Follow-up"), r.out());
      assertTrue(r.out().contains("Summary"), r.out());
      assertTrue(r.out().contains("By topic:") && r.out().contains("By difficulty:"), r.out());
      assertTrue(r.out().contains("Follow-ups"), r.out());
      assertEquals("", r.err());
    }

    @Test
    void aFollowUpWithItsOwnRubricIsGradedOnItAndShowsItsReferenceAnswer(@TempDir Path dir)
        throws Exception {
      Path bank = dir.resolve("bank.json");
      Files.writeString(bank, """
          {"formatVersion": 1, "questions": [{"id": "q", "prompt": "What is a cache?",
            "difficulty": "beginner", "referenceAnswer": "A copy of hot data in fast storage.",
            "keyPoints": [{"id": "copy", "text": "It keeps a copy", "phrasings": ["copy"]}],
            "followUps": [{"prompt": "How do entries leave it?", "keyPoints": ["copy"],
              "referenceAnswer": "They expire after a time to live or are evicted when it is full.",
              "rubric": [
                {"id": "expiry", "text": "Entries expire after a TTL", "phrasings": ["expire"]},
                {"id": "eviction", "text": "A full cache evicts", "phrasings": ["evict*"]}]}]}]}
          """);
      Cli r = Cli.input("It keeps a copy of data.\n\nEntries expire, and a full cache evicts"
          + " the oldest ones.\n\n", "--bank", bank.toString(), "practice", "--count", "1",
          "--seed", "1");
      assertEquals(0, r.code(), r.toString());
      String followUp = r.out().substring(r.out().indexOf("Follow-up  on: It keeps a copy"));
      assertTrue(followUp.contains("+ covered      Entries expire after a TTL"), r.out());
      assertTrue(followUp.contains("+ covered      A full cache evicts"), r.out());
      assertTrue(followUp.contains("Reference answer\n  They expire after a time to live"),
          r.out());
    }

    @Test
    void theSameSeedAsksTheSameQuestions() {
      // Without a history, and without saving, each run starts from the same empty history.
      Cli a = Cli.input("x\n\ny\n\nz\n\n", "practice", "--seed", "42", "--no-follow-ups",
          "--no-save");
      Cli b = Cli.input("x\n\ny\n\nz\n\n", "practice", "--seed", "42", "--no-follow-ups",
          "--no-save");
      assertEquals(a.out(), b.out());
      assertTrue(a.out().contains("Question 3 of 3"), a.out());
    }

    @Test
    void endOfInputEndsTheSessionWithASummary() {
      Cli r = Cli.input("A cache keeps hot data in memory, like Redis.\n", "practice", "--count",
          "3", "--seed", "1");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains("1 of 3 questions answered"), r.out());
      assertFalse(r.out().contains("Question 2 of 3"), r.out());
    }

    @Test
    void noInputAtAllIsAnEmptySession() {
      Cli r = Cli.input("", "practice", "--count", "2", "--seed", "1");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains("No answers were given."), r.out());
    }

    @Test
    void anEmptyAnswerIsASkipNotAZero() {
      Cli r = Cli.input("\n", "practice", "--count", "1", "--seed", "3", "--no-follow-ups");
      assertTrue(r.out().contains("Skipped."), r.out());
      assertFalse(r.out().contains("Score"), r.out());
      assertTrue(r.out().contains("No answers were given. 1 skipped."), r.out());
    }

    @Test
    void filtersSelectTheQuestions() {
      Cli r = Cli.input("", "practice", "--difficulty", "advanced", "--topic", "caching",
          "--count", "5", "--seed", "9");
      assertEquals(0, r.code(), r.toString());
      assertFalse(r.out().contains("beginner |"), r.out());
    }

    @Test
    void noMatchingQuestionIsInvalidInput() {
      Cli r = Cli.input("", "practice", "--text", "no-such-words-anywhere-xyz");
      assertEquals(1, r.code(), r.toString());
      assertEquals("interview-bank: no question matches the filters\n", r.err());
      assertEquals("", r.out());
    }

    @Test
    void aBadCountIsAUsageError() {
      Cli r = Cli.input("", "practice", "--count", "0");
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().contains("--count must be from 1 to 1000"), r.err());
    }
  }

  @Nested
  class ListAndShow {
    @Test
    void listsEveryQuestionWithItsIdDifficultyAndTopics() {
      Cli r = Cli.run("list");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().startsWith("rest-vs-graphql"), r.out());
      assertTrue(r.out().contains(BUILT_IN_SIZE + " of " + BUILT_IN_SIZE + " questions"), r.out());
    }

    @Test
    void listFiltersAndWritesJson() {
      Cli r = Cli.run("list", "--difficulty", "beginner", "--topic", "security", "--format", "json");
      assertEquals(0, r.code(), r.toString());
      JsonNode list = json(r.out());
      assertTrue(list.size() >= 1);
      for (JsonNode q : list) {
        assertEquals("beginner", q.get("difficulty").asString());
      }
    }

    @Test
    void anUnknownTopicIsNamedWithTheKnownOnes() {
      Cli r = Cli.run("list", "--topic", "cooking");
      assertEquals(1, r.code(), r.toString());
      assertTrue(r.err().startsWith("interview-bank: unknown topic 'cooking'; the bank's topics are rest-apis"), r.err());
    }

    @Test
    void showsAQuestionInTextAndJson() {
      Cli r = Cli.run("show", "cap-theorem");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains("Reference answer") && r.out().contains("Key points")
          && r.out().contains("Follow-ups"), r.out());
      String json = Cli.run("show", "cap-theorem", "--format", "json").out();
      JsonNode q = json(json).get("questions").get(0);
      assertEquals("cap-theorem", q.get("id").asString());
      assertEquals("advanced", q.get("difficulty").asString());
      assertTrue(q.get("keyPoints").size() >= 3);
    }

    @Test
    void showsJsonAsAOneQuestionBankInTheBankWritersForm(@TempDir Path dir) throws Exception {
      String json = Cli.run("show", "cap-theorem", "--format", "json").out();
      QuestionBank builtIn = QuestionBank.builtIn();
      Question cap = builtIn.find("cap-theorem").orElseThrow();
      assertEquals(QuestionBank.of(List.of(cap)).withSynonyms(builtIn.synonyms()).toJson(), json);
      Path file = dir.resolve("cap.json");
      Files.writeString(file, json);
      assertEquals(List.of(cap), QuestionBank.load(file).questions());
    }

    @Test
    void anUnknownIdIsInvalidInput() {
      Cli r = Cli.run("show", "no-such-id");
      assertEquals(1, r.code(), r.toString());
      assertEquals("interview-bank: unknown question id 'no-such-id' (run 'interview-bank list' to"
          + " see the ids)\n", r.err());
    }
  }

  @Nested
  class Grade {
    @Test
    void gradesOneAnswerAsText() {
      Cli r = Cli.run("grade", "-q", "rest-constraints", "--answer",
          "REST is stateless: each request carries everything; client-server, cacheable,"
              + " layered system and a uniform interface.");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().startsWith("Score    ["), r.out());
      assertTrue(r.out().contains("Feedback"), r.out());
    }

    @Test
    void showsWhenTheGraderIsUnsureOnItsOwnLine() {
      Cli r = Cli.run("grade", "-q", "optimistic-vs-pessimistic-locking", "--answer",
          "Optimistic locking takes a lock on the row before reading it, with SELECT FOR UPDATE,"
              + " so other writers wait. Pessimistic locking takes no lock: it checks a version"
              + " column at update time.");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains("\nUnsure   the answer says of one of the things compared"),
          r.out());
      String feedback = r.out().lines().filter(l -> l.startsWith("Feedback ")).findFirst()
          .orElseThrow();
      assertFalse(feedback.contains("Unsure"), feedback);
    }

    @Test
    void gradesOneAnswerAsJson() {
      Cli r = Cli.run("grade", "--question", "cap-theorem", "--answer", "pick two", "--format", "json");
      assertEquals(0, r.code(), r.toString());
      JsonNode g = json(r.out());
      assertEquals("cap-theorem", g.get("questionId").asString());
      for (String field : List.of("score", "band", "covered", "missed", "feedback")) {
        assertTrue(g.has(field), field);
      }
      assertEquals(1, r.out().strip().lines().count(), "one object on one line");
    }

    @Test
    void readsTheAnswerFromAFileOrStandardInput(@TempDir Path dir) throws Exception {
      Path file = dir.resolve("answer.txt");
      Files.writeString(file, "Authentication checks who you are; authorization what you may do.");
      Cli fromFile = Cli.run("grade", "-q", "authentication-vs-authorization", "--answer-file",
          file.toString(), "--format", "json");
      Cli fromStdin = Cli.input("Authentication checks who you are; authorization what you may do.",
          "grade", "-q", "authentication-vs-authorization", "--answer-file", "-", "--format", "json");
      assertEquals(0, fromFile.code(), fromFile.toString());
      assertEquals(json(fromFile.out()).get("score"), json(fromStdin.out()).get("score"));
    }

    @Test
    void gradesABatchInInputOrder(@TempDir Path dir) throws Exception {
      Path input = dir.resolve("answers.jsonl");
      Files.writeString(input, """
          {"questionId": "cap-theorem", "answer": "pick two of three", "student": "ann"}
          {"questionId": "jwt-structure", "answer": "header.payload.signature, base64url"}
          {"questionId": "cap-theorem", "answer": ""}
          """);
      Cli r = Cli.run("grade", "--input", input.toString());
      assertEquals(0, r.code(), r.toString());
      List<String> lines = r.out().strip().lines().toList();
      assertEquals(3, lines.size(), r.out());
      assertEquals(1, json(lines.get(0)).get("line").asInt());
      assertEquals("cap-theorem", json(lines.get(0)).get("questionId").asString());
      assertEquals("jwt-structure", json(lines.get(1)).get("questionId").asString());
      assertEquals(3, json(lines.get(2)).get("line").asInt());
      assertEquals(0.0, json(lines.get(2)).get("score").asDouble());
    }

    @Test
    void aBadBatchLineIsNamedAndTheOthersAreStillGraded(@TempDir Path dir) throws Exception {
      Path input = dir.resolve("answers.jsonl");
      Files.writeString(input, "{\"questionId\": \"cap-theorem\", \"answer\": \"x\"}\n{oops\n");
      Cli r = Cli.run("grade", "--input", input.toString());
      assertEquals(1, r.code(), r.toString());
      assertTrue(r.err().startsWith("interview-bank: 1 of 2 lines not graded; the first: " + input
          + ":2: not valid JSON"), r.err());
      List<String> lines = r.out().lines().toList();
      assertEquals("cap-theorem", json(lines.get(0)).get("questionId").asString());
      assertTrue(json(lines.get(1)).get("error").asString().startsWith("not valid JSON"), r.out());
      Files.writeString(input, "{\"questionId\": \"nope\", \"answer\": \"x\"}\n");
      r = Cli.run("grade", "--input", input.toString());
      assertEquals(1, r.code(), r.toString());
      assertEquals("interview-bank: 1 of 1 lines not graded; the first: " + input
          + ":1: unknown question id 'nope'\n", r.err());
      assertEquals("{\"line\":1,\"error\":\"unknown question id 'nope'\"}\n", r.out());
    }

    @Test
    void anAnswerOverTheLimitIsInvalidInput() {
      Cli r = Cli.run("grade", "-q", "cap-theorem", "--answer", "a".repeat(1_000_001));
      assertEquals(1, r.code(), r.toString());
      assertTrue(r.err().contains("1,000,001 characters long; the limit is 1,000,000"), r.err());
    }

    @Test
    void answerSourcesAreExclusiveAndRequired() {
      assertEquals(2, Cli.run("grade", "-q", "cap-theorem").code());
      Cli both = Cli.run("grade", "-q", "cap-theorem", "--answer", "a", "--answer-file", "b");
      assertEquals(2, both.code(), both.toString());
      assertEquals(List.of("interview-bank: --answer and --answer-file cannot be used together",
          "Run 'interview-bank grade --help' for usage."), both.err().lines().toList());
      assertEquals(2, Cli.run("grade").code());
    }

    @Test
    void aFailingGraderExitsWithThree() {
      Cli r = Cli.run("grade", "--grader", "failing", "-q", "cap-theorem", "--answer", "x");
      assertEquals(3, r.code(), r.toString());
      assertEquals("interview-bank: grading failed: the grading service is down\n", r.err());
      Cli verbose = Cli.run("grade", "--grader", "failing", "--verbose", "-q", "cap-theorem",
          "--answer", "x");
      assertTrue(verbose.err().contains("at io.github.interviewbank"), "stack trace with --verbose");
    }

    @Test
    void anUnknownGraderIsAUsageErrorListingTheAvailableOnes() {
      Cli r = Cli.run("grade", "--grader", "no-such-grader", "-q", "cap-theorem", "--answer", "x");
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().startsWith("interview-bank: no grader named 'no-such-grader'; available: "), r.err());
      assertTrue(r.err().contains("keyword") && !r.err().contains("overlap"), r.err());
    }

    @Test
    void graderOptionsReachTheGrader() {
      Cli r = Cli.run("grade", "--grader-option", "proximity=far", "-q", "cap-theorem", "--answer", "x");
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().contains("option 'proximity' of grader 'keyword'"), r.err());
    }
  }

  @Nested
  class Evaluate {
    @Test
    void reportsAgreementAsTextAndJson(@TempDir Path dir) throws Exception {
      Path labels = dir.resolve("labels.jsonl");
      Files.writeString(labels, """
          {"questionId": "cap-theorem", "answer": "You cannot have consistency, availability and partition tolerance at once; during a partition choose CP or AP.", "score": 0.8, "kind": "good"}
          {"questionId": "cap-theorem", "answer": "It is about caps.", "score": 0.0, "kind": "off-topic"}
          {"questionId": "jwt-structure", "answer": "header, payload and signature, base64url encoded, joined by dots; the server checks the signature", "score": 0.6}
          """);
      Cli text = Cli.run("evaluate", "--labels", labels.toString());
      assertEquals(0, text.code(), text.toString());
      assertTrue(text.out().startsWith("grader keyword, n=3: pearson "), text.out());
      Cli r = Cli.run("evaluate", "--labels", labels.toString(), "--format", "json");
      JsonNode report = json(r.out());
      assertEquals(3, report.get("n").asInt());
      for (String field : List.of("pearson", "spearman", "qwk", "mae")) {
        assertTrue(report.has(field), field);
      }
    }

    @Test
    void labelsWithoutAnyAnswerAreInvalidInput(@TempDir Path dir) throws Exception {
      Path labels = dir.resolve("labels.jsonl");
      Files.writeString(labels, "\n  \n");
      for (String format : List.of("text", "json")) {
        Cli r = Cli.run("evaluate", "--labels", labels.toString(), "--format", format);
        assertEquals(1, r.code(), r.toString());
        assertEquals("", r.out());
        assertEquals("interview-bank: " + labels + ": no labelled answers to evaluate (JSON Lines"
            + " with questionId, answer and score)\n", r.err());
      }
    }

    @Test
    void badLabelsAreInvalidInputNamingTheLine(@TempDir Path dir) throws Exception {
      Path labels = dir.resolve("labels.jsonl");
      Files.writeString(labels, "{\"questionId\": \"cap-theorem\", \"answer\": \"x\", \"score\": 7}\n");
      Cli r = Cli.run("evaluate", "--labels", labels.toString());
      assertEquals(1, r.code(), r.toString());
      assertTrue(r.err().startsWith("interview-bank: " + labels + ":1: 'score' must be within [0, 1]"), r.err());
    }
  }

  @Nested
  class Export {
    @Test
    void jsonRoundTripsToTheSameBank(@TempDir Path dir) throws Exception {
      Path out = dir.resolve("bank.json");
      Cli r = Cli.run("export", "--format", "json", "--out", out.toString());
      assertEquals(0, r.code(), r.toString());
      assertEquals("", r.out());
      assertEquals(QuestionBank.builtIn(), QuestionBank.load(out));
    }

    @Test
    void markdownHasASectionPerQuestion() {
      Cli r = Cli.run("export", "--format", "markdown");
      assertEquals(0, r.code(), r.toString());
      assertEquals(BUILT_IN_SIZE, r.out().lines().filter(l -> l.startsWith("### ")).count());
      assertTrue(r.out().contains("**Answer.**"));
    }

    @Test
    void giftHasOneEssayPerQuestionNamedByIdWithGeneralFeedback() {
      Cli r = Cli.run("export", "--format", "gift");
      assertEquals(0, r.code(), r.toString());
      String gift = r.out();
      assertEquals(BUILT_IN_SIZE, gift.lines().filter(l -> l.startsWith("::")).count());
      assertTrue(gift.contains("::cap-theorem::"), "ids kept as question names");
      assertTrue(gift.contains("// topics: system-design, distributed-systems"), "topics kept");
      assertTrue(gift.contains("$CATEGORY: $course$/Interview Bank/"));
      // Every question line opens an answer block holding only general feedback: an essay.
      List<String> lines = gift.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("::")) {
          assertTrue(lines.get(i).endsWith(" {"), lines.get(i));
          assertTrue(lines.get(i + 1).startsWith("####"), lines.get(i + 1));
          assertEquals("}", lines.get(i + 2));
          assertFalse(lines.get(i + 1).substring(4).matches(".*(?<!\\\\)[{}=~#:].*"),
              "control characters are escaped: " + lines.get(i + 1));
        }
      }
    }

    @Test
    void ankiIsTabSeparatedFrontBackTags() {
      Cli r = Cli.run("export", "--format", "anki");
      assertEquals(0, r.code(), r.toString());
      List<String> lines = r.out().lines().toList();
      assertEquals(List.of("#separator:tab", "#html:true", "#tags column:3"), lines.subList(0, 3));
      assertEquals(BUILT_IN_SIZE, lines.size() - 3);
      for (String line : lines.subList(3, lines.size())) {
        String[] fields = line.split("\t", -1);
        assertEquals(3, fields.length, line);
        assertTrue(fields[2].contains("id::"), fields[2]);
      }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
      Cli r = Cli.run("export", "--format", "pdf");
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().contains("pdf"), r.err());
    }
  }

  @Nested
  class Validate {
    @Test
    void aValidBankExitsZero(@TempDir Path dir) throws Exception {
      Path bank = dir.resolve("bank.json");
      Files.writeString(bank, QuestionBank.builtIn().toJson());
      Cli r = Cli.run("validate", bank.toString());
      assertEquals(0, r.code(), r.toString());
      assertEquals(bank + ": valid bank, " + BUILT_IN_SIZE + " questions, "
          + QuestionBank.builtIn().topics().size() + " topics\n", r.out());
    }

    @Test
    void everyProblemIsPrintedWithLineAndColumn(@TempDir Path dir) throws Exception {
      Path bank = dir.resolve("bad.json");
      Files.writeString(bank, """
          {
            "formatVersion": 1,
            "questions": [
              {"id": "Bad Id", "prompt": "Why?", "difficulty": "beginner", "referenceAnswer": "x"},
              {"id": "ok", "prompt": " ", "difficulty": "expert", "referenceAnswer": "x"}
            ]
          }
          """, StandardCharsets.UTF_8);
      Cli r = Cli.run("validate", bank.toString());
      assertEquals(1, r.code(), r.toString());
      List<String> problems = r.out().lines().toList();
      assertEquals(3, problems.size(), r.out());
      assertTrue(problems.get(0).startsWith(bank + ":4:"), problems.get(0));
      assertTrue(problems.get(1).startsWith(bank + ":5:") && problems.get(1).contains("question 'ok'"), problems.get(1));
      assertEquals("interview-bank: " + bank + " is not a valid bank: 3 problems\n", r.err());
      JsonNode j = json(Cli.run("validate", bank.toString(), "--format", "json").out());
      assertEquals(4, j.get("problems").get(0).get("line").asInt());
    }

    /** Validates a bank of one question "q" whose remaining fields are {@code fields}. */
    private Cli validateOneQuestion(Path dir, String fields) throws Exception {
      Path bank = dir.resolve("bank.json");
      Files.writeString(bank, """
          {"formatVersion": 1, "questions": [{"id": "q", "prompt": "Why?", "difficulty": "beginner",
            "referenceAnswer": "Because of caching.", %s}]}
          """.formatted(fields));
      return Cli.run("validate", bank.toString());
    }

    @Test
    void warnsWhenAReferenceAnswerMissesItsOwnKeyPoints(@TempDir Path dir) throws Exception {
      Cli r = validateOneQuestion(dir, """
          "keyPoints": [{"id": "latency", "text": "It lowers latency", "phrasings": ["lower latency"]}]""");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains("warning: question 'q': its reference answer does not cover key point latency"), r.out());
    }

    @Test
    void warnsWhenAFollowUpReferenceAnswerMissesItsOwnRubric(@TempDir Path dir) throws Exception {
      Cli r = validateOneQuestion(dir, """
          "followUps": ["How?", {"prompt": "Where?", "referenceAnswer": "In memory",
            "rubric": [{"id": "disk", "text": "On disk", "phrasings": ["disk"]}]}]""");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains("warning: question 'q', follow-up 2: its reference answer does"
          + " not cover key point disk"), r.out());
    }

    @Test
    void aMissingFileIsInvalidInput(@TempDir Path dir) {
      Cli r = Cli.run("validate", dir.resolve("none.json").toString());
      assertEquals(1, r.code(), r.toString());
      assertTrue(r.out().contains("no such file"), r.out());
    }
  }

  @Nested
  class Usage {
    @Test
    void helpAndVersionExitZero() {
      Cli help = Cli.run("--help");
      assertEquals(0, help.code());
      assertTrue(help.out().contains("practice") && help.out().contains("export"), help.out());
      Cli version = Cli.run("--version");
      assertEquals(0, version.code());
      assertTrue(version.out().startsWith("interview-bank "), version.out());
      assertEquals(0, Cli.run("grade", "--help").code());
      assertEquals(0, Cli.run("help", "export").code());
    }

    @Test
    void helpKeepsTheHistoryPathOnOneLine() {
      for (String command : List.of("practice", "history", "progress")) {
        Cli help = Cli.run(command, "--help");
        assertEquals(0, help.code(), help.toString());
        List<String> lines = help.out().lines().map(String::strip).toList();
        int path = lines.indexOf("~/.local/share/interview-bank.");
        assertTrue(path > 0 && lines.get(path - 1).equals("$XDG_DATA_HOME/interview-bank, else"),
            help.out());
      }
    }

    @Test
    void anUnknownDifficultyIsNamedWithTheIdsHelpShows() {
      Cli r = Cli.run("list", "--difficulty", "expert");
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().startsWith("interview-bank: Invalid value for option '--difficulty'"
          + " (LEVEL): expected one of beginner, intermediate, advanced but was 'expert'\n"),
          r.err());
      assertEquals(Cli.run("list", "--difficulty", "advanced"),
          Cli.run("list", "--difficulty", "ADVANCED"));
    }

    @Test
    void oneOfAThingIsSingular(@TempDir Path dir) throws Exception {
      Path bank = dir.resolve("one.json");
      Files.writeString(bank, """
          {"formatVersion": 1, "questions": [{"id": "only-one", "prompt": "Why?",
            "difficulty": "beginner", "topics": ["t"], "referenceAnswer": "Because."}],
           "topics": [{"id": "t", "name": "T"}]}
          """);
      assertEquals(bank + ": valid bank, 1 question, 1 topic\n",
          Cli.run("validate", bank.toString()).out());
      assertTrue(Cli.run("--bank", bank.toString(), "list").out().endsWith("1 of 1 question\n"));
      assertTrue(Cli.run("--bank", bank.toString(), "export", "--format", "markdown").out()
          .startsWith("# Interview questions\n\n1 question.\n"));
      assertTrue(Cli.run("--bank", bank.toString(), "export", "--format", "gift").out()
          .startsWith("// Interview Bank export: 1 essay question, grouped by main topic.\n"));
      Path out = dir.resolve("out.md");
      assertEquals("wrote 1 question as markdown to " + out + "\n", Cli.run("--bank",
          bank.toString(), "export", "--format", "markdown", "--out", out.toString()).err());
    }

    @Test
    void onlyTheInvokedCommandIsRegisteredButHelpSeesThemAll() {
      picocli.CommandLine.Model.CommandSpec root =
          new picocli.CommandLine(new InterviewBankCli()).getCommandSpec();
      assertEquals("show",
          InterviewBankCli.invokedCommand(new String[] {"show", "cap-theorem"}, root));
      assertEquals("grade", InterviewBankCli.invokedCommand(
          new String[] {"--bank", "show", "--grader=keyword", "--verbose", "grade", "list"}, root),
          "an option's value is not a command");
      assertEquals(null, InterviewBankCli.invokedCommand(new String[] {"help", "show"}, root));
      assertEquals(null, InterviewBankCli.invokedCommand(new String[] {"--version"}, root));
      assertEquals(null, InterviewBankCli.invokedCommand(new String[] {"quiz", "show"}, root));
      // Global options before the command still parse with one command registered.
      Cli r = Cli.run("--grader", "keyword", "show", "cap-theorem");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().startsWith("What does the CAP theorem say"), r.out());
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
      Cli r = Cli.run("quiz");
      assertEquals(2, r.code(), r.toString());
      assertEquals(List.of("interview-bank: unknown command 'quiz'; the commands are practice,"
          + " list, show, grade, evaluate, export, validate, graders, progress, history, help",
          "Run 'interview-bank --help' for usage."), r.err().lines().toList());
      assertEquals(2, Cli.run("list", "--colour").code());
      assertEquals(2, Cli.run().code(), "no command");
    }

    @Test
    void aCustomBankReplacesTheBuiltInOne(@TempDir Path dir) throws Exception {
      Path bank = dir.resolve("mine.json");
      Files.writeString(bank, """
          {"formatVersion": 1, "questions": [{"id": "only-one", "prompt": "Why?",
            "difficulty": "beginner", "referenceAnswer": "Because."}]}
          """);
      Cli r = Cli.run("--bank", bank.toString(), "list");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().startsWith("only-one"), r.out());
      assertTrue(Cli.run("list", "--bank", bank.toString()).out().startsWith("only-one"));
      Cli bad = Cli.run("--bank", dir.resolve("absent.json").toString(), "list");
      assertEquals(1, bad.code());
      assertEquals("interview-bank: " + dir.resolve("absent.json") + ": no such file\n", bad.err());
    }
  }

  @Nested
  class Graders {
    @Test
    void listsTheKeywordAndLlmGradersWithTheirOptions() {
      Cli r = Cli.run("graders", "--format", "json");
      assertEquals(0, r.code(), r.toString());
      List<String> names = new java.util.ArrayList<>();
      JsonNode llm = null;
      for (JsonNode g : json(r.out()).get("graders")) {
        names.add(g.get("name").asString());
        if (g.get("name").asString().equals("llm")) {
          llm = g;
        }
      }
      assertTrue(names.containsAll(List.of("keyword", "llm")), names.toString());
      assertTrue(llm != null && llm.get("options").toString().contains(
          "{\"key\":\"base-url\",\"defaultValue\":\"http://localhost:11434/v1\""), r.out());
      Cli text = Cli.run("graders");
      assertTrue(text.out().contains("required: the model's name"), text.out());
    }

    @Test
    void theLlmGraderWithoutAModelIsAUsageError() {
      Cli r = Cli.run("--grader", "llm", "grade", "-q", "cap-theorem", "--answer", "pick two");
      assertEquals(2, r.code(), r.toString());
      assertEquals("interview-bank: grader 'llm' needs the option 'model': the name of a model the"
          + " endpoint serves, such as model=qwen2.5:7b-instruct\n", r.err());
    }

    @Test
    void anLlmEndpointThatIsDownIsAGraderFailure() throws Exception {
      int port;
      try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
          java.net.InetAddress.getLoopbackAddress())) {
        port = socket.getLocalPort();
      }
      String url = "http://127.0.0.1:" + port + "/v1";
      Cli r = Cli.run("grade", "--grader", "llm", "--grader-option", "base-url=" + url,
          "--grader-option", "model=stub", "-q", "cap-theorem", "--answer", "pick two");
      assertEquals(3, r.code(), r.toString());
      assertEquals("interview-bank: grading failed: cannot connect to " + url
          + "/chat/completions (is the server running?)\n", r.err());
    }
  }
}
