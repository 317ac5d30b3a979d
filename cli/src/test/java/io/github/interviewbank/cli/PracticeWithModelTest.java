package io.github.interviewbank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.core.FollowUp;
import io.github.interviewbank.core.QuestionBank;
import io.github.interviewbank.grading.llm.ModelReplies;
import io.github.interviewbank.grading.llm.StubChatServer;
import io.github.interviewbank.grading.llm.StubChatServer.Call;
import io.github.interviewbank.grading.llm.StubChatServer.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Practice with the {@code llm} grader and its follow-up proposer against a local stub endpoint,
 * and with the keyword grader and the bank's follow-ups taking over when the endpoint fails.
 */
class PracticeWithModelTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final QuestionBank BANK = QuestionBank.builtIn();
  private static final String CAP_ANSWER = "The CAP theorem says a distributed store cannot"
      + " guarantee consistency, availability and partition tolerance all at once.\nDuring a"
      + " partition a CP system such as ZooKeeper rejects requests to stay consistent, while an"
      + " AP system such as Cassandra keeps answering.\n\n";
  private static final String FOLLOW_UP_ANSWER = "Every request to a live node gets a response"
      + " that is not an error.\n\n";
  private static final String NOTICE_END = "; the rest of this session uses the keyword grader"
      + " and the bank's follow-ups\n";

  /** A model that grades by reading the answer and asks about the first point not covered. */
  private static Reply reading(Call call) {
    return Reply.content(call.isFollowUp() ? ModelReplies.followUpOn(call)
        : ModelReplies.reading(call));
  }

  /** {@code practice --grader llm} against an endpoint, with a fresh history. */
  private static Cli practice(Path dir, String baseUrl, String stdin, String... more) {
    List<String> args = new ArrayList<>(List.of("practice", "--grader", "llm",
        "--grader-option", "base-url=" + baseUrl, "--grader-option", "model=stub"));
    args.addAll(List.of(more));
    return Cli.in(dir, stdin, args.toArray(String[]::new));
  }

  /** A base URL where nothing listens: a port that was free a moment ago. */
  private static String closedEndpoint() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + s.getLocalPort() + "/v1";
    }
  }

  private static List<String> graders(List<JsonNode> attempts) {
    return attempts.stream().map(a -> a.get("grader").asString()).toList();
  }

  /** Whether a follow-up prompt is one of the bank's follow-ups of the question. */
  private static boolean isBankFollowUp(JsonNode attempt) {
    return BANK.find(attempt.get("questionId").asString()).orElseThrow().followUps().stream()
        .map(FollowUp::prompt).anyMatch(attempt.get("followUp").asString()::equals);
  }

  private static String graderRows(String... rows) {
    StringBuilder sb = new StringBuilder("  Graded by:\n");
    for (int i = 0; i < rows.length; i += 2) {
      sb.append(String.format(Locale.ROOT, "    %-26s %s\n", rows[i], rows[i + 1]));
    }
    return sb.toString();
  }

  @Test
  void aWorkingEndpointGradesEveryAnswerAndAsksTheModelsFollowUp() {
    Path dir = Cli.freshDataDir();
    try (StubChatServer stub = StubChatServer.start(PracticeWithModelTest::reading)) {
      Cli r = practice(dir, stub.baseUrl(), CAP_ANSWER + FOLLOW_UP_ANSWER, "--count", "1",
          "--text", "CAP theorem");
      assertEquals(0, r.code(), r.toString());
      assertEquals("", r.err());
      assertTrue(r.out().contains(", grader llm (keyword if it fails), seed "), r.out());
      assertTrue(r.out().contains("\nFollow-up  on: Consistency in CAP means every read sees the"
          + " latest write, as though there were a single copy.\nThe stub model asks: "),
          r.out());
      assertTrue(r.out().contains(graderRows("llm", "2 answers")), r.out());
      assertEquals(List.of(false, true, false),
          stub.calls().stream().map(Call::isFollowUp).toList(),
          "grade, propose a follow-up, grade its answer");
      List<JsonNode> attempts = Cli.exported(dir);
      assertEquals(List.of("llm", "llm"), graders(attempts));
      assertTrue(attempts.get(1).get("followUp").asString().startsWith("The stub model asks: "));
      assertEquals("covered",
          attempts.get(0).get("keyPoints").get(0).get("verdict").asString(), "two-of-three");
    }
  }

  @Test
  void anEndpointThatIsDownLeavesTheSessionOnTheKeywordGraderWithOneNotice() throws IOException {
    Path dir = Cli.freshDataDir();
    String url = closedEndpoint();
    Cli r = practice(dir, url, (CAP_ANSWER + FOLLOW_UP_ANSWER).repeat(3), "--count", "3",
        "--seed", "11");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.err().startsWith("interview-bank: the llm grader failed (cannot connect to "
        + url + "/chat/completions"), r.err());
    assertTrue(r.err().endsWith(NOTICE_END), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.out().contains("3 of 3 questions answered"), r.out());
    assertTrue(r.out().contains(graderRows("keyword", "6 answers")), r.out());
    List<JsonNode> attempts = Cli.exported(dir);
    assertEquals(List.of("keyword", "keyword", "keyword", "keyword", "keyword", "keyword"),
        graders(attempts));
    for (int i = 1; i < attempts.size(); i += 2) {
      assertTrue(isBankFollowUp(attempts.get(i)), attempts.get(i).toString());
    }
  }

  @Test
  void anEndpointThatFailsMidSessionIsNotAskedAgain() throws IOException {
    Path dir = Cli.freshDataDir();
    Path report = dir.resolve("report.json");
    AtomicInteger calls = new AtomicInteger();
    Function<Call, Reply> model = call -> calls.incrementAndGet() <= 2 ? reading(call)
        : Reply.status(500, "{\"error\": \"model crashed\"}");
    try (StubChatServer stub = StubChatServer.start(model)) {
      Cli r = practice(dir, stub.baseUrl(), (CAP_ANSWER + FOLLOW_UP_ANSWER).repeat(2),
          "--count", "2", "--seed", "11", "--report", report.toString());
      assertEquals(0, r.code(), r.toString());
      assertEquals(3, stub.calls().size(), "grade, follow-up, then the failure; no more");
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("interview-bank: the llm grader failed (endpoint "
          + stub.baseUrl() + "/chat/completions answered HTTP 500"), r.err());
      assertTrue(r.err().endsWith(NOTICE_END), r.err());
      assertTrue(r.out().contains(graderRows("llm", "1 answer", "keyword", "3 answers")),
          r.out());
    }
    List<JsonNode> attempts = Cli.exported(dir);
    assertEquals(List.of("llm", "keyword", "keyword", "keyword"), graders(attempts));
    assertTrue(attempts.get(1).get("followUp").asString().startsWith("The stub model asks: "),
        "the model's follow-up, answered after the endpoint failed");
    assertTrue(isBankFollowUp(attempts.get(3)), attempts.get(3).toString());
    JsonNode json = JSON.readTree(Files.readString(report, StandardCharsets.UTF_8));
    assertEquals("llm", json.get("grader").asString());
    assertEquals("keyword", json.get("fallbackGrader").asString());
    assertEquals("{\"llm\":1,\"keyword\":3}", json.get("summary").get("graders").toString());
  }

  @Test
  void aFollowUpProposerThatFailsHandsBothOverToTheFallbacks() {
    Path dir = Cli.freshDataDir();
    try (StubChatServer stub = StubChatServer.start(call -> call.isFollowUp()
        ? Reply.content("I would rather not ask anything.") : reading(call))) {
      Cli r = practice(dir, stub.baseUrl(), CAP_ANSWER + FOLLOW_UP_ANSWER, "--count", "1",
          "--text", "CAP theorem");
      assertEquals(0, r.code(), r.toString());
      assertEquals(2, stub.calls().size(), "the follow-up's answer is not sent");
      assertTrue(r.err().startsWith("interview-bank: the llm follow-up proposer failed (the"
          + " model at " + stub.baseUrl() + "/chat/completions did not reply with a JSON"
          + " object"), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
    }
    List<JsonNode> attempts = Cli.exported(dir);
    assertEquals(List.of("llm", "keyword"), graders(attempts));
    assertTrue(isBankFollowUp(attempts.get(1)), attempts.get(1).toString());
  }

  @Test
  void aStalledEndpointCostsItsTimeoutOnce() {
    Path dir = Cli.freshDataDir();
    try (StubChatServer stub = StubChatServer.start(
        call -> reading(call).after(Duration.ofSeconds(30)))) {
      Cli r = practice(dir, stub.baseUrl(), CAP_ANSWER.repeat(3), "--count", "3", "--seed", "2",
          "--no-follow-ups", "--grader-option", "timeout=0.3");
      assertEquals(0, r.code(), r.toString());
      assertEquals(1, stub.calls().size(), "one request timed out; none was sent after it");
      assertTrue(r.err().startsWith("interview-bank: the llm grader failed (endpoint "
          + stub.baseUrl() + "/chat/completions did not answer within "), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
    }
    assertEquals(List.of("keyword", "keyword", "keyword"), graders(Cli.exported(dir)));
  }

  @Test
  void aHintAsksTheModelAboutTheAnswerSoFarAndCapsTheScore() {
    Path dir = Cli.freshDataDir();
    try (StubChatServer stub = StubChatServer.start(PracticeWithModelTest::reading)) {
      Cli r = practice(dir, stub.baseUrl(), "The CAP theorem: consistency, availability and"
          + " partition tolerance cannot all be guaranteed at once.\n:hint\n\n", "--count", "1",
          "--text", "CAP theorem", "--no-follow-ups");
      assertEquals(0, r.code(), r.toString());
      assertEquals("", r.err());
      assertTrue(r.out().contains("Hint 1: "), r.out());
      assertTrue(r.out().contains("Hints    1 used: the score is capped at "), r.out());
      assertEquals(2, stub.calls().size(), "the answer so far, then the answer");
    }
    JsonNode attempt = Cli.exported(dir).get(0);
    assertEquals("llm", attempt.get("grader").asString());
    assertEquals(1, attempt.get("hintsUsed").asInt());
  }

  @Test
  void skipAndRetryWorkAsWithTheKeywordGrader() {
    Path dir = Cli.freshDataDir();
    try (StubChatServer stub = StubChatServer.start(PracticeWithModelTest::reading)) {
      Cli r = practice(dir, stub.baseUrl(), "No idea.\n\n:retry\n" + CAP_ANSWER + ":skip\n",
          "--count", "2", "--seed", "5", "--no-follow-ups");
      assertEquals(0, r.code(), r.toString());
      assertEquals("", r.err());
      assertTrue(r.out().contains("\nRetry  "), r.out());
      assertTrue(r.out().contains("1 of 2 questions answered, 1 skipped, 1 retried"), r.out());
      assertEquals(2, stub.calls().size());
    }
    assertEquals(List.of("llm", "llm"), graders(Cli.exported(dir)));
  }
}
