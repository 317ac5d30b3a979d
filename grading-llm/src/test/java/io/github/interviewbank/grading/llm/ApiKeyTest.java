package io.github.interviewbank.grading.llm;

import static io.github.interviewbank.grading.llm.LlmGraderTest.ANSWER;
import static io.github.interviewbank.grading.llm.LlmGraderTest.CAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewbank.grading.AnswerGraders;
import io.github.interviewbank.grading.FallbackGrader;
import io.github.interviewbank.grading.GraderConfigurationException;
import io.github.interviewbank.grading.GradingException;
import io.github.interviewbank.grading.llm.StubChatServer.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API key comes only from the environment variable named by {@code api-key-env} (set for the
 * test run by the build), goes only into the Authorization header, and shows up in no message.
 */
class ApiKeyTest {
  static final String VARIABLE = "INTERVIEW_BANK_TEST_LLM_KEY";
  static final String KEY = System.getenv(VARIABLE);

  private static LlmGrader grader(StubChatServer stub) {
    return LlmGrader.create(LlmGraderTest.settings(stub).apiKeyEnv(VARIABLE).build());
  }

  @Test
  void theBuildSetsTheTestKey() {
    assertTrue(KEY != null && KEY.startsWith("sk-test-"), "set in grading-llm/pom.xml");
  }

  @Test
  void theKeyIsSentAsABearerToken() {
    try (StubChatServer stub = StubChatServer.start(
        call -> Reply.content(ModelReplies.grade().json()))) {
      grader(stub).grade(CAP, ANSWER);
      assertEquals("Bearer " + KEY, stub.calls().get(0).headers().getFirst("Authorization"));
    }
  }

  @Test
  void withoutApiKeyEnvNoKeyIsSent() {
    try (StubChatServer stub = StubChatServer.start(
        call -> Reply.content(ModelReplies.grade().json()))) {
      LlmGraderTest.grader(stub).grade(CAP, ANSWER);
      assertNull(stub.calls().get(0).headers().getFirst("Authorization"));
    }
  }

  @Test
  void anErrorBodyThatEchoesTheKeyIsShownWithoutIt() {
    try (StubChatServer stub = StubChatServer.start(call -> Reply.status(401,
        "{\"error\": \"invalid key " + call.headers().getFirst("Authorization") + "\"}"))) {
      GradingException e = assertThrows(GradingException.class,
          () -> grader(stub).grade(CAP, ANSWER));
      assertFalse(e.getMessage().contains(KEY), e.getMessage());
      assertTrue(e.getMessage().contains("answered HTTP 401: {\"error\": \"invalid key Bearer"
          + " [API key removed]\"}"), e.getMessage());
    }
  }

  @Test
  void noFailureMessageOrFallbackReportContainsTheKey() {
    List<String> reported = new ArrayList<>();
    List<Reply> failures = List.of(Reply.status(500, KEY), Reply.status(503, "busy " + KEY),
        Reply.content("not json " + KEY),
        Reply.content(ModelReplies.grade().json()).after(Duration.ofSeconds(3)));
    for (Reply failure : failures) {
      try (StubChatServer stub = StubChatServer.start(call -> failure.withHeader("Retry-After",
          "0"))) {
        LlmGrader llm = LlmGrader.create(LlmGraderTest.settings(stub).apiKeyEnv(VARIABLE)
            .timeout(Duration.ofMillis(500)).retries(1).build());
        // What FallbackGrader logs by default is its fixed text and the failure's toString().
        FallbackGrader chain = FallbackGrader.builder().then(llm)
            .then(AnswerGraders.create("keyword"))
            .onFailure((id, error) -> reported.add(id + " " + error)).build();
        assertEquals("keyword", chain.grade(CAP, ANSWER).graderId());
        assertFalse(llm.toString().contains(KEY));
      }
    }
    assertEquals(4, reported.size(), reported.toString());
    for (String line : reported) {
      assertFalse(line.contains(KEY), line);
    }
  }

  @Test
  void anUnsetVariableFailsWhenTheGraderIsCreatedNamingOnlyTheVariable() {
    LlmSettings settings = LlmSettings.builder().model("m").apiKeyEnv("INTERVIEW_BANK_UNSET_KEY")
        .build();
    GraderConfigurationException e = assertThrows(GraderConfigurationException.class,
        () -> LlmGrader.create(settings));
    assertEquals("grader 'llm': the environment variable INTERVIEW_BANK_UNSET_KEY named by option"
        + " 'api-key-env' is not set", e.getMessage());
  }

  @Test
  void aKeyGivenWhereTheVariableNameGoesIsNotRepeated() {
    GraderConfigurationException e = assertThrows(GraderConfigurationException.class,
        () -> AnswerGraders.create("llm", Map.of("model", "m", "api-key-env", KEY)));
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    assertTrue(e.getMessage().startsWith("option 'api-key-env' of grader 'llm' must name an"
        + " environment variable"), e.getMessage());
  }

  @Test
  void theKeyIsNotAnOption() {
    GraderConfigurationException e = assertThrows(GraderConfigurationException.class,
        () -> AnswerGraders.create("llm", Map.of("model", "m", "api-key", KEY)));
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    assertTrue(e.getMessage().startsWith("grader 'llm' has no option 'api-key'"), e.getMessage());
  }

  @Test
  void credentialsInTheBaseUrlAreRefusedWithoutBeingShown() {
    GraderConfigurationException e = assertThrows(GraderConfigurationException.class,
        () -> LlmSettings.builder().baseUrl(URI.create("http://user:" + KEY + "@localhost/v1")));
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
  }
}
