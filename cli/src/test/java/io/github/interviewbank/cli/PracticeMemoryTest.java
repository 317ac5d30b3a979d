package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.interviewbank.core.Difficulty;
import io.github.interviewbank.core.QuestionBank;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Practice with a history: what is saved, what is asked next, and what is shown. */
class PracticeMemoryTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String GOOD_N_PLUS_ONE =
      "The N+1 problem: one query loads the list, then one more query per row loads related"
          + " data, usually ORM lazy loading in a loop. Round trips grow linearly with the rows."
          + "\nFix it with eager loading, a JOIN or fetch join, or batching ids into an IN"
          + " query, or denormalize read-heavy paths.\n\n";

  private static JsonNode progress(Path dir) {
    Cli r = Cli.in(dir, "", "progress", "--format", "json");
    assertEquals(0, r.code(), r.toString());
    return JSON.readTree(r.out());
  }

  private static JsonNode question(JsonNode progress, String id) {
    for (JsonNode q : progress.get("questions")) {
      if (q.get("id").asString().equals(id)) {
        return q;
      }
    }
    throw new AssertionError(id + " not in " + progress);
  }

  @Nested
  class Saving {
    @Test
    void eachAnswerIsSavedWithItsGradeAndText() {
      Path dir = Cli.freshDataDir();
      Cli r = Cli.in(dir, GOOD_N_PLUS_ONE + "Count queries per request in tests.\n\n",
          "practice", "--count", "1", "--seed", "7",
          "--text", "N+1");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains("Saved 2 answers to the practice history ("
          + dir.resolve("history.db") + ")."), r.out());
      List<JsonNode> attempts = Cli.exported(dir);
      assertEquals(2, attempts.size());
      JsonNode main = attempts.get(0);
      assertEquals("n-plus-one-queries", main.get("questionId").asString());
      assertEquals("built-in", main.get("bank").asString());
      assertEquals("keyword", main.get("grader").asString());
      assertTrue(main.get("followUp").isNull());
      assertTrue(main.get("answer").asString().startsWith("The N+1 problem"));
      assertEquals(6, main.get("keyPoints").size());
      assertEquals(0, main.get("hintsUsed").asInt());
      assertFalse(attempts.get(1).get("followUp").isNull());
    }

    @Test
    void noSaveAnswersKeepsScoresButNotTheText() {
      Path dir = Cli.freshDataDir();
      Cli.in(dir, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--seed", "7",
          "--text", "N+1",
          "--no-follow-ups", "--no-save-answers");
      JsonNode attempt = Cli.exported(dir).get(0);
      assertTrue(attempt.get("answer").isNull());
      assertTrue(attempt.get("score").asDouble() > 0.5);
    }

    @Test
    void noSaveLeavesTheHistoryAsItWas() {
      Path dir = Cli.freshDataDir();
      Cli r = Cli.in(dir, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--seed", "7", "--text",
          "N+1", "--no-save");
      assertEquals(0, r.code(), r.toString());
      assertFalse(Files.exists(dir.resolve("history.db")));
    }

    @Test
    void theDatabaseIsVersionedWalAndMarkedAsOurs() throws Exception {
      Path dir = Cli.freshDataDir();
      Cli.in(dir, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--seed", "7",
          "--text", "N+1",
          "--no-follow-ups");
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
          Statement s = c.createStatement()) {
        assertEquals(SqliteHistory.SCHEMA_VERSION,
            s.executeQuery("PRAGMA user_version").getInt(1));
        assertEquals(SqliteHistory.APPLICATION_ID,
            s.executeQuery("PRAGMA application_id").getInt(1));
        assertEquals("wal", s.executeQuery("PRAGMA journal_mode").getString(1));
      }
    }
  }

  @Nested
  class Scheduling {
    @Test
    void twoSessionsListEveryQuestionAnsweredAndABadAnswerIsDueBeforeAGoodOne() {
      Path dir = Cli.freshDataDir();
      Cli first = Cli.in(dir, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--seed", "7",
          "--text", "N+1",
          "--no-follow-ups");
      assertEquals(0, first.code(), first.toString());
      Cli second = Cli.in(dir, "I do not know.\n\n", "practice", "--count", "1", "--text",
          "CAP theorem", "--no-follow-ups");
      assertEquals(0, second.code(), second.toString());
      JsonNode progress = progress(dir);
      assertEquals(2, progress.get("questions").size(), progress.toString());
      JsonNode good = question(progress, "n-plus-one-queries");
      JsonNode bad = question(progress, "cap-theorem");
      assertEquals(1, good.get("attempts").asInt());
      assertEquals(1, bad.get("attempts").asInt());
      assertTrue(bad.get("due").asString().compareTo(good.get("due").asString()) < 0,
          progress.toString());
    }

    @Test
    void dueReviewsAreAskedFirst() {
      Path dir = Cli.freshDataDir();
      String old = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
          .toString();
      Cli imported = Cli.in(dir, "{\"questionId\":\"cap-theorem\",\"bank\":\"built-in\","
          + "\"answeredAt\":\"" + old + "\",\"timeTakenMillis\":60000,\"score\":0.1,"
          + "\"band\":\"missing\",\"keyPoints\":[],\"grader\":\"keyword\",\"hintsUsed\":0,"
          + "\"followUp\":null,\"answer\":null}\n", "history", "import", "-");
      assertEquals(0, imported.code(), imported.toString());
      Cli r = Cli.in(dir, "", "practice", "--count", "3", "--seed", "1");
      assertTrue(r.out().contains("(1 due review, "), r.out());
      int question = r.out().indexOf("Question 1 of 3");
      assertTrue(r.out().substring(question).startsWith(
          "Question 1 of 3  advanced | System design, Distributed systems | due for review,"
              + " last 10%"), r.out());
    }

    @Test
    void newAsksOnlyQuestionsNeverAnswered() {
      Path dir = Cli.freshDataDir();
      // Three questions mention N+1: answer them all, then none is new.
      Cli.in(dir, GOOD_N_PLUS_ONE.repeat(3), "practice", "--count", "3", "--text", "N+1",
          "--no-follow-ups");
      Cli r = Cli.in(dir, "", "practice", "--new", "--text", "N+1");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().startsWith("You have answered every question that matches"), r.out());
    }

    @Test
    void dueWithNothingDueSaysSo() {
      Cli r = Cli.input("", "practice", "--due");
      assertEquals(0, r.code(), r.toString());
      assertEquals("Nothing is due for review today.\n", r.out());
    }

    @Test
    void newAndDueTogetherAreAUsageError() {
      Cli r = Cli.input("", "practice", "--new", "--due");
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().contains("--new and --due exclude each other"), r.err());
    }
  }

  @Nested
  class Commands {
    @Test
    void hintRevealsAMissedPointAndCapsTheScore() {
      Path dir = Cli.freshDataDir();
      Cli r = Cli.in(dir, ":hint\n" + GOOD_N_PLUS_ONE, "practice", "--count", "1", "--seed", "7",
          "--text", "N+1", "--no-follow-ups");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains("Hint 1: "), r.out());
      assertTrue(r.out().contains("Hints    1 used: the score is capped at "), r.out());
      JsonNode attempt = Cli.exported(dir).get(0);
      assertEquals(1, attempt.get("hintsUsed").asInt());
      assertTrue(attempt.get("score").asDouble() < 1.0);
    }

    @Test
    void skipSkipsWithoutAScoreAndSavesNothing() {
      Path dir = Cli.freshDataDir();
      Cli r = Cli.in(dir, "I think\n:skip\n", "practice", "--count", "1", "--seed", "7",
          "--text", "N+1");
      assertTrue(r.out().contains("Skipped."), r.out());
      assertTrue(r.out().contains("No answers were given. 1 skipped."), r.out());
      assertEquals(List.of(), Cli.exported(dir));
    }

    @Test
    void retryAnswersTheLastQuestionAgainThenGoesOn() {
      Path dir = Cli.freshDataDir();
      Cli r = Cli.in(dir, "No idea.\n\n:retry\n" + GOOD_N_PLUS_ONE + "x\n\n", "practice",
          "--count", "2", "--seed", "5", "--text", "query", "--no-follow-ups");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains("\nRetry  "), r.out());
      assertTrue(r.out().contains("2 of 2 questions answered, 1 retried"), r.out());
      List<JsonNode> attempts = Cli.exported(dir);
      assertEquals(3, attempts.size());
      assertEquals(attempts.get(0).get("questionId"), attempts.get(1).get("questionId"));
    }

    @Test
    void retryBeforeAnyAnswerSaysThereIsNothingToRetry() {
      Cli r = Cli.input(":retry\n", "practice", "--count", "1");
      assertTrue(r.out().contains("Nothing to retry yet"), r.out());
    }

    @Test
    void anUnknownCommandIsNotPartOfTheAnswer() {
      Path dir = Cli.freshDataDir();
      Cli r = Cli.in(dir, ":hnit\nA real answer.\n\n", "practice", "--count", "1",
          "--no-follow-ups");
      assertTrue(r.out().contains("Unknown command :hnit"), r.out());
      assertEquals("A real answer.\n", Cli.exported(dir).get(0).get("answer").asString());
    }

    @Test
    void theReportHasThePlanTheAttemptsAndTheSummary() throws Exception {
      Path report = Cli.freshDataDir().resolve("report.json");
      Cli r = Cli.input(GOOD_N_PLUS_ONE + "\n", "practice", "--count", "2", "--seed", "3",
          "--text", "query", "--no-follow-ups", "--report", report.toString());
      assertEquals(0, r.code(), r.toString());
      JsonNode json = JSON.readTree(Files.readString(report, StandardCharsets.UTF_8));
      assertEquals(2, json.get("plan").size());
      assertEquals("new", json.get("plan").get(0).get("reason").asString());
      assertEquals(1, json.get("attempts").size());
      assertEquals(1, json.get("skipped").size());
      assertEquals(1, json.get("summary").get("answered").asInt());
      assertEquals("{\"keyword\":1}", json.get("summary").get("graders").toString());
      assertTrue(json.get("fallbackGrader").isNull());
      assertFalse(json.get("interrupted").asBoolean());
      assertFalse(r.out().contains("Graded by"), "one grader, no fallback: nothing to count");
    }
  }

  @Nested
  class ReportsThatCannotBeWritten {
    @Test
    void aFolderIsRefusedBeforeTheFirstQuestion() {
      Path dir = Cli.freshDataDir();
      Cli r = Cli.in(dir, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--report",
          dir.toString());
      assertEquals(4, r.code(), r.toString());
      assertEquals("", r.out());
      assertEquals("interview-bank: cannot write " + dir
          + ": it is a directory, not a regular file\n", r.err());
      assertEquals(List.of(), Cli.exported(dir));
    }

    @Test
    void aFileInAMissingFolderIsRefusedBeforeTheFirstQuestion() {
      Path dir = Cli.freshDataDir();
      Path report = dir.resolve("missing/report.json");
      Cli r = Cli.in(dir, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--report",
          report.toString());
      assertEquals(4, r.code(), r.toString());
      assertEquals("", r.out());
      assertEquals("interview-bank: cannot write " + report + ": no such directory "
          + report.toAbsolutePath().getParent() + "\n", r.err());
    }
  }

  @Nested
  class BadDatabases {
    private Cli practiceWith(Path dir) {
      return Cli.in(dir, "An answer.\n\n", "practice", "--count", "1", "--no-follow-ups");
    }

    @Test
    void aCorruptFileGivesOneLineAndTheSessionStillRuns() throws Exception {
      Path dir = Cli.freshDataDir();
      Files.writeString(dir.resolve("history.db"), "this is not a database, just text\n".repeat(
          200));
      Cli r = practiceWith(dir);
      assertEquals(0, r.code(), r.toString());
      assertEquals("interview-bank: the practice history " + dir.resolve("history.db")
          + " cannot be used (file is not a database); this session will not be saved\n",
          r.err());
      assertTrue(r.out().contains("1 of 1 question answered"), r.out());
      assertFalse(r.out().contains("Saved"), r.out());
    }

    @Test
    void aNewerSchemaIsRefusedWithoutTouchingIt() throws Exception {
      Path dir = Cli.freshDataDir();
      Path db = dir.resolve("history.db");
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          Statement s = c.createStatement()) {
        s.execute("PRAGMA application_id=" + SqliteHistory.APPLICATION_ID);
        s.execute("PRAGMA user_version=99");
      }
      Cli r = practiceWith(dir);
      assertEquals(0, r.code(), r.toString());
      assertEquals("interview-bank: the practice history " + db + " was written by a newer"
          + " interview-bank (history schema 99; this one reads up to 1); this session will not"
          + " be saved\n", r.err());
      Cli export = Cli.in(dir, "", "history", "export");
      assertEquals(1, export.code(), export.toString());
    }

    @Test
    void anotherProgramsDatabaseIsNotTouched() throws Exception {
      Path dir = Cli.freshDataDir();
      Path db = dir.resolve("history.db");
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE notes (text TEXT)");
      }
      Cli r = practiceWith(dir);
      assertTrue(r.err().contains("is a SQLite database, but not an interview-bank practice"
          + " history; this session will not be saved"), r.err());
    }

    @Test
    void anUnwritableFolderGivesOneLineAndTheSessionStillRuns() throws Exception {
      assumeTrue(!"root".equals(System.getProperty("user.name")),
          "root writes into read-only folders");
      Path parent = Cli.freshDataDir();
      assertTrue(parent.toFile().setWritable(false));
      try {
        Cli r = practiceWith(parent.resolve("data"));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().startsWith("interview-bank: the practice history cannot create the"
            + " folder "), r.err());
      } finally {
        parent.toFile().setWritable(true);
      }
    }

    @Test
    void aFolderWhereTheFileShouldBeIsNamed() throws Exception {
      Path dir = Cli.freshDataDir();
      Files.createDirectories(dir.resolve("history.db"));
      Cli r = practiceWith(dir);
      assertTrue(r.err().contains("is a folder, not a practice history"), r.err());
    }
  }

  @Nested
  class ExportAndImport {
    @Test
    void anExportImportsIntoAnEqualHistoryAndASecondImportAddsNothing() throws Exception {
      Path from = Cli.freshDataDir();
      Cli.in(from, GOOD_N_PLUS_ONE + "More.\n\n", "practice", "--count", "1", "--seed", "7",
          "--text", "N+1");
      Path file = from.resolve("export.jsonl");
      assertEquals(0, Cli.in(from, "", "history", "export", "--out", file.toString()).code());
      Path to = Cli.freshDataDir();
      Cli first = Cli.in(to, "", "history", "import", file.toString());
      assertTrue(first.out().startsWith("imported 2 of 2 attempts into "), first.out());
      Cli again = Cli.in(to, "", "history", "import", file.toString());
      assertTrue(again.out().contains("imported 0 of 2 attempts") && again.out().contains(
          "(2 already there)"), again.out());
      assertEquals(Cli.exported(from), Cli.exported(to));
    }

    @Test
    void aBadLineIsNamedAndNothingIsImported() throws Exception {
      Path from = Cli.freshDataDir();
      Cli.in(from, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--seed", "7",
          "--text", "N+1",
          "--no-follow-ups");
      String good = Cli.in(from, "", "history", "export").out();
      Path file = from.resolve("bad.jsonl");
      Files.writeString(file, good + good.replace("\"score\":", "\"score\":\"high\",\"x\":"));
      Path to = Cli.freshDataDir();
      Cli r = Cli.in(to, "", "history", "import", file.toString());
      assertEquals(1, r.code(), r.toString());
      assertEquals("interview-bank: " + file + ":2: 'score' must be a number\n", r.err());
      assertFalse(Files.exists(to.resolve("history.db")));
    }

    @Test
    void anAnswerTimeOutsideTheFourDigitYearsIsNamedAndNothingIsImported() {
      for (String at : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
          "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z")) {
        Path to = Cli.freshDataDir();
        Cli r = Cli.in(to, attemptAt(at), "history", "import", "-");
        assertEquals(1, r.code(), r.toString());
        assertEquals("interview-bank: -:1: 'answeredAt' must be from 0000-01-01T00:00:00Z to"
            + " 9999-12-31T23:59:59.999Z, was " + at + "\n", r.err());
        assertFalse(Files.exists(to.resolve("history.db")));
      }
      for (String at : List.of("0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z")) {
        Path to = Cli.freshDataDir();
        Cli r = Cli.in(to, attemptAt(at), "history", "import", "-");
        assertEquals(0, r.code(), r.toString());
        assertEquals(at, Cli.exported(to).get(0).get("answeredAt").asString());
      }
    }

    private String attemptAt(String at) {
      return "{\"questionId\":\"cap-theorem\",\"bank\":\"built-in\",\"answeredAt\":\"" + at
          + "\",\"timeTakenMillis\":60000,\"score\":0.1,\"band\":\"missing\",\"keyPoints\":[],"
          + "\"grader\":\"keyword\",\"hintsUsed\":0,\"followUp\":null,\"answer\":null}\n";
    }

    @Test
    void theDataFolderMayBeGivenBeforeOrAfterTheSubcommand() {
      Path dir = Cli.freshDataDir();
      Cli.in(dir, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--no-follow-ups");
      Path elsewhere = Cli.freshDataDir();
      assertEquals(1, Cli.in(elsewhere, "", "history", "--data-dir", dir.toString(), "export")
          .out().lines().count());
      assertEquals(1, Cli.in(elsewhere, "", "history", "export", "--data-dir", dir.toString())
          .out().lines().count());
    }

    @Test
    void exportWithoutAnswersLeavesTheTextsOut() {
      Path dir = Cli.freshDataDir();
      Cli.in(dir, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--seed", "7",
          "--text", "N+1",
          "--no-follow-ups");
      Cli r = Cli.in(dir, "", "history", "export", "--no-answers");
      assertTrue(r.out().contains("\"answer\":null"), r.out());
    }

    @Test
    void historySaysWhereItIsAndWhatItHolds() {
      Path dir = Cli.freshDataDir();
      assertEquals("No practice history yet; practice will keep it in "
          + dir.resolve("history.db") + "\n", Cli.in(dir, "", "history").out());
      Cli.in(dir, GOOD_N_PLUS_ONE + "More.\n\n", "practice", "--count", "1", "--seed", "7",
          "--text", "N+1");
      String out = Cli.in(dir, "", "history").out();
      assertTrue(out.startsWith("Practice history: " + dir.resolve("history.db") + "\n"
          + "  1 answer to 1 question, 1 to follow-ups, from "), out);
    }
  }

  @Nested
  class Progress {
    @Test
    void progressShowsTopicsDifficultiesAndQuestionsAnswered() {
      Path dir = Cli.freshDataDir();
      Cli.in(dir, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--seed", "7",
          "--text", "N+1",
          "--no-follow-ups");
      Cli r = Cli.in(dir, "", "progress");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().startsWith("Progress  1 answer to 1 of "), r.out());
      assertTrue(r.out().contains("By topic"), r.out());
      assertTrue(r.out().contains("By difficulty"), r.out());
      assertTrue(r.out().contains("  n-plus-one-queries"), r.out());
      JsonNode json = progress(dir);
      JsonNode databases = json.get("topics").get(1);
      assertEquals("databases", databases.get("id").asString());
      assertEquals(1, databases.get("seen").asInt());
      assertEquals(1, databases.get("attempts").asInt());
      assertTrue(databases.get("mastery").asDouble() > 0);
    }

    @Test
    void progressWithoutHistorySaysHowToStart() {
      Cli r = Cli.input("", "progress");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().contains("No answers yet"), r.out());
    }

    @Test
    void progressWithAFilterNoAnswerMatchesSaysSo() {
      Path dir = Cli.freshDataDir();
      Cli.in(dir, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--seed", "7",
          "--text", "N+1", "--no-follow-ups");
      String answered = Cli.exported(dir).get(0).get("questionId").asString();
      Difficulty level = QuestionBank.builtIn().find(answered).orElseThrow().difficulty();
      Difficulty other = level == Difficulty.ADVANCED ? Difficulty.BEGINNER : Difficulty.ADVANCED;
      Cli r = Cli.in(dir, "", "progress", "--difficulty", other.id());
      assertEquals(0, r.code(), r.toString());
      assertEquals("No answer in " + dir.resolve("history.db") + " matches the filters (it holds"
          + " 1 answer to other questions).\n", r.out());
    }

    @Test
    void progressOfABankNoAnswerIsToSaysSo() throws Exception {
      Path dir = Cli.freshDataDir();
      Cli.in(dir, GOOD_N_PLUS_ONE, "practice", "--count", "1", "--seed", "7",
          "--text", "N+1", "--no-follow-ups");
      Path bank = dir.resolve("bank.json");
      Files.writeString(bank, "{\"formatVersion\": 1, \"questions\": [{\"id\": \"only-one\","
          + " \"prompt\": \"Why?\", \"difficulty\": \"beginner\", \"referenceAnswer\":"
          + " \"Because.\"}]}");
      Cli r = Cli.in(dir, "", "--bank", bank.toString(), "progress");
      assertEquals(0, r.code(), r.toString());
      assertEquals("No answer in " + dir.resolve("history.db") + " is to a question of this bank"
          + " (it holds 1 answer to other questions).\n", r.out());
    }

    @Test
    void trendComparesTheLastThreeScoresWithTheThreeBefore() {
      assertEquals(null, ProgressCommand.trend(List.of(0.5)));
      assertEquals(0.5, ProgressCommand.trend(List.of(0.2, 0.7)), 1e-12);
      assertEquals(0.3, ProgressCommand.trend(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)),
          1e-12);
    }

    @Test
    void aSparklineDrawsEachScoreAsABar() {
      assertEquals("\u2581\u2585\u2588", ProgressCommand.sparkline(List.of(0.0, 0.5, 1.0)));
    }
  }

  @Test
  void theDataFolderFollowsTheOptionTheVariableThenXdgThenHome() {
    Path home = Path.of("/home/u");
    Map<String, String> both = Map.of("INTERVIEW_BANK_DATA_DIR", "/env", "XDG_DATA_HOME", "/xdg");
    assertEquals(Path.of("/opt"),
        HistoryLocation.folder(Path.of("/opt"), new Environment(both, home)));
    assertEquals(Path.of("/env"), HistoryLocation.folder(null, new Environment(both, home)));
    assertEquals(Path.of("/xdg/interview-bank"), HistoryLocation.folder(null,
        new Environment(Map.of("XDG_DATA_HOME", "/xdg"), home)));
    assertEquals(home.resolve(".local/share/interview-bank"), HistoryLocation.folder(null,
        new Environment(Map.of("XDG_DATA_HOME", "relative/ignored"), home)));
  }

  @Test
  void theHomeIsHomeWhenSetAndNotEmptyElseTheJavaUserHome() {
    assertEquals(Path.of("/home/h/.local/share"),
        Environment.of(Map.of("HOME", "/home/h"), "/home/u").xdgDataHome());
    assertEquals(Path.of("/home/u/.local/share"),
        Environment.of(Map.of("HOME", ""), "/home/u").xdgDataHome());
    assertEquals(Path.of("/home/u/.config"), Environment.of(Map.of(), "/home/u").xdgConfigHome());
  }

  @Test
  void aProcessKeepsItsHistoryUnderHome() throws Exception {
    // The JVM's user.home comes from the password database, whatever $HOME says.
    Path home = Cli.freshDataDir().toAbsolutePath();
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), InterviewBankCli.class.getName(), "history")
        .redirectErrorStream(true);
    pb.environment().remove(HistoryLocation.ENVIRONMENT_VARIABLE);
    pb.environment().remove("XDG_DATA_HOME");
    pb.environment().put("HOME", home.toString());
    Process process = pb.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), out);
    assertEquals("No practice history yet; practice will keep it in "
        + home.resolve(".local/share/interview-bank/history.db") + "\n", out);
  }
}
